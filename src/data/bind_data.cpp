// bind_kpi_data: the data file's rows onto the journey's KPIs and stages, by id. A KPI's
// or a stage's rows, oldest first, are its history; the latest sets `actual` or
// `reached`, with the data file's span, so every later finding points at the data.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "jmap/kpi_data.hpp"
#include "jmap/rules.hpp"
#include "util/spelling.hpp"

namespace jmap {
namespace {

struct Targets {
  std::map<std::string, Kpi*> kpis;
  std::map<std::string, Stage*> stages;
  std::vector<std::string> ids;  // for "did you mean"
  mutable std::set<std::string> unknown;  // reported once, at its first row
};

Targets targets_of(Journey& journey) {
  Targets targets;
  for (Stage& stage : journey.stages) {
    targets.stages.emplace(stage.id.value, &stage);
    targets.ids.push_back(stage.id.value);
    for (Kpi& kpi : stage.kpis) {
      targets.kpis.emplace(kpi.id.value, &kpi);
      targets.ids.push_back(kpi.id.value);
    }
  }
  return targets;
}

std::vector<const KpiRow*> oldest_first(const KpiData& data) {
  std::vector<const KpiRow*> rows;
  for (const KpiRow& row : data.rows) rows.push_back(&row);
  std::stable_sort(rows.begin(), rows.end(), [](const KpiRow* a, const KpiRow* b) { return a->date.value < b->date.value; });
  return rows;
}

KpiSample sample_of(const KpiRow& row) { return KpiSample{row.date.value, row.value.value, row.value.span}; }

void bind_row(const KpiRow& row, const Targets& targets, const Journey& journey, Diagnostics& findings, bool unknown_ids) {
  auto kpi = targets.kpis.find(row.id.value);
  auto stage = targets.stages.find(row.id.value);
  if (kpi != targets.kpis.end() && stage != targets.stages.end()) {
    findings.report(rules::bad_data, row.id.span, fmt::format("'{}' names both a KPI and a stage", row.id.value),
                    "give the KPI or the stage another id in the journey");
  } else if (kpi != targets.kpis.end()) {
    kpi->second->history.push_back(sample_of(row));
  } else if (stage != targets.stages.end()) {
    double value = row.value.value;
    if (value < 0 || std::floor(value) != value)
      findings.report(rules::bad_data, row.value.span,
                      fmt::format("'{}' is a stage: its value is the customers who reached it, a whole number 0 or more",
                                  row.id.value));
    else stage->second->reached_history.push_back(sample_of(row));
  } else if (unknown_ids && targets.unknown.insert(row.id.value).second) {
    std::string where = journey.file ? journey.file->path : std::string("the journey");
    findings.report(rules::unknown_data_id, row.id.span,
                    fmt::format("'{}' is neither a KPI nor a stage of {}{}", row.id.value, where,
                                did_you_mean(closest_match(row.id.value, targets.ids))),
                    "a row's id is the id of a KPI (for its actual) or of a stage (for its reached count)");
  }
}

}  // namespace

void bind_kpi_data(Journey& journey, const KpiData& data, Diagnostics& findings, bool unknown_ids) {
  Targets targets = targets_of(journey);
  for (const KpiRow* row : oldest_first(data)) bind_row(*row, targets, journey, findings, unknown_ids);
  for (auto& [id, kpi] : targets.kpis)
    if (!kpi->history.empty()) kpi->actual = Number{kpi->history.back().value, kpi->history.back().span, true};
  for (auto& [id, stage] : targets.stages)
    if (!stage->reached_history.empty())
      stage->reached = Number{stage->reached_history.back().value, stage->reached_history.back().span, true};
}

}  // namespace jmap
