// A journey's summary for the site: what the cross-journey pages show of it, in the
// report view's own words (numbers, anchors, KPI figures), as a JSON-shaped DataNode.
#include <filesystem>
#include <string_view>

#include "jmap/site_view.hpp"
#include "report_parts.hpp"

namespace fs = std::filesystem;

namespace jmap {
namespace {

DataNode text(std::string value) { return DataNode::of(std::move(value)); }
DataNode text(const OptionalText& value) { return value ? DataNode::of(*value) : DataNode{}; }
DataNode number(std::size_t value) { return DataNode::of(static_cast<double>(value)); }

DataNode texts(const TextList& values) {
  DataNode out = DataNode::list();
  for (const Text& value : values) out.items.push_back(text(value.value));
  return out;
}

DataNode optional(const Text& value) { return value.present && !value.value.empty() ? text(value.value) : DataNode{}; }

// A file as the site names it: relative to DIR, with '/', whatever folder the run is in.
std::string site_name(const fs::path& file, const SiteJourneyPlace& place) {
  fs::path site = fs::absolute(place.site_dir).lexically_normal();
  return fs::absolute(file).lexically_normal().lexically_relative(site).generic_string();
}

// The same persona or touchpoint from the same catalogue is one on every page; the
// journey's own are the journey's.
std::string shared_key(bool imported, const Span& span, const std::string& id, const SiteJourneyPlace& place) {
  std::string owner = imported && span.file ? site_name(span.file->path, place) : place.rel;
  return owner + "#" + id;
}

std::size_t steps_taken(const Journey& journey, const std::string& persona) {
  std::size_t count = 0;
  for (const Stage& stage : journey.stages)
    for (const Step& step : stage.steps) count += step_has_persona(step, persona) ? 1 : 0;
  return count;
}

DataNode persona_node(const Journey& journey, std::size_t k, const SiteJourneyPlace& place) {
  const Persona& persona = journey.personas[k];
  DataNode out = DataNode::object();
  out.set("key", text(shared_key(persona.imported, persona.span, persona.id.value, place)));
  out.set("id", text(persona.id.value));
  out.set("name", text(persona.name.value));
  out.set("description", optional(persona.description));
  out.set("goals", texts(persona.goals));
  out.set("frustrations", texts(persona.frustrations));
  out.set("steps", number(steps_taken(journey, persona.id.value)));
  DataNode segments = DataNode::list();
  if (std::optional<ReportCurve> curve = report::persona_curve(journey, k))
    for (const std::string& segment : curve->segments) segments.items.push_back(text(segment));
  out.set("curve", std::move(segments));
  return out;
}

DataNode kpi_node(const ReportKpi& kpi, const ReportStage& stage) {
  DataNode out = DataNode::object();
  out.set("id", text(kpi.id));
  out.set("name", text(kpi.name));
  out.set("stage", text(stage.name));
  out.set("target", text(kpi.target));
  out.set("actual", text(kpi.actual));
  out.set("comparison", text(kpi.comparison));
  out.set("status", text(kpi.status));
  out.set("status_label", text(kpi.status_label));
  out.set("source", text(kpi.source));
  out.set("trend", kpi.trend ? text(kpi.trend->text) : DataNode{});  // with --data history
  return out;
}

DataNode links_node(const std::vector<ReportLink>& links) {
  DataNode out = DataNode::list();
  for (const ReportLink& link : links) {
    DataNode item = DataNode::object();
    item.set("text", text(link.text));
    item.set("anchor", text(link.anchor));
    out.items.push_back(std::move(item));
  }
  return out;
}

DataNode pain_node(const ReportPain& pain) {
  DataNode out = DataNode::object();
  out.set("number", text(pain.number));
  out.set("anchor", text(pain.anchor));
  out.set("id", text(pain.id));
  out.set("text", text(pain.text));
  out.set("severity", text(pain.severity));
  out.set("stage", text(pain.stage));
  out.set("step", text(pain.step));
  out.set("addressed_by", links_node(pain.addressed_by));
  return out;
}

// Opportunities in reading order, as the report numbers them.
std::vector<const Opportunity*> opportunities_in_order(const Journey& journey) {
  std::vector<const Opportunity*> out;
  for (const Stage& stage : journey.stages) {
    for (const Step& step : stage.steps)
      for (const Opportunity& opportunity : step.opportunities) out.push_back(&opportunity);
    for (const Opportunity& opportunity : stage.opportunities) out.push_back(&opportunity);
  }
  return out;
}

// `addresses: [PATH#PAIN-ID]`: a pain of another journey, PATH relative to the file
// that writes it; named here as the site names that journey.
DataNode elsewhere_node(const Opportunity& opportunity, const SiteJourneyPlace& place) {
  DataNode out = DataNode::list();
  fs::path writer = opportunity.span.file ? fs::path(opportunity.span.file->path) : fs::path(place.file);
  for (const Text& address : opportunity.addresses) {
    std::size_t hash = address.value.find('#');
    if (hash == std::string::npos) continue;
    DataNode item = DataNode::object();
    item.set("journey", text(site_name(writer.parent_path() / address.value.substr(0, hash), place)));
    item.set("pain", text(address.value.substr(hash + 1)));
    out.items.push_back(std::move(item));
  }
  return out;
}

DataNode opportunity_node(const ReportOpportunity& shown, const Opportunity& opportunity, const SiteJourneyPlace& place) {
  DataNode out = DataNode::object();
  out.set("anchor", text(shown.anchor));
  out.set("id", text(shown.id));
  out.set("text", text(shown.text));
  out.set("stage", text(shown.stage));
  out.set("step", text(shown.step));
  out.set("elsewhere", elsewhere_node(opportunity, place));
  return out;
}

DataNode touchpoint_node(const ReportCatalogueEntry& entry, const Touchpoint& touchpoint, const SiteJourneyPlace& place) {
  DataNode out = DataNode::object();
  out.set("key", text(shared_key(touchpoint.imported, touchpoint.span, touchpoint.id.value, place)));
  out.set("id", text(entry.touchpoint.id));
  out.set("name", text(entry.touchpoint.name));
  out.set("kind", text(entry.touchpoint.kind));
  out.set("channel", text(entry.touchpoint.channel));
  out.set("owner", text(entry.touchpoint.owner));
  out.set("steps", links_node(entry.steps));
  return out;
}

void add_header(DataNode& out, const Journey& journey, const ReportView& report, const SiteJourneyPlace& place) {
  out.set("version", number(k_site_summary_version));
  out.set("rel", text(place.rel));
  out.set("stem", text(site_page_stem(place.rel)));
  out.set("title", text(report.header.title));
  out.set("description", text(report.header.description));
  out.set("state", text(report.header.state));
  out.set("state_label", text(report.header.state_label));
  out.set("owner", optional(journey.owner));
  out.set("status", optional(journey.status));
  out.set("updated", optional(journey.updated));
  out.set("tags", texts(journey.tags));
  out.set("stages", number(report.stage_count.value));
  out.set("steps", number(report.step_count.value));
}

}  // namespace

std::string site_page_stem(const std::string& rel) {
  std::string_view stem(rel);
  for (std::string_view extension : {".yaml", ".yml"})
    if (stem.size() > extension.size() && stem.substr(stem.size() - extension.size()) == extension)
      return std::string(stem.substr(0, stem.size() - extension.size()));
  return rel;
}

DataNode make_site_summary(const Journey& journey, const ReportView& report, const SiteJourneyPlace& place) {
  DataNode out = DataNode::object();
  add_header(out, journey, report, place);
  DataNode& personas = out.set("personas", DataNode::list());
  for (std::size_t k = 0; k < journey.personas.size(); ++k) personas.items.push_back(persona_node(journey, k, place));
  DataNode& kpis = out.set("kpis", DataNode::list());
  for (const ReportStage& stage : report.stages)
    for (const ReportKpi& kpi : stage.kpis) kpis.items.push_back(kpi_node(kpi, stage));
  out.set("columns", number(report.columns));
  DataNode& pains = out.set("pains", DataNode::list());
  for (const ReportPain& pain : report.pains) pains.items.push_back(pain_node(pain));
  DataNode& opportunities = out.set("opportunities", DataNode::list());
  std::vector<const Opportunity*> model = opportunities_in_order(journey);
  for (std::size_t i = 0; i < report.opportunities.size() && i < model.size(); ++i)
    opportunities.items.push_back(opportunity_node(report.opportunities[i], *model[i], place));
  DataNode& touchpoints = out.set("touchpoints", DataNode::list());
  for (std::size_t i = 0; i < report.touchpoints.size() && i < journey.touchpoints.size(); ++i)
    touchpoints.items.push_back(touchpoint_node(report.touchpoints[i], journey.touchpoints[i], place));
  return out;
}

}  // namespace jmap
