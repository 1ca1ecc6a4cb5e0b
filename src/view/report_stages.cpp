// The report view's stages: steps, pains, opportunities and KPIs as the page shows them.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "emotion.hpp"
#include "journey_links.hpp"
#include "report_parts.hpp"
#include "number_format.hpp"
#include "text_layout.hpp"

namespace jmap::report {
namespace {

std::vector<std::string> texts(const TextList& items) {
  std::vector<std::string> out;
  for (const Text& item : items) out.push_back(item.value);
  return out;
}

std::string persona_name(const Journey& journey, const std::string& id) {
  const Persona* persona = find_persona(journey, id);
  return persona && persona->name.present ? persona->name.value : id;
}

const Step* find_step(const Journey& journey, const std::string& id) {
  for (const Stage& stage : journey.stages)
    for (const Step& step : stage.steps)
      if (step.id.value == id) return &step;
  return nullptr;
}


ReportPersonaEmotion persona_emotion(const Journey& journey, const PersonaEmotion& value) {
  const Scale& scale = journey.scale;
  ReportPersonaEmotion out;
  out.persona = persona_name(journey, value.persona);
  out.value = format_number(std::round(value.value * 10) / 10);
  std::string label = scale.label_of(static_cast<int>(std::lround(value.value)));
  if (!label.empty()) out.label = label;
  out.text = emotion_text(scale, value.value);
  out.level = static_cast<int>(emotion_level(scale, value.value)) + 1;
  return out;
}

std::optional<ReportEmotion> report_emotion(const Journey& journey, const Step& step) {
  const Scale& scale = journey.scale;
  StepEmotion emotion = step_emotion(scale, step);
  if (!emotion.mean) return std::nullopt;
  ReportEmotion out;
  out.value = format_number(std::round(*emotion.mean * 10) / 10);
  std::string label = scale.label_of(static_cast<int>(std::lround(*emotion.mean)));
  if (!label.empty()) out.label = label;
  out.text = step_emotion_text(scale, emotion);
  if (emotion.spread()) out.spread = format_number(emotion.low) + "\u2013" + format_number(emotion.high);
  out.level = static_cast<int>(emotion_level(scale, *emotion.mean)) + 1;
  if (step.emotion_per_persona)
    for (const PersonaEmotion& value : emotion.by_persona) out.by_persona.push_back(persona_emotion(journey, value));
  return out;
}

class StageBuilder {
 public:
  StageBuilder(const Journey& journey, const Links& links) : m_journey(journey), m_links(links) {}
  ReportStage stage(std::size_t index) const;

 private:
  ReportStep step(const Stage& stage, const Step& step) const;
  ReportPain pain(const Pain& pain, const Stage& stage, const Step* step) const;
  ReportOpportunity opportunity(const Opportunity& opportunity, const Stage& stage, const Step* step) const;
  ReportKpi kpi(const Kpi& kpi) const;

  const Journey& m_journey;
  const Links& m_links;
};

ReportPain StageBuilder::pain(const Pain& pain, const Stage& stage, const Step* step) const {
  ReportPain out;
  out.number = fmt::format("P{}", pain.number);
  out.anchor = fmt::format("pain-{}", pain.number);
  out.id = optional_text(pain.id);
  out.text = pain.text.value;
  out.severity = pain.severity.present ? pain.severity.value : "medium";
  out.stage = stage.name.value;
  if (step) {
    out.step = step->name.value;
    out.step_id = step->id.value;
  }
  for (const Evidence& evidence : pain.evidence) out.evidence.push_back(report_evidence(evidence));
  auto by = m_links.addressed_by.find(pain.number);
  if (by != m_links.addressed_by.end()) out.addressed_by = by->second;
  if (pain.id.present) {
    out.id_anchor = "pain-" + pain.id.value;
    out.addressed_elsewhere = links::addressed_elsewhere(m_journey, pain.id.value);
  }
  return out;
}

ReportOpportunity StageBuilder::opportunity(const Opportunity& opportunity, const Stage& stage, const Step* step) const {
  ReportOpportunity out;
  out.anchor = m_links.anchors.at(&opportunity);
  out.id = optional_text(opportunity.id);
  out.text = opportunity.text.value;
  out.stage = stage.name.value;
  if (step) {
    out.step = step->name.value;
    out.step_id = step->id.value;
  }
  for (const Text& id : opportunity.addresses) {
    if (const LinkedPain* other = links::linked_pain(m_journey, id.value)) {
      const LinkedJourney& file = *find_link(m_journey, split_address(id.value).path);
      std::string path(split_address(id.value).path);
      out.addresses.push_back(ReportPainRef{fmt::format("P{}", other->number), "pain-" + other->id,
                                            links::page_of(path) + "#pain-" + other->id, other->text,
                                            file.title.empty() ? path : file.title});
      continue;
    }
    auto found = m_links.pain_numbers.find(id.value);
    if (found != m_links.pain_numbers.end())
      out.addresses.push_back(ReportPainRef{fmt::format("P{}", found->second), fmt::format("pain-{}", found->second),
                                            fmt::format("#pain-{}", found->second), {}, {}});
  }
  return out;
}

ReportKpi StageBuilder::kpi(const Kpi& kpi) const {
  ReportKpi out;
  out.id = kpi.id.value;
  out.name = kpi.name.value;
  if (kpi.target.present) out.target = format_quantity(kpi.target.value, kpi.unit.value);
  if (kpi.actual.present) out.actual = format_quantity(kpi.actual.value, kpi.unit.value);
  out.unit = optional_text(kpi.unit);
  out.source = optional_text(kpi.source);
  bool lower = kpi.better.present && kpi.better.value == "lower";
  out.better = lower ? "lower" : "higher";
  out.comparison = lower ? "\u2264" : "\u2265";
  KpiStatus status = kpi_status(kpi);
  out.status = status == KpiStatus::met ? "met" : status == KpiStatus::missed ? "missed" : "unknown";
  out.status_label = status == KpiStatus::met ? "Met" : status == KpiStatus::missed ? "Missed" : "No data";
  std::string figures;
  if (out.actual) figures = "Actual " + *out.actual;
  if (out.target) figures += (figures.empty() ? "" : " \u00B7 ") + ("Target " + out.comparison + "\u00A0" + *out.target);
  if (!figures.empty()) out.figures = figures;
  for (const KpiSample& sample : kpi.history) out.history.push_back({sample.date, format_quantity(sample.value, kpi.unit.value)});
  if (!kpi.history.empty()) out.as_of = kpi.history.back().date;
  out.trend = report_trend(kpi);
  return out;
}

ReportStep StageBuilder::step(const Stage& stage, const Step& step) const {
  ReportStep out;
  out.id = step.id.value;
  out.name = step.name.value;
  out.anchor = "step-" + step.id.value;
  out.does = optional_text(step.does);
  out.thinks = optional_text(step.thinks);
  out.duration = optional_text(step.duration);
  out.fail_point = step.fail_point.present && step.fail_point.value;
  for (const Text& id : step.personas) out.personas.push_back(persona_name(m_journey, id.value));
  for (const Text& id : step.touchpoints)
    if (const Touchpoint* touchpoint = find_touchpoint(m_journey, id.value)) out.touchpoints.push_back(report_touchpoint(*touchpoint));
  out.emotion = report_emotion(m_journey, step);
  for (const Evidence& evidence : step.evidence) out.evidence.push_back(report_evidence(evidence));
  out.frontstage = texts(step.frontstage);
  out.backstage = texts(step.backstage);
  out.support = texts(step.support);
  for (const Text& id : step.next)
    if (const Step* target = find_step(m_journey, id.value)) out.next.push_back(ReportLink{target->name.value, "step-" + id.value});
  // One target is where the journey goes on; only more than one is a branch.
  if (!out.next.empty()) out.next_label = out.next.size() == 1 ? "Next" : "Branches";
  if (step.journey.present) out.opens = links::journey_link(m_journey, step.journey);
  for (const Pain& p : step.pains) out.pains.push_back(pain(p, stage, &step));
  for (const Opportunity& o : step.opportunities) out.opportunities.push_back(opportunity(o, stage, &step));
  return out;
}

ReportStage StageBuilder::stage(std::size_t index) const {
  const Stage& stage = m_journey.stages[index];
  ReportStage out;
  out.id = stage.id.value;
  out.name = stage.name.value;
  out.number = std::to_string(stage_number(m_journey, index));
  out.anchor = "stage-" + stage.id.value;
  out.objective = optional_text(stage.objective);
  out.motivations = texts(stage.motivations);
  out.questions = texts(stage.questions);
  out.hurdles = texts(stage.hurdles);
  if (stage.reached.present) out.reached = format_count(stage.reached.value);
  for (const KpiSample& sample : stage.reached_history) out.reached_history.push_back({sample.date, format_count(sample.value)});
  out.columns = std::max<std::size_t>(1, stage.steps.size());
  for (const Step& s : stage.steps) out.steps.push_back(step(stage, s));
  for (const Pain& p : stage.pains) out.own_pains.push_back(pain(p, stage, nullptr));
  for (const Opportunity& o : stage.opportunities) out.own_opportunities.push_back(opportunity(o, stage, nullptr));
  for (const ReportStep& s : out.steps) out.pains.insert(out.pains.end(), s.pains.begin(), s.pains.end());
  out.pains.insert(out.pains.end(), out.own_pains.begin(), out.own_pains.end());
  for (const ReportStep& s : out.steps) out.opportunities.insert(out.opportunities.end(), s.opportunities.begin(), s.opportunities.end());
  out.opportunities.insert(out.opportunities.end(), out.own_opportunities.begin(), out.own_opportunities.end());
  for (const Kpi& k : stage.kpis) out.kpis.push_back(kpi(k));
  out.mix = report_mix(m_journey, stage);
  return out;
}

}  // namespace

ReportEvidence report_evidence(const Evidence& evidence) {
  ReportEvidence out;
  out.kind = std::string(evidence_kind_name(evidence.kind));
  out.quoted = evidence.kind == EvidenceKind::quote;
  out.text = evidence.text.value;
  out.source = optional_text(evidence.source);
  out.date = optional_text(evidence.date);
  std::string cite = out.source.value_or("");
  if (out.date) cite += (cite.empty() ? "" : ", ") + *out.date;
  if (!cite.empty()) out.cite = cite;
  return out;
}

ReportTouchpoint report_touchpoint(const Touchpoint& touchpoint) {
  ReportTouchpoint out;
  out.id = touchpoint.id.value;
  out.name = touchpoint.name.value;
  out.kind = touchpoint_kind(touchpoint);
  out.channel = optional_text(touchpoint.channel);
  out.owner = optional_text(touchpoint.owner);
  return out;
}

std::vector<ReportStage> report_stages(const Journey& journey, const Links& links) {
  StageBuilder builder(journey, links);
  std::vector<ReportStage> out;
  for (std::size_t i = 0; i < journey.stages.size(); ++i) out.push_back(builder.stage(i));
  return out;
}

}  // namespace jmap::report
