// The report view: the whole journey for the outputs that show all of it, every text
// formatted here so that renderers only place it.
#include "jmap/report_view.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "jmap/diff.hpp"
#include "journey_links.hpp"
#include "report_parts.hpp"

namespace jmap {
namespace report {

Links make_links(const Journey& journey) {
  Links links;
  links.pain_numbers = pain_numbers_by_id(journey);
  int next = 1;
  // Before any pain is built: an opportunity may address a pain of an earlier stage.
  auto link = [&](const Opportunity& opportunity) {
    std::string anchor = fmt::format("opportunity-{}", next++);
    for (const Text& id : opportunity.addresses) {
      auto found = links.pain_numbers.find(id.value);
      if (found != links.pain_numbers.end()) links.addressed_by[found->second].push_back(ReportLink{opportunity.text.value, anchor});
    }
    links.anchors[&opportunity] = std::move(anchor);
  };
  for (const Stage& stage : journey.stages) {
    for (const Step& step : stage.steps)
      for (const Opportunity& opportunity : step.opportunities) link(opportunity);
    for (const Opportunity& opportunity : stage.opportunities) link(opportunity);
  }
  return links;
}

ReportCount count_of(std::size_t value, const std::string& singular, const std::string& plural) {
  const std::string& word = value == 1 ? singular : plural;
  return ReportCount{value, fmt::format("{} {}", value, word), word};
}

std::string percent(double share) { return fmt::format("{:.0f}%", 100.0 * share); }

OptionalText optional_text(const Text& text) {
  if (text.present && !text.value.empty()) return text.value;
  return std::nullopt;
}

}  // namespace report

namespace {

using report::optional_text;

// More step columns than this do not fit A3 landscape legibly (about 70 px each).
constexpr std::size_t k_print_columns = 20;

ReportHeader report_header(const Journey& journey, const std::string& persona) {
  ReportHeader header;
  header.generator = std::string("jmap ") + JMAP_VERSION;
  header.title = journey.title.value;
  header.description = optional_text(journey.description);
  header.future = journey.state.present && journey.state.value == "future";
  header.state = header.future ? "future" : "current";
  header.state_label = header.future ? "Future state" : "Current state";
  if (journey.shown) header.stages_shown = shown_stages_text(journey);
  if (const Persona* who = find_persona(journey, persona)) header.for_persona = ReportHeader::Persona{who->id.value, who->name.value};
  const Scope& scope = journey.scope;
  if (scope.product.present || scope.goal.present || scope.team.present || scope.value_proposition.present)
    header.scope = ReportScope{optional_text(scope.product), optional_text(scope.goal), optional_text(scope.team),
                               optional_text(scope.value_proposition)};
  header.owner = optional_text(journey.owner);
  header.status = optional_text(journey.status);
  if (header.status) header.status_label = links::status_label(*header.status);
  header.updated = optional_text(journey.updated);
  for (const Text& tag : journey.tags) header.tags.push_back(tag.value);
  std::vector<std::string> parts = links::metadata_parts(journey);
  if (!parts.empty()) header.meta = fmt::format("{}", fmt::join(parts, " \u00B7 "));
  return header;
}

std::vector<ReportPersona> report_personas(const Journey& journey) {
  std::vector<ReportPersona> out;
  for (std::size_t i = 0; i < journey.personas.size(); ++i) {
    const Persona& persona = journey.personas[i];
    ReportPersona card{persona.id.value, persona.name.value, optional_text(persona.description), {}, {}, i % 6};
    for (const Text& goal : persona.goals) card.goals.push_back(goal.value);
    for (const Text& frustration : persona.frustrations) card.frustrations.push_back(frustration.value);
    out.push_back(std::move(card));
  }
  return out;
}

// A lane has content when any stage or step of it has some: the map leaves the others out.
ReportLanes report_lanes(const std::vector<ReportStage>& stages, bool curves) {
  ReportLanes lanes;
  lanes.emotion = curves;
  for (const ReportStage& stage : stages) {
    lanes.objective |= stage.objective.has_value();
    lanes.motivations |= !stage.motivations.empty();
    lanes.questions |= !stage.questions.empty();
    lanes.hurdles |= !stage.hurdles.empty();
    lanes.stage_pains |= !stage.own_pains.empty();
    lanes.stage_opportunities |= !stage.own_opportunities.empty();
    lanes.kpis |= !stage.kpis.empty();
    for (const ReportStep& step : stage.steps) {
      lanes.touchpoints |= !step.touchpoints.empty();
      lanes.thinks |= step.thinks.has_value();
      lanes.evidence |= !step.evidence.empty();
      lanes.pains |= !step.pains.empty();
      lanes.opportunities |= !step.opportunities.empty();
      lanes.frontstage |= !step.frontstage.empty();
      lanes.backstage |= !step.backstage.empty();
      lanes.support |= !step.support.empty();
    }
  }
  return lanes;
}

// With --stages, the KPIs of the stages shown only; the text says so.
std::optional<ReportKpiSummary> kpi_summary(const std::vector<ReportStage>& stages, const Journey& journey) {
  ReportKpiSummary summary;
  for (const ReportStage& stage : stages)
    for (const ReportKpi& kpi : stage.kpis) (kpi.status == "met" ? summary.met : kpi.status == "missed" ? summary.missed : summary.unknown) += 1;
  if (summary.met + summary.missed + summary.unknown == 0) return std::nullopt;
  ReportCount met = report::count_of(summary.met, "KPI", "KPIs");
  summary.met_text = met.text + " met";
  summary.met_word = met.word;
  summary.text = fmt::format("{} met \u00B7 {} missed \u00B7 {} without data", summary.met, summary.missed, summary.unknown);
  if (journey.shown)
    summary.text += journey.shown->first == journey.shown->last
                        ? fmt::format(" (stage {} only)", journey.shown->first + 1)
                        : fmt::format(" (stages {}\u2013{} only)", journey.shown->first + 1, journey.shown->last + 1);
  return summary;
}

void count(ReportView& report, const Journey& journey) {
  std::size_t steps = 0, kpis = 0;
  for (const Stage& stage : journey.stages) {
    steps += stage.steps.size();
    kpis += stage.kpis.size();
    report.columns += std::max<std::size_t>(1, stage.steps.size());
  }
  report.wide_map = report.columns > k_print_columns;
  report.stage_count = report::count_of(journey.stages.size(), "stage", "stages");
  report.step_count = report::count_of(steps, "step", "steps");
  report.persona_count = report::count_of(journey.personas.size(), "persona", "personas");
  report.pain_count = report::count_of(report.pains.size(), "pain point", "pain points");
  report.opportunity_count = report::count_of(report.opportunities.size(), "opportunity", "opportunities");
  report.kpi_count = report::count_of(kpis, "KPI", "KPIs");
  report.touchpoint_count = report::count_of(journey.touchpoints.size(), "touchpoint", "touchpoints");
}

PagePicture page_picture(const Journey& journey, const ReportViewOptions& options, ViewKind kind, const std::string& prefix,
                         const std::string& theme) {
  ViewOptions view;
  view.kind = kind;
  view.persona = options.persona;
  view.theme = theme;
  view.id_prefix = prefix;
  view.heading = false;  // the page has its own
  return [&journey, view] { return make_picture(journey, view); };
}

ReportComparison comparison(const Journey& journey, const ReportViewOptions& options) {
  JourneyDiff diff = diff_journeys(*options.compare, journey);
  ReportComparison out{options.compare_name, change_summary(diff), {}, {}, {}};
  for (const Change& change : diff.changes) {
    std::string heading = change.stage.empty() ? "Journey" : change_stage_heading(diff, change.stage);
    if (out.groups.empty() || out.groups.back().heading != heading) out.groups.push_back(ReportChangeGroup{heading, {}});
    std::string detail = change_detail(change);
    out.groups.back().changes.push_back(ReportChange{std::string(change_kind_name(change.kind)), change_verb(change),
                                                     change_subject(change),
                                                     detail.empty() ? OptionalText() : OptionalText(detail)});
  }
  ViewOptions view;
  view.persona = options.persona;
  view.theme = options.theme;
  view.id_prefix = "compare-";
  view.heading = false;
  view.compare = options.compare;
  out.map = [&journey, view] { return make_picture(journey, view); };
  if (options.theme != "default") return out;  // as add_pictures: a chosen theme is used as it is
  view.theme = "dark";
  view.id_prefix = "compare-dark-";
  out.map_dark = [&journey, view] { return make_picture(journey, view); };
  return out;
}

void add_pictures(ReportView& report, const Journey& journey, const ReportViewOptions& options) {
  // With the default theme the page also carries the pictures in the dark theme, shown
  // when the reader prefers dark; a theme the user chose is used as it is.
  report.flow = page_picture(journey, options, ViewKind::flow, "flow-", options.theme);
  report.blueprint = page_picture(journey, options, ViewKind::blueprint, "blueprint-", options.theme);
  if (options.theme == "default") {
    report.flow_dark = page_picture(journey, options, ViewKind::flow, "flow-dark-", "dark");
    report.blueprint_dark = page_picture(journey, options, ViewKind::blueprint, "blueprint-dark-", "dark");
  }
}

}  // namespace

ReportView make_report_view(const Journey& journey, const ReportViewOptions& options) {
  ReportView report;
  report.header = report_header(journey, options.persona);
  report.scale_min = std::to_string(journey.scale.low());
  report.scale_max = std::to_string(journey.scale.high());
  for (const auto& [value, label] : journey.scale.labels) report.scale_labels.push_back(ReportScaleLabel{std::to_string(value), label.value});
  report.personas = report_personas(journey);
  report.stages = report::report_stages(journey, report::make_links(journey));
  for (const ReportStage& stage : report.stages) {
    report.pains.insert(report.pains.end(), stage.pains.begin(), stage.pains.end());
    report.opportunities.insert(report.opportunities.end(), stage.opportunities.begin(), stage.opportunities.end());
  }
  report.curves = report::report_curves(journey);
  report.funnel = report::report_funnel(journey);
  report.touchpoints = report::report_catalogue(journey);
  report.kpi_summary = kpi_summary(report.stages, journey);
  report.lanes = report_lanes(report.stages, !report.curves.empty());
  for (const RelatedJourney& related : journey.related)
    if (related.journey.present) report.related.push_back(links::journey_link(journey, related.journey, related.note));
  count(report, journey);
  add_pictures(report, journey, options);
  if (options.compare) report.comparison = comparison(journey, options);
  return report;
}

}  // namespace jmap
