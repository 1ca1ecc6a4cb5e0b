#include <doctest/doctest.h>

#include "jmap/kpi_data.hpp"
#include "test_support.hpp"

namespace jmap {
namespace {

constexpr const char* k_journey = R"(jmap: 1
title: T
stages:
  - id: visit
    name: Visit
    reached: 1000
    steps: [{id: look, name: Looks}]
    kpis:
      - {id: conversion, name: Conversion, unit: "%", target: 3, actual: 2.5}
)";

struct Bound {
  explicit Bound(std::string csv) : loaded(k_journey, false), file("data.csv", std::move(csv)) {
    KpiData data = read_kpi_csv(file, findings);
    bind_kpi_data(*loaded.journey, data, findings);
  }
  test::Loaded loaded;
  SourceFile file;
  Diagnostics findings;
  const Kpi& kpi() const { return loaded.journey->stages[0].kpis[0]; }
  const Stage& stage() const { return loaded.journey->stages[0]; }
};

}  // namespace

TEST_SUITE("data/bind_data") {
TEST_CASE("the latest date is the actual, the rows oldest first the history") {
  Bound bound("id,date,value\nconversion,2026-03-31,2.9\nconversion,2026-01-31,2.1\nvisit,2026-01-31,900\n");
  CHECK(bound.findings.empty());
  REQUIRE(bound.kpi().history.size() == 2);
  CHECK(bound.kpi().history[0].date == "2026-01-31");
  CHECK(bound.kpi().actual.value == 2.9);
  CHECK(bound.kpi().actual.span.file == &bound.file);  // findings on the actual name the data
  CHECK(bound.kpi().actual.span.begin.line == 2);
  CHECK(bound.stage().reached.value == 900);
  CHECK(bound.stage().reached_history.size() == 1);
}

TEST_CASE("the YAML's actual stays without data for that KPI") {
  Bound bound("id,date,value\nvisit,2026-01-31,900\n");
  CHECK(bound.kpi().actual.value == 2.5);
  CHECK(bound.kpi().history.empty());
}

TEST_CASE("an id that is neither a KPI nor a stage: once, with the nearest id") {
  Bound bound("id,date,value\nconversoin,2026-01-31,1\nconversoin,2026-02-28,2\n");
  REQUIRE(bound.findings.items().size() == 1);
  const Diagnostic& d = bound.findings.items().front();
  CHECK(d.rule == "unknown-data-id");
  CHECK(d.message == "'conversoin' is neither a KPI nor a stage of journey.yaml (did you mean 'conversion'?)");
  CHECK(d.span.begin.line == 2);
}

TEST_CASE("a stage's count is a whole number") {
  Bound bound("id,date,value\nvisit,2026-01-31,10.5\n");
  REQUIRE(bound.findings.items().size() == 1);
  CHECK(bound.findings.items().front().rule == "bad-data");
  CHECK(bound.stage().reached.value == 1000);
}
}

}  // namespace jmap
