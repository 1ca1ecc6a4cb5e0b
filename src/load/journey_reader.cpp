#include "journey_reader.hpp"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <optional>

#include "jmap/map_reader.hpp"
#include "jmap/rules.hpp"

namespace jmap {
namespace {

// Names a thing in messages by its id when it has one: "step 'see-ad'".
std::string name_of(std::string_view kind, const yaml::Node& node) {
  const yaml::Node* id = node.kind == yaml::Kind::mapping ? node.find("id") : nullptr;
  if (id && id->is_scalar() && !is_empty_value(*id)) return fmt::format("{} '{}'", kind, id->text);
  return std::string(kind);
}

Persona read_persona(const yaml::Node& node, Diagnostics& d) {
  MapReader map(node, name_of("persona", node), {"id", "name", "description", "goals", "frustrations"}, d);
  return Persona{map.text("id", true), map.text("name", true), map.text("description"),
                 map.text_list("goals"), map.text_list("frustrations"), node.span, false};
}

Touchpoint read_touchpoint(const yaml::Node& node, Diagnostics& d) {
  MapReader map(node, name_of("touchpoint", node), {"id", "name", "channel", "kind", "owner"}, d);
  return Touchpoint{map.text("id", true), map.text("name", true), map.text("channel"),
                    map.text("kind"), map.text("owner"), node.span, false};
}

constexpr std::array k_evidence_kinds{EvidenceKind::quote, EvidenceKind::finding, EvidenceKind::metric};

// The keys of `node` that name a kind of evidence, in file order.
std::vector<const yaml::Entry*> evidence_kind_keys(const yaml::Node& node) {
  std::vector<const yaml::Entry*> out;
  for (const yaml::Entry& entry : node.entries)
    for (EvidenceKind kind : k_evidence_kinds)
      if (entry.key.is_scalar() && entry.key.text == evidence_kind_name(kind)) out.push_back(&entry);
  return out;
}

// The one kind a mapping of evidence is written as; none or two are reported.
std::optional<EvidenceKind> evidence_kind(const yaml::Node& node, Diagnostics& d) {
  std::vector<const yaml::Entry*> keys = evidence_kind_keys(node);
  if (keys.empty()) {
    d.report(rules::missing_required, node.span, "evidence has no 'quote', 'finding' or 'metric'",
             "add one: 'quote:' for what a customer said, 'finding:' for a research result, "
             "'metric:' for a measured figure");
    return std::nullopt;
  }
  if (keys.size() > 1) {
    d.report(rules::bad_value, keys[1]->key.span,
             fmt::format("evidence is either a quote, a finding or a metric: this one has both '{}' and '{}'",
                         keys[0]->key.text, keys[1]->key.text),
             "write each as its own item of 'evidence:', with its own source and date");
    return std::nullopt;
  }
  for (EvidenceKind kind : k_evidence_kinds)
    if (keys[0]->key.text == evidence_kind_name(kind)) return kind;
  return std::nullopt;
}

// Evidence: a string (a quote), or {quote | finding | metric, source, date}.
Evidence read_evidence(const yaml::Node& node, Diagnostics& d) {
  if (node.kind == yaml::Kind::scalar) return Evidence{EvidenceKind::quote, read_text(node, "evidence", d), {}, {}, node.span};
  MapReader map(node, "evidence", {"quote", "finding", "metric", "source", "date"}, d);
  Evidence evidence{EvidenceKind::quote, {}, map.text("source"), map.text("date"), node.span};
  if (!map.ok()) return evidence;
  if (std::optional<EvidenceKind> kind = evidence_kind(node, d)) {
    evidence.kind = *kind;
    evidence.text = map.text(evidence_kind_name(*kind), true);
  }
  return evidence;
}

std::vector<Evidence> read_evidence_list(const MapReader& map) {
  std::vector<Evidence> out;
  const yaml::Node* value = map.get("evidence");
  if (value && value->kind != yaml::Kind::sequence) {  // one item may stand alone
    out.push_back(read_evidence(*value, map.diagnostics()));
    return out;
  }
  for (const yaml::Node* item : map.list("evidence")) out.push_back(read_evidence(*item, map.diagnostics()));
  return out;
}

// A pain: a string, or {text, severity, id, evidence}.
Pain read_pain(const yaml::Node& node, Diagnostics& d) {
  if (node.kind == yaml::Kind::scalar) return Pain{{}, read_text(node, "a pain", d), {}, {}, node.span};
  MapReader map(node, name_of("pain", node), {"text", "severity", "id", "evidence"}, d);
  return Pain{map.text("id"), map.text("text", true), map.text("severity"), read_evidence_list(map), node.span};
}

// An opportunity: a string, or {text, addresses, id}.
Opportunity read_opportunity(const yaml::Node& node, Diagnostics& d) {
  if (node.kind == yaml::Kind::scalar) return Opportunity{{}, read_text(node, "an opportunity", d), {}, node.span};
  MapReader map(node, name_of("opportunity", node), {"text", "addresses", "id"}, d);
  return Opportunity{map.text("id"), map.text("text", true), map.text_list("addresses"), node.span};
}

template <class T, class Reader>
std::vector<T> read_each(const MapReader& map, std::string_view key, Reader reader) {
  std::vector<T> out;
  std::vector<const yaml::Node*> items = map.list(key);
  out.reserve(items.size());  // a step weighs about 1 KB: no growth by doubling
  for (const yaml::Node* item : items) out.push_back(reader(*item, map.diagnostics()));
  return out;
}

EmotionValue read_emotion_value(const yaml::Node& node, Text persona, Diagnostics& d) {
  EmotionValue value;
  value.persona = std::move(persona);
  value.raw = read_text(node, "an emotion", d);
  if (value.raw.present) value.number = parse_number(value.raw.value);
  value.span = node.span;
  return value;
}

// An emotion: a number or label for every persona, or a map persona-id -> value.
// `emotion:` with no value is reported, not read as absent: it is a value forgotten,
// and the curve would silently skip the step.
void read_emotion(const MapReader& map, Step& step) {
  const yaml::Node* node = map.find("emotion");
  if (!node) return;
  Diagnostics& d = map.diagnostics();
  if (node->kind == yaml::Kind::mapping) {
    step.emotion_per_persona = true;
    for (const yaml::Entry& entry : node->entries) {
      Text persona = read_text(entry.key, "a persona id", d);
      if (entry.value.kind != yaml::Kind::scalar || entry.value.is_null()) {
        d.report(rules::wrong_type, entry.value.span,
                 fmt::format("the emotion of persona '{}' should be a number or a scale label, found {}",
                             persona.value, yaml::describe(entry.value)));
        continue;
      }
      step.emotion.push_back(read_emotion_value(entry.value, std::move(persona), d));
    }
    return;
  }
  if (node->kind != yaml::Kind::scalar || node->is_null()) {
    d.report(rules::wrong_type, node->span,
             fmt::format("'emotion' should be a number, a scale label or a map of persona ids, found {}",
                         yaml::describe(*node)),
             node->is_null() ? "give the step's emotion, or remove the key" : "");
    return;
  }
  step.emotion.push_back(read_emotion_value(*node, {}, d));
}

Step read_step(const yaml::Node& node, Diagnostics& d) {
  MapReader map(node, name_of("step", node),
                {"id", "name", "does", "personas", "touchpoints", "emotion", "thinks", "evidence", "pains",
                 "opportunities", "frontstage", "backstage", "support", "fail_point", "duration", "next", "journey"},
                d);
  Step step;
  step.id = map.text("id", true);
  step.name = map.text("name", true);
  step.does = map.text("does");
  step.thinks = map.text("thinks");
  step.duration = map.text("duration");
  step.personas = map.text_list("personas");
  step.touchpoints = map.text_list("touchpoints");
  step.next = map.text_list("next");
  read_emotion(map, step);
  step.evidence = read_evidence_list(map);
  step.pains = read_each<Pain>(map, "pains", read_pain);
  step.opportunities = read_each<Opportunity>(map, "opportunities", read_opportunity);
  step.frontstage = map.text_list("frontstage");
  step.backstage = map.text_list("backstage");
  step.support = map.text_list("support");
  step.fail_point = map.boolean("fail_point");
  step.journey = map.text("journey");
  step.span = node.span;
  return step;
}

// KPI figures must be numbers: "2.5%" is a bad-kpi with a hint, not a type error.
Number read_kpi_figure(const MapReader& map, std::string_view key) {
  const yaml::Node* value = map.get(key);
  if (!value) return {};
  std::optional<double> parsed = value->kind == yaml::Kind::scalar ? parse_number(value->text) : std::nullopt;
  if (parsed) return Number{*parsed, value->span, true};
  std::string hint = "write the number alone, e.g. 2.5, and the unit under 'unit:'";
  map.diagnostics().report(rules::bad_kpi, value->span,
                           fmt::format("the KPI's '{}' should be a number, found {}", key,
                                       yaml::found(*value)),
                           hint);
  return Number{0, value->span, false};  // written, but not a number: not "missing"
}

Kpi read_kpi(const yaml::Node& node, Diagnostics& d) {
  MapReader map(node, name_of("KPI", node), {"id", "name", "unit", "target", "actual", "better", "source"}, d);
  Kpi kpi;
  kpi.id = map.text("id", true);
  kpi.name = map.text("name", true);
  kpi.unit = map.text("unit");
  kpi.better = map.text("better");
  kpi.source = map.text("source");
  kpi.target = read_kpi_figure(map, "target");
  kpi.actual = read_kpi_figure(map, "actual");
  kpi.span = node.span;
  return kpi;
}

Stage read_stage(const yaml::Node& node, Diagnostics& d) {
  MapReader map(node, name_of("stage", node),
                {"id", "name", "objective", "motivations", "questions", "hurdles", "pains", "opportunities",
                 "reached", "steps", "kpis"},
                d);
  Stage stage;
  stage.id = map.text("id", true);
  stage.name = map.text("name", true);
  stage.objective = map.text("objective");
  stage.motivations = map.text_list("motivations");
  stage.questions = map.text_list("questions");
  stage.hurdles = map.text_list("hurdles");
  stage.pains = read_each<Pain>(map, "pains", read_pain);
  stage.opportunities = read_each<Opportunity>(map, "opportunities", read_opportunity);
  stage.reached = map.number("reached");
  if (stage.reached.present && (stage.reached.value < 0 || std::floor(stage.reached.value) != stage.reached.value))
    d.report(rules::bad_value, stage.reached.span, "'reached' should be a whole number of customers, 0 or more");
  stage.steps = read_each<Step>(map, "steps", read_step);
  stage.kpis = read_each<Kpi>(map, "kpis", read_kpi);
  stage.span = node.span;
  return stage;
}

// A related journey: a path, or {journey: PATH, note: TEXT}.
RelatedJourney read_related(const yaml::Node& node, Diagnostics& d) {
  if (node.kind == yaml::Kind::scalar) return RelatedJourney{read_text(node, "a related journey", d), {}, node.span};
  MapReader map(node, "a related journey", {"journey", "note"}, d);
  return RelatedJourney{map.text("journey", true), map.text("note"), node.span};
}

Scope read_scope(const yaml::Node& node, Diagnostics& d) {
  MapReader map(node, "scope", {"product", "goal", "team", "value_proposition"}, d);
  return Scope{map.text("product"), map.text("goal"), map.text("team"), map.text("value_proposition")};
}

// Values must fit an int; the axis draws round steps, so a scale may be as wide as this.
constexpr int k_scale_limit = 1'000'000'000;

bool on_scale_range(double value) {
  return std::floor(value) == value && value >= -k_scale_limit && value <= k_scale_limit;
}

Scale read_scale(const yaml::Node& node, Diagnostics& d) {
  MapReader map(node, "scale", {"min", "max", "labels"}, d);
  Scale scale;
  scale.span = node.span;
  scale.min = map.number("min");
  scale.max = map.number("max");
  for (Number* bound : {&scale.min, &scale.max})
    if (bound->present && !on_scale_range(bound->value)) {
      d.report(rules::bad_value, bound->span,
               fmt::format("scale bounds should be whole numbers from {} to {}", -k_scale_limit, k_scale_limit),
               "an emotion scale is a few steps, e.g. 1 to 5 or -2 to 2");
      bound->present = false;
    }
  const yaml::Node* labels = map.get("labels");
  if (labels && labels->kind != yaml::Kind::mapping) {
    d.report(rules::wrong_type, labels->span,
             fmt::format("'labels' should be a mapping of values to labels, found {}", yaml::describe(*labels)),
             "e.g. labels: {1: frustrated, 5: delighted}");
    return scale;
  }
  for (const yaml::Entry& entry : labels ? labels->entries : std::vector<yaml::Entry>{}) {
    std::optional<double> value = entry.key.is_scalar() ? parse_number(entry.key.text) : std::nullopt;
    if (!value || !on_scale_range(*value)) {
      d.report(rules::bad_value, entry.key.span,
               fmt::format("a scale label's key should be a whole number on the scale, found '{}'", entry.key.text));
      continue;
    }
    Text label = read_text(entry.value, "a scale label", d);
    if (label.present) scale.labels[static_cast<int>(*value)] = std::move(label);
  }
  return scale;
}

// The format's default labels, for a 1-5 scale that names none.
void apply_default_labels(Scale& scale) {
  if (!scale.labels.empty() || scale.low() != 1 || scale.high() != 5) return;
  int value = 1;
  for (const char* label : {"frustrated", "unhappy", "neutral", "happy", "delighted"})
    scale.labels[value++] = Text{label, {}, true};
}

std::vector<Stage> read_stages(const MapReader& map) {
  std::vector<Stage> out;
  std::vector<const yaml::Node*> items = map.list("stages");
  out.reserve(items.size());
  for (const yaml::Node* item : items) out.push_back(read_stage(*item, map.diagnostics()));
  return out;
}

Journey read_journey_from(const yaml::Node& root, const SourceFile& file, Diagnostics& d, StreamedStages* streamed);

}  // namespace

// A file with personas or touchpoints but neither title nor stages is a catalogue
// meant for `imports:`; `jmap lint` on a folder meets such files too.
bool is_catalogue(const yaml::Node& root) {
  return root.kind == yaml::Kind::mapping && !root.find("stages") && !root.find("title") &&
         (root.find("personas") || root.find("touchpoints"));
}

Journey read_journey(const yaml::Node& root, const SourceFile& file, Diagnostics& d) {
  return read_journey_from(root, file, d, nullptr);
}

Journey read_journey(const yaml::Node& root, const SourceFile& file, Diagnostics& d, StreamedStages& stages) {
  return read_journey_from(root, file, d, &stages);
}

void StreamedStages::add(std::size_t index, const yaml::Node& item) {
  if (index == 0 && !m_stages.empty()) m_more_lists = true;
  if (!m_more_lists) m_stages.push_back(read_stage(item, m_findings));
}

std::optional<std::vector<Stage>> StreamedStages::take(const yaml::Node& stages_node, Diagnostics& diagnostics) {
  bool streamed = stages_node.kind == yaml::Kind::sequence && !stages_node.items.empty() &&
                  stages_node.items.size() == m_stages.size() && stages_node.items.front().is_null() &&
                  stages_node.items.front().span.begin.offset == m_stages.front().span.begin.offset;
  if (!streamed) return std::nullopt;
  for (const Diagnostic& finding : m_findings.items()) diagnostics.add(finding);
  return std::move(m_stages);
}

namespace {

Journey read_journey_from(const yaml::Node& root, const SourceFile& file, Diagnostics& d, StreamedStages* streamed) {
  Journey journey;
  journey.file = &file;
  journey.span = root.span;
  if (is_catalogue(root)) {
    Catalogue catalogue = read_catalogue(root, d);
    journey.catalogue = true;
    journey.personas = std::move(catalogue.personas);
    journey.touchpoints = std::move(catalogue.touchpoints);
    journey.imports = std::move(catalogue.imports);
    return journey;
  }
  MapReader map(root, "the journey",
                {"jmap", "title", "description", "state", "owner", "status", "updated", "tags", "related", "scope", "scale", "imports", "personas", "touchpoints",
                 "stages"},
                d);
  if (!map.ok()) return journey;
  map.require("jmap");
  journey.version = map.number("jmap");
  journey.title = map.text("title", true);
  journey.description = map.text("description");
  journey.state = map.text("state");
  journey.owner = map.text("owner");
  journey.status = map.text("status");
  journey.updated = map.text("updated");
  journey.tags = map.text_list("tags");
  journey.related = read_each<RelatedJourney>(map, "related", read_related);
  if (const yaml::Node* scope = map.get("scope")) journey.scope = read_scope(*scope, d);
  if (const yaml::Node* scale = map.get("scale")) journey.scale = read_scale(*scale, d);
  apply_default_labels(journey.scale);
  journey.imports = map.text_list("imports");
  journey.personas = read_each<Persona>(map, "personas", read_persona);
  journey.touchpoints = read_each<Touchpoint>(map, "touchpoints", read_touchpoint);
  map.require("stages");
  std::optional<std::vector<Stage>> stages;
  if (const yaml::Node* written = map.get("stages"); written && streamed) stages = streamed->take(*written, d);
  journey.stages = stages ? std::move(*stages) : read_stages(map);
  return journey;
}

}  // namespace

Catalogue read_catalogue(const yaml::Node& root, Diagnostics& d) {
  Catalogue catalogue;
  MapReader map(root, "the imported catalogue", {"jmap", "description", "imports", "scale", "personas", "touchpoints"}, d);
  if (!map.ok()) return catalogue;
  Number version = map.number("jmap");
  if (version.present && version.value != 1)
    d.report(rules::unsupported_version, version.span,
             fmt::format("this jmap reads format version 1; the catalogue says {}", version.value));
  catalogue.imports = map.text_list("imports");
  if (const yaml::Node* scale = map.get("scale")) {
    catalogue.scale = read_scale(*scale, d);
    apply_default_labels(*catalogue.scale);
  }
  catalogue.personas = read_each<Persona>(map, "personas", read_persona);
  catalogue.touchpoints = read_each<Touchpoint>(map, "touchpoints", read_touchpoint);
  return catalogue;
}

}  // namespace jmap
