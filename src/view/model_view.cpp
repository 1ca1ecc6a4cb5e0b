// The model view: the journey as data for other tools, normalised (defaults written
// out, imports resolved into the lists they fill, KPI status and pain numbers computed)
// and shaped as docs/schema/model-v1.json says. Absent optional texts are left out.
#include <filesystem>

#include "emotion.hpp"
#include "journey_links.hpp"
#include "jmap/model_view.hpp"

namespace jmap {
namespace {

namespace fs = std::filesystem;

constexpr const char* k_schema_id = "https://github.com/jmap-project/jmap/schema/model-v1.json";

class ModelBuilder {
 public:
  explicit ModelBuilder(const Journey& journey) : m_journey(journey) {
    if (journey.file) m_folder = fs::path(journey.file->path).parent_path();
  }
  DataNode journey() const;

 private:
  DataNode position(const Span& span) const;
  DataNode persona(const Persona& persona) const;
  DataNode touchpoint(const Touchpoint& touchpoint) const;
  DataNode stage(const Stage& stage, std::size_t index) const;
  DataNode step(const Step& step) const;
  DataNode emotion(const Step& step) const;
  DataNode pain(const Pain& pain) const;
  DataNode opportunity(const Opportunity& opportunity) const;
  DataNode kpi(const Kpi& kpi) const;
  DataNode history(const std::vector<KpiSample>& samples) const;

  const Journey& m_journey;
  fs::path m_folder;
  std::map<std::string, int> m_pain_numbers = pain_numbers_by_id(m_journey);
};

DataNode text(const std::string& value) { return DataNode::of(value); }
DataNode number(double value) { return DataNode::of(value); }

// A text the journey may leave out: set only when written (and not empty).
void set_optional(DataNode& node, const char* key, const Text& value) {
  if (value.present && !value.value.empty()) node.set(key, text(value.value));
}

DataNode texts(const TextList& values) {
  DataNode out = DataNode::list();
  for (const Text& value : values) out.items.push_back(text(value.value));
  return out;
}

DataNode evidence(const std::vector<Evidence>& items) {
  DataNode out = DataNode::list();
  for (const Evidence& item : items) {
    DataNode& entry = out.items.emplace_back(DataNode::object());
    entry.set("kind", text(std::string(evidence_kind_name(item.kind))));
    entry.set("text", text(item.text.value));
    set_optional(entry, "source", item.source);
    set_optional(entry, "date", item.date);
  }
  return out;
}

// Where an item was written: its file relative to the journey's folder (a catalogue's
// items name the catalogue), and the 1-based line and column.
DataNode ModelBuilder::position(const Span& span) const {
  if (!span.known()) return DataNode{};
  DataNode out = DataNode::object();
  out.set("file", text(fs::path(span.file->path).lexically_relative(m_folder).generic_string()));
  out.set("line", number(span.begin.line));
  out.set("column", number(span.begin.column));
  return out;
}

DataNode ModelBuilder::persona(const Persona& persona) const {
  DataNode out = DataNode::object();
  out.set("id", text(persona.id.value));
  out.set("name", text(persona.name.value));
  set_optional(out, "description", persona.description);
  out.set("goals", texts(persona.goals));
  out.set("frustrations", texts(persona.frustrations));
  out.set("imported", DataNode::of(persona.imported));
  out.set("position", position(persona.span));
  return out;
}

DataNode ModelBuilder::touchpoint(const Touchpoint& touchpoint) const {
  DataNode out = DataNode::object();
  out.set("id", text(touchpoint.id.value));
  out.set("name", text(touchpoint.name.value));
  out.set("kind", text(touchpoint_kind(touchpoint)));
  set_optional(out, "channel", touchpoint.channel);
  set_optional(out, "owner", touchpoint.owner);
  out.set("imported", DataNode::of(touchpoint.imported));
  out.set("position", position(touchpoint.span));
  return out;
}

// Another journey file: the path as written, its page, and its title when it loads.
DataNode journey_link(const Journey& journey, const Text& path, const Text& note = {}) {
  ReportJourneyLink link = links::journey_link(journey, path, note);
  DataNode out = DataNode::object();
  out.set("journey", text(link.path));
  out.set("page", text(link.href));
  out.set("found", DataNode::of(link.found));
  if (link.found) out.set("title", text(link.title));
  set_optional(out, "note", note);
  return out;
}

// `addresses: [PATH#ID]`: the pains of other journeys, with their number and text there.
DataNode addresses_elsewhere(const Journey& journey, const Opportunity& opportunity) {
  DataNode out = DataNode::list();
  for (const Text& address : opportunity.addresses) {
    PainAddress split = split_address(address.value);
    if (split.path.empty()) continue;
    DataNode entry = DataNode::object();
    entry.set("journey", text(std::string(split.path)));
    entry.set("pain", text(std::string(split.id)));
    entry.set("page", text(links::page_of(split.path) + "#pain-" + std::string(split.id)));
    if (const LinkedPain* pain = links::linked_pain(journey, address.value)) {
      entry.set("number", number(pain->number));
      entry.set("text", text(pain->text));
      entry.set("title", text(find_link(journey, split.path)->title));
    }
    out.items.push_back(std::move(entry));
  }
  return out;
}

DataNode ModelBuilder::pain(const Pain& pain) const {
  DataNode out = DataNode::object();
  out.set("number", number(pain.number));
  out.set("label", text("P" + std::to_string(pain.number)));
  set_optional(out, "id", pain.id);
  out.set("text", text(pain.text.value));
  out.set("severity", text(pain.severity.present ? pain.severity.value : "medium"));
  out.set("evidence", evidence(pain.evidence));
  DataNode& elsewhere = out.set("addressed_elsewhere", DataNode::list());
  if (pain.id.present)
    for (const ReportCrossLink& by : links::addressed_elsewhere(m_journey, pain.id.value)) {
      DataNode entry = DataNode::object();
      entry.set("text", text(by.text));
      entry.set("title", text(by.journey));
      entry.set("page", text(by.href));
      elsewhere.items.push_back(std::move(entry));
    }
  out.set("position", position(pain.span));
  return out;
}

DataNode ModelBuilder::opportunity(const Opportunity& opportunity) const {
  DataNode out = DataNode::object();
  set_optional(out, "id", opportunity.id);
  out.set("text", text(opportunity.text.value));
  out.set("addresses", texts(opportunity.addresses));
  DataNode& numbers = out.set("addresses_pains", DataNode::list());
  for (const Text& id : opportunity.addresses) {
    auto found = m_pain_numbers.find(id.value);
    if (found != m_pain_numbers.end()) numbers.items.push_back(number(found->second));
  }
  out.set("addresses_elsewhere", addresses_elsewhere(m_journey, opportunity));
  out.set("position", position(opportunity.span));
  return out;
}

DataNode ModelBuilder::kpi(const Kpi& kpi) const {
  DataNode out = DataNode::object();
  out.set("id", text(kpi.id.value));
  out.set("name", text(kpi.name.value));
  set_optional(out, "unit", kpi.unit);
  out.set("better", text(kpi.better.present ? kpi.better.value : "higher"));
  if (kpi.target.present) out.set("target", number(kpi.target.value));
  if (kpi.actual.present) out.set("actual", number(kpi.actual.value));
  if (!kpi.history.empty()) out.set("history", history(kpi.history));
  KpiStatus status = kpi_status(kpi);
  out.set("status", text(status == KpiStatus::met ? "met" : status == KpiStatus::missed ? "missed" : "unknown"));
  set_optional(out, "source", kpi.source);
  out.set("position", position(kpi.span));
  return out;
}

// The mean over everyone who takes the step (as the map's one curve), and each
// persona's value as that persona's curve reads it.
DataNode ModelBuilder::emotion(const Step& step) const {
  StepEmotion overall = step_emotion(m_journey.scale, step);
  if (!overall.mean) return DataNode{};
  DataNode out = DataNode::object();
  out.set("mean", number(*overall.mean));
  out.set("low", number(overall.low));
  out.set("high", number(overall.high));
  DataNode& by_persona = out.set("by_persona", DataNode::list());
  for (const Persona& persona : m_journey.personas) {
    std::optional<double> value = emotion_for(m_journey.scale, step, persona.id.value);
    if (!value) continue;
    DataNode& entry = by_persona.items.emplace_back(DataNode::object());
    entry.set("persona", text(persona.id.value));
    entry.set("value", number(*value));
  }
  return out;
}

DataNode ModelBuilder::step(const Step& step) const {
  DataNode out = DataNode::object();
  out.set("id", text(step.id.value));
  out.set("name", text(step.name.value));
  set_optional(out, "does", step.does);
  set_optional(out, "thinks", step.thinks);
  set_optional(out, "duration", step.duration);
  DataNode& personas = out.set("personas", DataNode::list());  // a step without `personas` is everyone's
  for (const Persona& persona : m_journey.personas)
    if (step_has_persona(step, persona.id.value)) personas.items.push_back(text(persona.id.value));
  out.set("touchpoints", texts(step.touchpoints));
  out.set("next", texts(step.next));
  out.set("fail_point", DataNode::of(step.fail_point.present && step.fail_point.value));
  if (step.journey.present) out.set("opens", journey_link(m_journey, step.journey));
  if (DataNode feeling = emotion(step); feeling.kind != DataNode::Kind::null) out.set("emotion", std::move(feeling));
  out.set("evidence", evidence(step.evidence));
  DataNode& pains = out.set("pains", DataNode::list());
  for (const Pain& p : step.pains) pains.items.push_back(pain(p));
  DataNode& opportunities = out.set("opportunities", DataNode::list());
  for (const Opportunity& o : step.opportunities) opportunities.items.push_back(opportunity(o));
  out.set("frontstage", texts(step.frontstage));
  out.set("backstage", texts(step.backstage));
  out.set("support", texts(step.support));
  out.set("position", position(step.span));
  return out;
}

// A --data history, oldest first: each value with its date and its place in the data file.
DataNode ModelBuilder::history(const std::vector<KpiSample>& samples) const {
  DataNode out = DataNode::list();
  for (const KpiSample& sample : samples) {
    DataNode& entry = out.items.emplace_back(DataNode::object());
    entry.set("date", text(sample.date));
    entry.set("value", number(sample.value));
    entry.set("position", position(sample.span));
  }
  return out;
}

DataNode ModelBuilder::stage(const Stage& stage, std::size_t index) const {
  DataNode out = DataNode::object();
  out.set("id", text(stage.id.value));
  out.set("name", text(stage.name.value));
  out.set("number", number(static_cast<double>(stage_number(m_journey, index))));
  set_optional(out, "objective", stage.objective);
  out.set("motivations", texts(stage.motivations));
  out.set("questions", texts(stage.questions));
  out.set("hurdles", texts(stage.hurdles));
  if (stage.reached.present) out.set("reached", number(stage.reached.value));
  if (!stage.reached_history.empty()) out.set("reached_history", history(stage.reached_history));
  DataNode& steps = out.set("steps", DataNode::list());
  for (const Step& s : stage.steps) steps.items.push_back(step(s));
  DataNode& pains = out.set("pains", DataNode::list());  // the stage's own
  for (const Pain& p : stage.pains) pains.items.push_back(pain(p));
  DataNode& opportunities = out.set("opportunities", DataNode::list());
  for (const Opportunity& o : stage.opportunities) opportunities.items.push_back(opportunity(o));
  DataNode& kpis = out.set("kpis", DataNode::list());
  for (const Kpi& k : stage.kpis) kpis.items.push_back(kpi(k));
  out.set("position", position(stage.span));
  return out;
}

DataNode scale(const Scale& scale) {
  DataNode out = DataNode::object();
  out.set("min", number(scale.low()));
  out.set("max", number(scale.high()));
  DataNode& labels = out.set("labels", DataNode::list());
  for (const auto& [value, label] : scale.labels) {
    DataNode& entry = labels.items.emplace_back(DataNode::object());
    entry.set("value", number(value));
    entry.set("label", text(label.value));
  }
  return out;
}

DataNode scope(const Scope& scope) {
  DataNode out = DataNode::object();
  set_optional(out, "product", scope.product);
  set_optional(out, "goal", scope.goal);
  set_optional(out, "team", scope.team);
  set_optional(out, "value_proposition", scope.value_proposition);
  return out;
}

DataNode ModelBuilder::journey() const {
  const Journey& journey = m_journey;
  DataNode out = DataNode::object();
  out.set("$schema", text(k_schema_id));
  out.set("jmap_model_version", number(k_model_version));
  out.set("generator", text(std::string("jmap ") + JMAP_VERSION));
  out.set("file", text(journey.file ? fs::path(journey.file->path).filename().string() : ""));
  out.set("title", text(journey.title.value));
  set_optional(out, "description", journey.description);
  out.set("state", text(journey.state.present ? journey.state.value : "current"));
  set_optional(out, "owner", journey.owner);
  set_optional(out, "status", journey.status);
  set_optional(out, "updated", journey.updated);
  out.set("tags", texts(journey.tags));
  DataNode& related = out.set("related", DataNode::list());
  for (const RelatedJourney& r : journey.related)
    if (r.journey.present) related.items.push_back(journey_link(journey, r.journey, r.note));
  out.set("scope", scope(journey.scope));
  out.set("scale", scale(journey.scale));
  out.set("imports", texts(journey.imports));
  DataNode& personas = out.set("personas", DataNode::list());
  for (const Persona& p : journey.personas) personas.items.push_back(persona(p));
  DataNode& touchpoints = out.set("touchpoints", DataNode::list());
  for (const Touchpoint& t : journey.touchpoints) touchpoints.items.push_back(touchpoint(t));
  DataNode& stages = out.set("stages", DataNode::list());
  for (std::size_t i = 0; i < journey.stages.size(); ++i) stages.items.push_back(stage(journey.stages[i], i));
  return out;
}

}  // namespace

DataNode make_model_view(const Journey& journey) { return ModelBuilder(journey).journey(); }

}  // namespace jmap
