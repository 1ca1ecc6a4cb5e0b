// Fuzz target: bytes as a --data file, read both as CSV and as JSON -> bound to a small
// journey -> its report view (KPI trends, sparklines, number formats) and Markdown page.
// A data file comes from a spreadsheet export or a script: it must never crash a build.
#include <string>

#include "fuzz_support.hpp"
#include "jmap/kpi_data.hpp"
#include "jmap/render.hpp"
#include "jmap/report_view.hpp"

namespace {

constexpr char k_journey[] = R"(jmap: 1
title: Data fuzz
personas: [{id: p, name: Shopper}]
touchpoints: [{id: web, name: Website, channel: web}]
stages:
  - id: visit
    name: Visit
    reached: 1000
    steps: [{id: look, name: Looks, touchpoints: [web], emotion: 3}]
    kpis:
      - {id: conversion, name: Conversion, unit: "%", target: 3, actual: 2.5}
  - id: buy
    name: Buy
    reached: 100
    steps: [{id: pay, name: Pays, touchpoints: [web], emotion: 4}]
    kpis:
      - {id: wait, name: Checkout time, unit: s, target: 60, actual: 80, better: lower}
)";

const jmap::Journey& journey() {
  static jmap::fuzz::Loaded loaded;
  static const bool ready = [] {
    jmap::fuzz::load(reinterpret_cast<const std::uint8_t*>(k_journey), sizeof k_journey - 1, loaded);
    return loaded.journey && loaded.diagnostics.count(jmap::Severity::error) == 0;
  }();
  if (!ready) std::abort();  // the format moved
  return *loaded.journey;
}

void bind_and_render(const jmap::KpiData& data, jmap::Diagnostics& findings) {
  jmap::Journey bound = journey();
  jmap::bind_kpi_data(bound, data, findings);
  jmap::ReportView report = jmap::make_report_view(bound);
  (void)jmap::render_markdown(report, jmap::RenderOptions{});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  jmap::SourceSet sources;
  for (const char* name : {"fuzz.csv", "fuzz.json"}) {
    const jmap::SourceFile& file = sources.add(name, text);
    jmap::Diagnostics findings;
    jmap::KpiData read = std::string_view(name).ends_with(".csv") ? jmap::read_kpi_csv(file, findings)
                                                                  : jmap::read_kpi_json(file, findings);
    bind_and_render(read, findings);
  }
  return 0;
}
