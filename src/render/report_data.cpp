#include "report_data.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "view/curve.hpp"
#include "view/text_layout.hpp"

namespace jmap {
namespace {

using kainjow::mustache::data;
using kainjow::mustache::list;
using kainjow::mustache::object;

// Every key is always set, to false when the journey does not say: Mustache looks a
// missing key up in the enclosing contexts, so a persona without a description would
// otherwise show the journey's.
void set_text(data& target, const std::string& key, const Text& text) {
  if (text.present && !text.value.empty()) target.set(key, text.value);
  else target.set(key, false);
}

void set_flag(data& target, const std::string& key, bool value) { target.set(key, value); }

data text_list(const TextList& items) {
  data out{data::type::list};
  for (const Text& item : items) out.push_back(data{item.value});
  return out;
}

std::string percent(double share) { return fmt::format("{:.0f}%", 100.0 * share); }

// A KPI value with its unit: "42 s", "58.4%", and a unit that is a denominator stays
// on its number ("4.3/5", not "4.3 /5").
std::string kpi_value(double value, const std::string& unit) {
  if (!unit.empty() && unit.front() == '/') return format_number(value) + unit;
  return format_with_unit(value, unit);
}

// The channel mix as a stacked bar: the kinds used, each from `x` to `x + width`
// (percent of the bar, one decimal), for SVG rects.
data mix_segments(const std::vector<std::pair<std::string, int>>& counts) {
  int total = 0;
  for (const auto& [kind, count] : counts) total += count;
  data out{data::type::list};
  int before = 0;
  for (const auto& [kind, count] : counts) {
    if (count == 0) continue;
    data segment;
    segment.set("kind", kind);
    segment.set("count", std::to_string(count));
    segment.set("x", fmt::format("{:.1f}", 100.0 * before / total));
    segment.set("width", fmt::format("{:.1f}", 100.0 * count / total));
    out.push_back(segment);
    before += count;
  }
  return out;
}

// More step columns than this do not fit A3 landscape legibly (about 70 px each).
constexpr std::size_t k_print_columns = 20;

// Pains keep the numbers the loader gave them (P1, P2... in the whole journey's
// reading order), so a persona's page and the map name a pain alike.
class ReportBuilder {
 public:
  ReportBuilder(const Journey& journey, const std::string& persona) : m_journey(journey), m_persona(persona) {
    for (const Stage& stage : journey.stages) {
      for (const Step& step : stage.steps)
        for (const Pain& pain : step.pains) number(pain);
      for (const Pain& pain : stage.pains) number(pain);
    }
    // Before any pain is built: an opportunity may address a pain of an earlier stage.
    int next = 1;
    for (const Stage& stage : journey.stages) {
      for (const Step& step : stage.steps)
        for (const Opportunity& opportunity : step.opportunities) link(opportunity, next);
      for (const Opportunity& opportunity : stage.opportunities) link(opportunity, next);
    }
  }

  data build(const ReportPictures& pictures);

 private:
  void number(const Pain& pain) {
    if (pain.id.present) m_number_by_id[pain.id.value] = pain.number;
  }
  // Opportunities are numbered in the same reading order; each pain learns which address it.
  void link(const Opportunity& opportunity, int& next) {
    std::string anchor = fmt::format("opportunity-{}", next++);
    for (const Text& id : opportunity.addresses) {
      auto found = m_number_by_id.find(id.value);
      if (found != m_number_by_id.end()) m_addressed_by[found->second].emplace_back(anchor, opportunity.text.value);
    }
    m_opportunity_anchor[&opportunity] = std::move(anchor);
  }
  std::string pain_anchor(int number) const { return fmt::format("pain-{}", number); }
  data addressed_by(int number) const;
  data persona_cards() const;
  data stage(std::size_t index);
  data step(const Step& step);
  data touchpoint_ref(const Touchpoint& touchpoint) const;
  data pain(const Pain& pain, const Stage& stage, const Step* step);
  data opportunity(const Opportunity& opportunity, const Stage& stage, const Step* step);
  data kpi(const Kpi& kpi) const;
  data emotion(const Step& step) const;
  data curves() const;
  data funnel() const;
  data touchpoint_catalogue() const;
  std::string step_name(std::string_view id) const;

  const Journey& m_journey;
  const std::string& m_persona;
  std::map<std::string, int> m_number_by_id;
  std::map<int, std::vector<std::pair<std::string, std::string>>> m_addressed_by;  // pain number -> (anchor, text)
  std::map<const Opportunity*, std::string> m_opportunity_anchor;
  data m_pains{data::type::list};
  data m_opportunities{data::type::list};
  int m_met = 0, m_missed = 0, m_unknown = 0;
};

std::string ReportBuilder::step_name(std::string_view id) const {
  for (const Stage& stage : m_journey.stages)
    for (const Step& step : stage.steps)
      if (step.id.value == id) return step.name.value;
  return std::string(id);
}

data ReportBuilder::persona_cards() const {
  data out{data::type::list};
  for (std::size_t i = 0; i < m_journey.personas.size(); ++i) {
    const Persona& persona = m_journey.personas[i];
    data card;
    card.set("id", persona.id.value);
    card.set("name", persona.name.value);
    set_text(card, "description", persona.description);
    card.set("goals", text_list(persona.goals));
    set_flag(card, "has_goals", !persona.goals.empty());
    card.set("frustrations", text_list(persona.frustrations));
    set_flag(card, "has_frustrations", !persona.frustrations.empty());
    card.set("colour", std::to_string(i % 6));
    out.push_back(card);
  }
  return out;
}

data ReportBuilder::touchpoint_ref(const Touchpoint& touchpoint) const {
  data out;
  out.set("id", touchpoint.id.value);
  out.set("name", touchpoint.name.value);
  set_text(out, "channel", touchpoint.channel);
  out.set("kind", touchpoint_kind(touchpoint));
  set_text(out, "owner", touchpoint.owner);
  return out;
}

data evidence_list(const std::vector<Evidence>& evidence) {
  data out{data::type::list};
  for (const Evidence& e : evidence) {
    data item;
    item.set("quote", e.text.value);
    set_text(item, "source", e.source);
    set_text(item, "date", e.date);
    out.push_back(item);
  }
  return out;
}

// The level (1..5) colours the value; the label is the scale's word for it.
data ReportBuilder::emotion(const Step& step) const {
  const Scale& scale = m_journey.scale;
  double span = std::max(1, scale.high() - scale.low());
  auto describe = [&](double value) {
    data out;
    out.set("value", format_number(std::round(value * 10) / 10));
    std::string label = scale.label_of(static_cast<int>(std::lround(value)));
    out.set("label", label.empty() ? data{false} : data{label});
    out.set("level", std::to_string(1 + std::lround(std::clamp((value - scale.low()) / span, 0.0, 1.0) * 4)));
    return out;
  };
  std::optional<double> overall;
  double sum = 0;
  int count = 0;
  data per_persona{data::type::list};
  for (const EmotionValue& value : step.emotion) {
    std::optional<double> resolved = resolve_emotion(scale, value);
    if (!resolved) continue;
    sum += *resolved;
    ++count;
    if (value.persona.present) {
      data item = describe(*resolved);
      const Persona* persona = find_persona(m_journey, value.persona.value);
      item.set("persona", persona ? persona->name.value : value.persona.value);
      per_persona.push_back(item);
    }
  }
  if (count == 0) return data{false};
  data out = describe(sum / count);
  out.set("by_persona", step.emotion_per_persona ? per_persona : data{data::type::list});
  return out;
}

data ReportBuilder::pain(const Pain& pain, const Stage& stage, const Step* step) {
  int number = pain.number;
  data out;
  out.set("anchor", pain_anchor(number));
  out.set("number", fmt::format("P{}", number));
  set_text(out, "id", pain.id);
  out.set("text", pain.text.value);
  out.set("severity", pain.severity.present ? pain.severity.value : std::string("medium"));
  out.set("stage", stage.name.value);
  out.set("step", step ? data{step->name.value} : data{false});
  out.set("evidence", evidence_list(pain.evidence));
  out.set("addressed_by", addressed_by(number));
  return out;
}

data ReportBuilder::addressed_by(int number) const {
  data by{data::type::list};
  auto found = m_addressed_by.find(number);
  if (found == m_addressed_by.end()) return by;
  for (const auto& [anchor, text] : found->second) {
    data link;
    link.set("anchor", anchor);
    link.set("text", text);
    by.push_back(link);
  }
  return by;
}

data ReportBuilder::opportunity(const Opportunity& opportunity, const Stage& stage, const Step* step) {
  data out;
  out.set("anchor", m_opportunity_anchor.at(&opportunity));
  set_text(out, "id", opportunity.id);
  out.set("text", opportunity.text.value);
  out.set("stage", stage.name.value);
  out.set("step", step ? data{step->name.value} : data{false});
  data addresses{data::type::list};
  for (const Text& id : opportunity.addresses) {
    auto found = m_number_by_id.find(id.value);
    if (found == m_number_by_id.end()) continue;
    data link;
    link.set("anchor", pain_anchor(found->second));
    link.set("number", fmt::format("P{}", found->second));
    addresses.push_back(link);
  }
  set_flag(out, "has_addresses", !addresses.is_empty_list());
  out.set("addresses", addresses);
  return out;
}

data ReportBuilder::kpi(const Kpi& kpi) const {
  data out;
  out.set("id", kpi.id.value);
  out.set("name", kpi.name.value);
  out.set("target", kpi.target.present ? data{kpi_value(kpi.target.value, kpi.unit.value)} : data{false});
  out.set("actual", kpi.actual.present ? data{kpi_value(kpi.actual.value, kpi.unit.value)} : data{false});
  set_text(out, "unit", kpi.unit);
  bool lower = kpi.better.present && kpi.better.value == "lower";
  out.set("better", lower ? "lower" : "higher");
  out.set("comparison", lower ? "\u2264" : "\u2265");
  KpiStatus status = kpi_status(kpi);
  out.set("status", status == KpiStatus::met ? "met" : status == KpiStatus::missed ? "missed" : "unknown");
  out.set("status_label", status == KpiStatus::met ? "Met" : status == KpiStatus::missed ? "Missed" : "No data");
  set_flag(out, "met", status == KpiStatus::met);
  set_flag(out, "missed", status == KpiStatus::missed);
  set_text(out, "source", kpi.source);
  return out;
}

data ReportBuilder::step(const Step& step) {
  data out;
  out.set("id", step.id.value);
  out.set("anchor", "step-" + step.id.value);
  out.set("name", step.name.value);
  set_text(out, "does", step.does);
  set_text(out, "thinks", step.thinks);
  set_text(out, "duration", step.duration);
  set_flag(out, "fail_point", step.fail_point.present && step.fail_point.value);
  data personas{data::type::list};
  for (const Text& id : step.personas) {
    const Persona* persona = find_persona(m_journey, id.value);
    personas.push_back(data{persona ? persona->name.value : id.value});
  }
  out.set("personas", personas);
  data touchpoints{data::type::list};
  for (const Text& id : step.touchpoints)
    if (const Touchpoint* touchpoint = find_touchpoint(m_journey, id.value)) touchpoints.push_back(touchpoint_ref(*touchpoint));
  out.set("touchpoints", touchpoints);
  out.set("emotion", emotion(step));
  out.set("evidence", evidence_list(step.evidence));
  for (const auto& [key, items] : {std::pair{"frontstage", &step.frontstage}, std::pair{"backstage", &step.backstage},
                                   std::pair{"support", &step.support}})
    out.set(key, text_list(*items));
  data next{data::type::list};
  for (const Text& id : step.next) {
    data link;
    link.set("name", step_name(id.value));
    link.set("anchor", "step-" + id.value);
    next.push_back(link);
  }
  out.set("next", next);
  return out;
}

data ReportBuilder::stage(std::size_t index) {
  const Stage& stage = m_journey.stages[index];
  data out;
  out.set("id", stage.id.value);
  out.set("anchor", "stage-" + stage.id.value);
  out.set("number", std::to_string(index + 1));
  out.set("name", stage.name.value);
  set_text(out, "objective", stage.objective);
  for (const auto& [key, items] : {std::pair{"motivations", &stage.motivations}, std::pair{"questions", &stage.questions},
                                   std::pair{"hurdles", &stage.hurdles}})
    out.set(key, text_list(*items));
  out.set("reached", stage.reached.present ? data{format_count(stage.reached.value)} : data{false});
  data steps{data::type::list};
  data pains{data::type::list};
  data opportunities{data::type::list};
  int digital = 0, physical = 0, human = 0;
  for (const Step& s : stage.steps) {
    steps.push_back(step(s));
    for (const Pain& p : s.pains) pains.push_back(pain(p, stage, &s));
    for (const Text& id : s.touchpoints)
      if (const Touchpoint* touchpoint = find_touchpoint(m_journey, id.value)) {
        const std::string& kind = touchpoint_kind(*touchpoint);
        (kind == "physical" ? physical : kind == "human" ? human : digital) += 1;
      }
  }
  for (const Pain& p : stage.pains) pains.push_back(pain(p, stage, nullptr));
  for (const Step& s : stage.steps)
    for (const Opportunity& o : s.opportunities) opportunities.push_back(opportunity(o, stage, &s));
  for (const Opportunity& o : stage.opportunities) opportunities.push_back(opportunity(o, stage, nullptr));
  out.set("columns", std::to_string(std::max<std::size_t>(1, stage.steps.size())));
  out.set("steps", steps);
  set_flag(out, "no_steps", stage.steps.empty());
  out.set("pains", pains);
  out.set("opportunities", opportunities);
  for (const data& p : pains.list_value()) m_pains.push_back(p);
  for (const data& o : opportunities.list_value()) m_opportunities.push_back(o);
  data kpis{data::type::list};
  for (const Kpi& k : stage.kpis) {
    KpiStatus status = kpi_status(k);
    (status == KpiStatus::met ? m_met : status == KpiStatus::missed ? m_missed : m_unknown) += 1;
    kpis.push_back(kpi(k));
  }
  out.set("kpis", kpis);
  set_flag(out, "has_kpis", !stage.kpis.empty());
  int total = digital + physical + human;
  data mix;
  mix.set("digital", std::to_string(digital));
  mix.set("physical", std::to_string(physical));
  mix.set("human", std::to_string(human));
  mix.set("total", std::to_string(total));
  for (const auto& [key, count] : {std::pair{"digital_share", digital}, std::pair{"physical_share", physical},
                                   std::pair{"human_share", human}})
    mix.set(key, total ? percent(static_cast<double>(count) / total) : std::string("0%"));
  mix.set("segments", mix_segments({{"digital", digital}, {"physical", physical}, {"human", human}}));
  out.set("mix", mix);
  return out;
}

// Emotion curves over the grid's step columns: x in hundreds per column, y 0..100
// (top is the scale's best), for an SVG with preserveAspectRatio="none".
data ReportBuilder::curves() const {
  const Scale& scale = m_journey.scale;
  double span = std::max(1, scale.high() - scale.low());
  std::vector<const Step*> columns;
  for (const Stage& stage : m_journey.stages) {
    if (stage.steps.empty()) columns.push_back(nullptr);
    for (const Step& step : stage.steps) columns.push_back(&step);
  }
  bool per_persona = std::any_of(columns.begin(), columns.end(), [](const Step* s) { return s && s->emotion_per_persona; });
  std::vector<std::pair<std::string, std::string>> who;  // id, name
  if (per_persona)
    for (const Persona& p : m_journey.personas) who.emplace_back(p.id.value, p.name.value);
  else
    who.emplace_back("", "");
  data out{data::type::list};
  for (std::size_t k = 0; k < who.size(); ++k) {
    std::string points;
    std::vector<Point> through;
    data dots{data::type::list};
    for (std::size_t c = 0; c < columns.size(); ++c) {
      std::optional<double> value = columns[c] ? emotion_for(scale, *columns[c], who[k].first) : std::nullopt;
      if (!value) continue;
      double x = 100.0 * c + 50, y = 90 - 80 * std::clamp((*value - scale.low()) / span, 0.0, 1.0);
      points += fmt::format("{}{:.1f},{:.1f}", points.empty() ? "" : " ", x, y);
      through.push_back(Point{x, y});
      data dot;
      dot.set("x", fmt::format("{:.1f}", x));
      dot.set("y", fmt::format("{:.1f}", y));
      std::string label = scale.label_of(static_cast<int>(std::lround(*value)));
      dot.set("title", fmt::format("{}: {}{}{}", columns[c]->name.value, format_number(*value), label.empty() ? "" : " (" + label + ")",
                                   who[k].second.empty() ? "" : " \u2014 " + who[k].second));
      dots.push_back(dot);
    }
    if (points.empty()) continue;
    data curve;
    curve.set("persona", who[k].second.empty() ? data{false} : data{who[k].second});
    curve.set("colour", std::to_string(k % 6));
    curve.set("points", points);
    // The same smooth curve as the map's (monotone, never past its points), as an SVG path.
    std::vector<Point> controls = through.size() < 2 ? through : bezier_through(through, 4, 96);
    std::string path = fmt::format("M{:.1f},{:.1f}", controls.front().x, controls.front().y);
    for (std::size_t i = 1; i + 2 < controls.size(); i += 3)
      path += fmt::format(" C{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}", controls[i].x, controls[i].y, controls[i + 1].x,
                          controls[i + 1].y, controls[i + 2].x, controls[i + 2].y);
    curve.set("path", path);
    curve.set("dots", dots);
    out.push_back(curve);
  }
  return out;
}

data ReportBuilder::funnel() const {
  data out{data::type::list};
  std::optional<double> first, previous;
  for (const Stage& stage : m_journey.stages) {
    if (!stage.reached.present) continue;
    double reached = stage.reached.value;
    if (!first) first = reached;
    data row;
    row.set("stage", stage.name.value);
    row.set("anchor", "stage-" + stage.id.value);
    row.set("reached", format_count(reached));
    double share = *first > 0 ? reached / *first : 0;
    row.set("share", percent(share));
    row.set("bar", fmt::format("{:.1f}", 100.0 * std::clamp(share, 0.0, 1.0)));
    bool has_previous = previous && *previous > 0;
    row.set("kept", has_previous ? data{percent(reached / *previous)} : data{false});
    row.set("drop", has_previous ? data{percent(1 - reached / *previous)} : data{false});
    previous = reached;
    out.push_back(row);
  }
  return out;
}

data ReportBuilder::touchpoint_catalogue() const {
  data out{data::type::list};
  for (const Touchpoint& touchpoint : m_journey.touchpoints) {
    data item = touchpoint_ref(touchpoint);
    data steps{data::type::list};
    int uses = 0;
    for (const Stage& stage : m_journey.stages)
      for (const Step& step : stage.steps)
        for (const Text& id : step.touchpoints)
          if (id.value == touchpoint.id.value) {
            data use;
            use.set("name", step.name.value);
            use.set("anchor", "step-" + step.id.value);
            steps.push_back(use);
            ++uses;
          }
    item.set("steps", steps);
    item.set("uses", std::to_string(uses));
    set_flag(item, "used", uses > 0);
    out.push_back(item);
  }
  return out;
}

data ReportBuilder::build(const ReportPictures& pictures) {
  data root;
  root.set("generator", std::string("jmap ") + JMAP_VERSION);
  root.set("title", m_journey.title.value);
  set_text(root, "description", m_journey.description);
  bool future = m_journey.state.present && m_journey.state.value == "future";
  root.set("state", future ? "future" : "current");
  root.set("state_label", future ? "Future state" : "Current state");
  set_flag(root, "future", future);
  root.set("for_persona", false);
  if (const Persona* persona = find_persona(m_journey, m_persona)) {
    data who;
    who.set("id", persona->id.value);
    who.set("name", persona->name.value);
    root.set("for_persona", who);
  }
  const Scope& scope = m_journey.scope;
  root.set("scope", false);
  if (scope.product.present || scope.goal.present || scope.team.present || scope.value_proposition.present) {
    data s;
    set_text(s, "product", scope.product);
    set_text(s, "goal", scope.goal);
    set_text(s, "team", scope.team);
    set_text(s, "value_proposition", scope.value_proposition);
    root.set("scope", s);
  }
  // Lists may be empty; `has_*` says whether a section has anything to show.
  root.set("personas", persona_cards());
  set_flag(root, "has_personas", !m_journey.personas.empty());
  data stages{data::type::list};
  std::size_t columns = 0, step_count = 0;
  bool any_kpis = false;
  for (std::size_t i = 0; i < m_journey.stages.size(); ++i) {
    stages.push_back(stage(i));
    columns += std::max<std::size_t>(1, m_journey.stages[i].steps.size());
    step_count += m_journey.stages[i].steps.size();
    any_kpis = any_kpis || !m_journey.stages[i].kpis.empty();
  }
  root.set("stages", stages);
  root.set("stage_count", std::to_string(m_journey.stages.size()));
  root.set("step_count", std::to_string(step_count));
  root.set("stage_word", m_journey.stages.size() == 1 ? "stage" : "stages");
  root.set("step_word", step_count == 1 ? "step" : "steps");
  root.set("columns", std::to_string(columns));
  root.set("curve_width", std::to_string(columns * 100));
  set_flag(root, "wide_map", columns > k_print_columns);
  data emotion_curves = curves();
  root.set("curves", emotion_curves);
  set_flag(root, "has_curves", !emotion_curves.is_empty_list());
  data scale;
  scale.set("min", std::to_string(m_journey.scale.low()));
  scale.set("max", std::to_string(m_journey.scale.high()));
  data labels{data::type::list};
  for (const auto& [value, label] : m_journey.scale.labels) {
    data item;
    item.set("value", std::to_string(value));
    item.set("label", label.value);
    labels.push_back(item);
  }
  scale.set("labels", labels);
  root.set("scale", scale);
  set_flag(root, "has_kpis", any_kpis);
  root.set("kpi_summary", false);
  if (any_kpis) {
    data summary;
    summary.set("met", std::to_string(m_met));
    summary.set("missed", std::to_string(m_missed));
    summary.set("unknown", std::to_string(m_unknown));
    root.set("kpi_summary", summary);
  }
  data funnel_rows = funnel();
  root.set("funnel", funnel_rows);
  set_flag(root, "has_funnel", !funnel_rows.is_empty_list());
  root.set("pains", m_pains);
  root.set("opportunities", m_opportunities);
  set_flag(root, "has_pains_or_opportunities", !m_pains.is_empty_list() || !m_opportunities.is_empty_list());
  root.set("touchpoints", touchpoint_catalogue());
  set_flag(root, "has_touchpoints", !m_journey.touchpoints.empty());
  data svg;
  svg.set("blueprint", pictures.blueprint);
  svg.set("flow", pictures.flow);
  svg.set("blueprint_dark", pictures.blueprint_dark);
  svg.set("flow_dark", pictures.flow_dark);
  root.set("svg", svg);
  set_flag(root, "has_dark_pictures", !pictures.blueprint_dark.empty());
  return root;
}

}  // namespace

data report_data(const Journey& journey, const std::string& persona, const ReportPictures& pictures) {
  return ReportBuilder(journey, persona).build(pictures);
}

}  // namespace jmap
