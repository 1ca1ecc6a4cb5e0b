// The pieces of the report view (report_view.cpp puts them together). Private to src/view.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "jmap/model.hpp"
#include "jmap/report_view.hpp"

namespace jmap::report {

// What the stages need to know of the whole journey: pains keep the numbers the loader
// gave them (P1, P2... in the whole journey's reading order), so a persona's page and
// the map name a pain alike; opportunities are numbered in the same order.
struct Links {
  std::map<std::string, int> pain_numbers;                // pain id -> number
  std::map<int, std::vector<ReportLink>> addressed_by;    // pain number -> opportunities
  std::map<const Opportunity*, std::string> anchors;      // opportunity -> "opportunity-N"
};

Links make_links(const Journey& journey);

// The text, or absent when the journey does not give it (or gives it empty).
OptionalText optional_text(const Text& text);
// "1 KPI", "3 KPIs".
ReportCount count_of(std::size_t value, const std::string& singular, const std::string& plural);
// "20%" (no decimals).
std::string percent(double share);

// report_stages.cpp: the stages with their steps, pains, opportunities and KPIs.
std::vector<ReportStage> report_stages(const Journey& journey, const Links& links);
ReportEvidence report_evidence(const Evidence& evidence);
ReportTouchpoint report_touchpoint(const Touchpoint& touchpoint);

// report_charts.cpp: the curves, the funnel, the channel mix and the catalogue.
std::vector<ReportCurve> report_curves(const Journey& journey);
// Persona k's own curve, broken over the steps it does not take (the site's persona pages).
std::optional<ReportCurve> persona_curve(const Journey& journey, std::size_t k);
std::vector<ReportFunnelRow> report_funnel(const Journey& journey);
ReportMix report_mix(const Journey& journey, const Stage& stage);
std::vector<ReportCatalogueEntry> report_catalogue(const Journey& journey);
// A KPI's --data trend: the sparkline and its words; absent under two dated values.
std::optional<ReportTrend> report_trend(const Kpi& kpi);

}  // namespace jmap::report
