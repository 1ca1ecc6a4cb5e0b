// The governance rules: what a team may require of every journey in its repository
// (evidence, freshness, sources, goals). Off by default; a project turns each on in
// .jmap.yaml (`rules: {stale-journey: warning}`), which puts it in ValidateOptions::enabled.
#include <fmt/format.h>

#include "governance.hpp"
#include "jmap/rules.hpp"
#include "util/iso_date.hpp"

namespace jmap {
namespace {

bool enabled(const ValidateOptions& options, RuleId rule) { return options.enabled.contains(rule.name()); }

void check_pain_evidence(const std::vector<Pain>& pains, Diagnostics& d) {
  for (const Pain& pain : pains)
    if (pain.evidence.empty() && pain.text.present)
      d.report(rules::pain_without_evidence, pain.id.present ? pain.id.span : pain.span,
               fmt::format("pain '{}' has no evidence", pain.text.value),
               "add 'evidence:' with a quote, a finding or a metric that shows the pain is real");
}

void check_evidence(const Journey& journey, Diagnostics& d) {
  for (const Stage& stage : journey.stages) {
    check_pain_evidence(stage.pains, d);
    for (const Step& step : stage.steps) check_pain_evidence(step.pains, d);
  }
}

void check_stale(const Journey& journey, const ValidateOptions& options, Diagnostics& d) {
  std::optional<long> updated = journey.updated.present ? parse_iso_date(journey.updated.value) : std::nullopt;
  if (!journey.updated.present) {
    d.report(rules::stale_journey, journey.title.present ? journey.title.span : journey.span,
             "the journey has no 'updated' date", "add 'updated: YYYY-MM-DD': the day the map was last checked");
    return;
  }
  if (!updated || !options.today) return;  // not a date: a bad-value already
  long age = *options.today - *updated;
  if (age <= options.stale_after_days) return;
  d.report(rules::stale_journey, journey.updated.span,
           fmt::format("the journey was updated {} days ago, more than the {} days of 'stale_after_days'", age,
                       options.stale_after_days),
           "check the map against the service today, then set 'updated:' to today's date");
}

void check_kpi_sources(const Journey& journey, Diagnostics& d) {
  for (const Stage& stage : journey.stages)
    for (const Kpi& kpi : stage.kpis)
      if (!kpi.source.present)
        d.report(rules::kpi_without_source, kpi.id.present ? kpi.id.span : kpi.span,
                 fmt::format("KPI '{}' has no source", kpi.name.present ? kpi.name.value : kpi.id.value),
                 "add 'source:': where the figure comes from (a dashboard, a survey, a report)");
}

void check_persona_goals(const Journey& journey, Diagnostics& d) {
  for (const Persona& persona : journey.personas)
    if (!persona.imported && persona.goals.empty())
      d.report(rules::persona_without_goal, persona.id.present ? persona.id.span : persona.span,
               fmt::format("persona '{}' has no goal", persona.id.value),
               "add 'goals:': what the persona wants to get done");
}

}  // namespace

void check_governance(const Journey& journey, const ValidateOptions& options, Diagnostics& d) {
  if (enabled(options, rules::pain_without_evidence)) check_evidence(journey, d);
  if (enabled(options, rules::stale_journey)) check_stale(journey, options, d);
  if (enabled(options, rules::kpi_without_source)) check_kpi_sources(journey, d);
  if (enabled(options, rules::persona_without_goal)) check_persona_goals(journey, d);
}

}  // namespace jmap
