// The rules that need the whole journey. Each check is one function over the model;
// all of them run, so a file's findings come in one pass.
#include "jmap/validate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "governance.hpp"
#include "jmap/rules.hpp"
#include "util/iso_date.hpp"
#include "util/spelling.hpp"

namespace jmap {
namespace {

const std::vector<std::string> k_states{"current", "future"};
const std::vector<std::string> k_channels{"web",  "app",   "email", "sms",       "phone", "chat",
                                          "social", "store", "mail", "in-person", "other"};
const std::vector<std::string> k_kinds{"digital", "physical", "human"};
const std::vector<std::string> k_severities{"low", "medium", "high"};
const std::vector<std::string> k_betters{"higher", "lower"};

// Where a thing is best pointed at: its id when written, else the whole item.
const Span& anchor(const Text& id, const Span& whole) { return id.present ? id.span : whole; }

// How messages name a thing: by id, else by name, else by its position.
std::string label_of(const Text& id, const Text& name, const Span& span) {
  if (id.present) return "'" + id.value + "'";
  if (name.present) return "'" + name.value + "'";
  return fmt::format("at line {}", span.begin.line);
}

std::string quoted_list(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : ", ") + word;
  return out;
}

void check_enum(const Text& value, std::string_view what, const std::vector<std::string>& allowed,
                RuleId rule, Diagnostics& d) {
  if (!value.present || std::find(allowed.begin(), allowed.end(), value.value) != allowed.end()) return;
  d.report(rule, value.span,
           fmt::format("'{}' is not a valid {}{}", value.value, what, did_you_mean(closest_match(value.value, allowed))),
           fmt::format("use one of: {}", quoted_list(allowed)));
}

bool valid_id(std::string_view id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

// Ids of one kind: reports bad and duplicate ids, and answers "does this id exist?".
class IdSet {
 public:
  IdSet(std::string_view kind, Diagnostics& d) : m_kind(kind), m_d(d) {}

  void add(const Text& id) {
    if (!id.present) return;
    if (!valid_id(id.value))
      m_d.report(rules::bad_id, id.span, fmt::format("{} id '{}' has characters other than a-z, 0-9, '-' and '_'", m_kind, id.value),
                 "use lowercase letters, digits, '-' and '_', e.g. 'see-ad'");
    auto [it, inserted] = m_first.emplace(id.value, id.span);
    if (inserted) {
      m_ids.push_back(id.value);
      return;
    }
    Diagnostic& diagnostic = m_d.report(rules::duplicate_id, id.span, fmt::format("duplicate {} id '{}'", m_kind, id.value),
                                        "give each one its own id");
    if (it->second.known()) {
      diagnostic.note = fmt::format("'{}' is first defined at {}:{}:{}", id.value, it->second.file->path,
                                    it->second.begin.line, it->second.begin.column);
      diagnostic.note_span = it->second;
    }
  }

  bool contains(std::string_view id) const { return m_first.count(id) > 0; }

  // Reports every reference in `refs` that names no id of this kind.
  void check_references(const TextList& refs, std::string_view where) const {
    for (const Text& ref : refs) {
      if (contains(ref.value)) continue;
      std::string_view suggestion = closest_match(ref.value, m_ids);
      std::string hint = m_ids.empty() ? fmt::format("define the {} first", m_kind)
                                       : fmt::format("known {} ids: {}", m_kind, quoted_list(m_ids));
      // `touchpoints: portal, app` is one text, not two ids: YAML needs brackets for a list.
      if (ref.value.find(',') != std::string::npos) hint = fmt::format("to name several, write a list: [{}]", ref.value);
      m_d.report(rules::unknown_reference, ref.span,
                 fmt::format("{} names unknown {} '{}'{}", where, m_kind, ref.value, did_you_mean(suggestion)), hint);
    }
  }

 private:
  std::string m_kind;
  Diagnostics& m_d;
  // Keys view the journey's ids, which outlive the check. Hashed: a journey of 50,000
  // steps looks up each step's references.
  std::unordered_map<std::string_view, Span> m_first;
  std::vector<std::string> m_ids;  // in order, for suggestions
};

struct Ids {
  IdSet personas, touchpoints, stages, steps, pains, opportunities, kpis;
  explicit Ids(Diagnostics& d)
      : personas("persona", d), touchpoints("touchpoint", d), stages("stage", d), steps("step", d),
        pains("pain", d), opportunities("opportunity", d), kpis("KPI", d) {}
};

// An opportunity that addresses no pain by id is taken to answer the pains beside it.
bool has_free_opportunity(const std::vector<Opportunity>& opportunities) {
  return std::any_of(opportunities.begin(), opportunities.end(),
                     [](const Opportunity& o) { return o.addresses.empty(); });
}

// Calls f(pain, answered_beside): whether an opportunity beside the pain answers it.
template <class F>
void for_each_pain(const Journey& journey, F f) {
  for (const Stage& stage : journey.stages) {
    for (const Pain& pain : stage.pains) f(pain, has_free_opportunity(stage.opportunities));
    for (const Step& step : stage.steps)
      for (const Pain& pain : step.pains) f(pain, has_free_opportunity(step.opportunities));
  }
}

void collect_ids(const Journey& journey, Ids& ids) {
  // Imported ones first: a journey that redefines a catalogue's id hears it at its own
  // definition (once, in the file being linted), with the note at the catalogue.
  for (bool imported : {true, false}) {
    for (const Persona& persona : journey.personas)
      if (persona.imported == imported) ids.personas.add(persona.id);
    for (const Touchpoint& touchpoint : journey.touchpoints)
      if (touchpoint.imported == imported) ids.touchpoints.add(touchpoint.id);
  }
  for (const Stage& stage : journey.stages) {
    ids.stages.add(stage.id);
    for (const Step& step : stage.steps) ids.steps.add(step.id);
    for (const Kpi& kpi : stage.kpis) ids.kpis.add(kpi.id);
  }
  for_each_pain(journey, [&](const Pain& pain, bool) { ids.pains.add(pain.id); });
  for_each_opportunity(journey, [&](const Opportunity& opportunity) { ids.opportunities.add(opportunity.id); });
}

void check_header(const Journey& journey, const ValidateOptions& options, Diagnostics& d) {
  if (journey.version.present && journey.version.value != 1)
    d.report(rules::unsupported_version, journey.version.span,
             fmt::format("this jmap reads format version 1; the file says {}", journey.version.value),
             "write 'jmap: 1', or upgrade jmap");
  check_enum(journey.state, "state", k_states, rules::bad_value, d);
  check_enum(journey.status, "status", options.statuses.empty() ? default_statuses() : options.statuses,
             rules::bad_value, d);
  if (journey.updated.present && !parse_iso_date(journey.updated.value))
    d.report(rules::bad_value, journey.updated.span,
             fmt::format("'{}' is not a date", journey.updated.value), "write the date as YYYY-MM-DD, e.g. 2026-11-28");
  const Scale& scale = journey.scale;
  if (scale.low() >= scale.high()) {
    d.report(rules::bad_value, scale.max.present ? scale.max.span : scale.span,
             fmt::format("the scale's max ({}) should be greater than its min ({})", scale.high(), scale.low()));
    return;
  }
  for (const auto& [value, label] : scale.labels)
    if (value < scale.low() || value > scale.high())
      d.report(rules::bad_value, label.span,
               fmt::format("scale label '{}' is for {}, outside the scale {}..{}", label.value, value, scale.low(),
                           scale.high()));
}

void check_catalogues(const Journey& journey, Diagnostics& d) {
  for (const Touchpoint& touchpoint : journey.touchpoints) {
    check_enum(touchpoint.channel, "channel", k_channels, rules::bad_value, d);
    check_enum(touchpoint.kind, "touchpoint kind", k_kinds, rules::bad_value, d);
  }
}

// A curve point for a persona who does not take the step contradicts the step's
// `personas:`, and the map would draw it anyway.
void check_emotion_persona_takes_step(const Step& step, const Text& persona, const Ids& ids, Diagnostics& d) {
  if (step.personas.empty() || !ids.personas.contains(persona.value)) return;
  bool takes_step = std::any_of(step.personas.begin(), step.personas.end(),
                                [&](const Text& p) { return p.value == persona.value; });
  if (takes_step) return;
  d.report(rules::bad_value, persona.span,
           fmt::format("step {} gives an emotion for persona '{}', who does not take this step",
                       label_of(step.id, step.name, step.span), persona.value),
           fmt::format("add '{}' to the step's 'personas:', or remove this emotion", persona.value));
}

void check_emotion(const Journey& journey, const Step& step, const Ids& ids, Diagnostics& d) {
  const Scale& scale = journey.scale;
  for (const EmotionValue& value : step.emotion) {
    if (value.persona.present) {
      ids.personas.check_references({value.persona}, "the emotion of step " + label_of(step.id, step.name, step.span));
      check_emotion_persona_takes_step(step, value.persona, ids, d);
    }
    if (!value.raw.present) continue;
    std::optional<double> resolved = resolve_emotion(scale, value);
    if (!resolved) {
      std::vector<std::string> labels;
      for (const auto& entry : scale.labels) labels.push_back(entry.second.value);
      d.report(rules::emotion_out_of_scale, value.span,
               fmt::format("emotion '{}' is neither a number nor a label of the scale{}", value.raw.value,
                           did_you_mean(closest_match(value.raw.value, labels))),
               labels.empty() ? fmt::format("use a number from {} to {}", scale.low(), scale.high())
                              : fmt::format("use a number from {} to {}, or one of: {}", scale.low(), scale.high(),
                                            quoted_list(labels)));
    } else if (*resolved < scale.low() || *resolved > scale.high()) {
      d.report(rules::emotion_out_of_scale, value.span,
               fmt::format("emotion {} lies outside the scale {}..{}", value.raw.value, scale.low(), scale.high()),
               "change the value, or widen the scale with 'scale: {min: .., max: ..}'");
    }
  }
}

// `addresses: [today.yaml#wait]`: the file must load as a journey that has that pain.
void check_cross_address(const Journey& journey, const Text& address, Diagnostics& d) {
  PainAddress split = split_address(address.value);
  const LinkedJourney* linked = find_link(journey, split.path);
  if (!linked || linked->state == LinkState::self) return;  // the same file: checked as a local id
  if (linked->state != LinkState::ok) {
    d.report(rules::unknown_reference, address.span,
             fmt::format("an opportunity's 'addresses' names pain '{}' in '{}', which {}{}", split.id, split.path,
                         linked->problem, did_you_mean(linked->suggestion)),
             linked->state == LinkState::missing ? "the path is relative to this file" : "");
    return;
  }
  std::vector<std::string> ids;
  for (const LinkedPain& pain : linked->pains) ids.push_back(pain.id);
  if (std::find(ids.begin(), ids.end(), split.id) != ids.end()) return;
  d.report(rules::unknown_reference, address.span,
           fmt::format("an opportunity's 'addresses' names unknown pain '{}' in '{}'{}", split.id, split.path,
                       did_you_mean(closest_match(split.id, ids))),
           ids.empty() ? fmt::format("'{}' has no pain with an id", split.path)
                       : fmt::format("known pain ids there: {}", quoted_list(ids)));
}

// The pains of this file the opportunities address: by id, by PATH#ID back to this
// file, and from the related journeys' opportunities that address them.
void check_addresses(const Journey& journey, const Ids& ids, std::unordered_set<std::string>& addressed,
                     Diagnostics& d) {
  for_each_opportunity(journey, [&](const Opportunity& opportunity) {
    TextList local;
    for (const Text& address : opportunity.addresses) {
      PainAddress split = split_address(address.value);
      const LinkedJourney* linked = split.path.empty() ? nullptr : find_link(journey, split.path);
      if (split.path.empty() || (linked && linked->state == LinkState::self)) {
        local.push_back(Text{std::string(split.id), address.span, true});
        addressed.insert(std::string(split.id));
      } else {
        check_cross_address(journey, address, d);
      }
    }
    ids.pains.check_references(local, "an opportunity's 'addresses'");
  });
  for (const RelatedJourney& related : journey.related)
    if (const LinkedJourney* linked = related.journey.present ? find_link(journey, related.journey.value) : nullptr)
      for (const LinkedAddress& address : linked->addresses_here) addressed.insert(address.pain_id);
}

void check_pains_and_opportunities(const Journey& journey, const Ids& ids, Diagnostics& d) {
  std::unordered_set<std::string> addressed;
  check_addresses(journey, ids, addressed, d);
  for_each_pain(journey, [&](const Pain& pain, bool answered_beside) {
    check_enum(pain.severity, "severity", k_severities, rules::bad_value, d);
    bool is_addressed = pain.id.present ? addressed.contains(pain.id.value) : answered_beside;
    if (!is_addressed && pain.text.present)
      d.report(rules::pain_without_opportunity, pain.span, fmt::format("pain '{}' has no opportunity addressing it", pain.text.value),
               pain.id.present ? "add an opportunity with 'addresses: [" + pain.id.value + "]'"
                               : "add an opportunity beside it, or give the pain an id and address it");
  });
}

void check_kpis(const Stage& stage, Diagnostics& d) {
  for (const Kpi& kpi : stage.kpis) {
    check_enum(kpi.better, "value for 'better'", k_betters, rules::bad_kpi, d);
    if (!kpi.target.present && !kpi.target.span.known())  // an unreadable target is a bad-kpi already
      d.report(rules::kpi_without_target, anchor(kpi.id, kpi.span), fmt::format("KPI {} has no target", label_of(kpi.id, kpi.name, kpi.span)),
               "add 'target:' so the map can show it as met or missed");
    if (kpi_status(kpi) == KpiStatus::missed)
      d.report(rules::kpi_missed, kpi.actual.span,
               fmt::format("KPI '{}' misses its target: {} against {} ({} is better)", kpi.name.value, kpi.actual.value,
                           kpi.target.value, kpi.better.present ? kpi.better.value : "higher"));
  }
}

void check_stages(const Journey& journey, const Ids& ids, Diagnostics& d) {
  for (const Stage& stage : journey.stages) {
    const Span& where = anchor(stage.id, stage.span);
    std::string stage_label = label_of(stage.id, stage.name, stage.span);
    if (!stage.objective.present)
      d.report(rules::stage_without_objective, where, fmt::format("stage {} has no objective", stage_label),
               "add 'objective:': what the business wants customers to achieve in this stage");
    if (stage.steps.empty())
      d.report(rules::empty_stage, where, fmt::format("stage {} has no steps", stage_label),
               "add the customer's steps under 'steps:', or remove the stage");
    bool any_touchpoint = std::any_of(stage.steps.begin(), stage.steps.end(),
                                      [](const Step& s) { return !s.touchpoints.empty(); });
    if (!stage.steps.empty() && !any_touchpoint)
      d.report(rules::stage_without_touchpoints, where, fmt::format("no step of stage {} names a touchpoint", stage_label),
               "list where the customer meets the service under a step's 'touchpoints:'");
    for (const Step& step : stage.steps) {
      std::string where_step = "step " + label_of(step.id, step.name, step.span);
      ids.personas.check_references(step.personas, where_step);
      ids.touchpoints.check_references(step.touchpoints, where_step);
      ids.steps.check_references(step.next, where_step + " ('next')");
      check_emotion(journey, step, ids, d);
    }
    check_kpis(stage, d);
  }
}

// A related journey or a step's sub-journey: a journey file other than this one.
void check_journey_link(const Journey& journey, const Text& path, std::string_view what, Diagnostics& d) {
  const LinkedJourney* linked = path.present ? find_link(journey, path.value) : nullptr;
  if (!linked || linked->state == LinkState::ok) return;
  if (linked->state == LinkState::self) {
    d.report(rules::bad_value, path.span, fmt::format("{} '{}' is this journey itself", what, path.value),
             "name another journey file, or remove the reference");
    return;
  }
  d.report(rules::unknown_reference, path.span,
           fmt::format("{} '{}' {}{}", what, path.value, linked->problem, did_you_mean(linked->suggestion)),
           linked->state == LinkState::missing ? "the path is relative to this file" : "");
}

void check_links(const Journey& journey, Diagnostics& d) {
  for (const RelatedJourney& related : journey.related) check_journey_link(journey, related.journey, "related journey", d);
  for (const Stage& stage : journey.stages)
    for (const Step& step : stage.steps)
      check_journey_link(journey, step.journey, "step " + label_of(step.id, step.name, step.span) + " opens journey", d);
}

// `reached` counts who gets to each stage: a funnel keeps or loses customers.
void check_funnel(const Journey& journey, Diagnostics& d) {
  const Stage* before = nullptr;
  for (const Stage& stage : journey.stages) {
    if (!stage.reached.present) continue;
    if (before && stage.reached.value > before->reached.value)
      d.report(rules::funnel_grows, stage.reached.span,
               fmt::format("stage {} reached {} customers, more than the {} of stage {} before it",
                           label_of(stage.id, stage.name, stage.span), stage.reached.value, before->reached.value,
                           label_of(before->id, before->name, before->span)),
               "a funnel only loses customers from one stage to the next: check that every stage counts the same "
               "thing (people, not visits) and that the stages are in order");
    before = &stage;
  }
}

void check_unused(const Journey& journey, Diagnostics& d) {
  std::unordered_set<std::string_view> personas, touchpoints;
  bool every_persona = false;  // a step without `personas:` involves every persona
  for (const Stage& stage : journey.stages)
    for (const Step& step : stage.steps) {
      every_persona = every_persona || step.personas.empty();
      for (const Text& p : step.personas) personas.insert(p.value);
      for (const EmotionValue& e : step.emotion) personas.insert(e.persona.value);
      for (const Text& t : step.touchpoints) touchpoints.insert(t.value);
    }
  for (const Persona& persona : journey.personas)
    if (!persona.imported && persona.id.present && !every_persona && !personas.count(persona.id.value))
      d.report(rules::unused_persona, persona.id.span, fmt::format("persona '{}' is used by no step", persona.id.value),
               "name it in a step's 'personas:', or remove it");
  for (const Touchpoint& touchpoint : journey.touchpoints)
    if (!touchpoint.imported && touchpoint.id.present && !touchpoints.count(touchpoint.id.value))
      d.report(rules::unused_touchpoint, touchpoint.id.span,
               fmt::format("touchpoint '{}' is used by no step", touchpoint.id.value),
               "name it in a step's 'touchpoints:', or remove it");
}

}  // namespace

const std::vector<std::string>& default_statuses() {
  static const std::vector<std::string> statuses{"draft", "in-review", "validated", "archived"};
  return statuses;
}

void validate(const Journey& journey, Diagnostics& d) { validate(journey, ValidateOptions{}, d); }

void validate(const Journey& journey, const ValidateOptions& options, Diagnostics& d) {
  Ids ids(d);
  collect_ids(journey, ids);
  check_catalogues(journey, d);
  if (journey.catalogue) return;  // shared personas/touchpoints: used by other files
  check_header(journey, options, d);
  check_stages(journey, ids, d);
  check_pains_and_opportunities(journey, ids, d);
  check_links(journey, d);
  check_funnel(journey, d);
  check_unused(journey, d);
  check_governance(journey, options, d);
}

}  // namespace jmap
