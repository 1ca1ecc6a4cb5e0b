// The governance rules run only when turned on; stale-journey measures from options.today.
#include <doctest/doctest.h>

#include "jmap/rules.hpp"
#include "test_support.hpp"
#include "util/iso_date.hpp"

using namespace jmap;

namespace {

const char* k_journey = R"(jmap: 1
title: T
updated: 2026-05-01
personas: [{id: p, name: P}, {id: q, name: Q, goals: [Eat]}]
touchpoints: [{id: t, name: T, channel: web}]
stages:
  - id: s
    name: S
    objective: O
    steps:
      - id: a
        name: A
        touchpoints: [t]
        pains: [{id: x, text: No proof}, {id: y, text: Proof, evidence: [{finding: Seen}]}]
    kpis: [{id: k, name: K, target: 1}, {id: l, name: L, target: 1, source: Survey}]
)";

Diagnostics run(const ValidateOptions& options, const char* text = k_journey) {
  test::Loaded loaded(text, false);
  Diagnostics d;
  validate(*loaded.journey, options, d);
  return d;
}

std::size_t count(const Diagnostics& d, RuleId rule) {
  std::size_t n = 0;
  for (const Diagnostic& item : d.items()) n += item.rule == rule.name() ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("governance: nothing by default") {
  Diagnostics d = run({});
  for (RuleId rule : {rules::pain_without_evidence, rules::stale_journey, rules::kpi_without_source, rules::persona_without_goal})
    CHECK(count(d, rule) == 0);
}

TEST_CASE("governance: each rule turned on finds only what lacks it") {
  ValidateOptions options;
  options.enabled = {"pain-without-evidence", "kpi-without-source", "persona-without-goal"};
  Diagnostics d = run(options);
  CHECK(count(d, rules::pain_without_evidence) == 1);
  CHECK(count(d, rules::kpi_without_source) == 1);
  CHECK(count(d, rules::persona_without_goal) == 1);
  CHECK(count(d, rules::stale_journey) == 0);
}

TEST_CASE("stale-journey: days from updated to today against stale_after_days; a missing date is stale") {
  ValidateOptions options;
  options.enabled = {"stale-journey"};
  options.today = *parse_iso_date("2026-11-28");  // 211 days after 2026-05-01
  CHECK(count(run(options), rules::stale_journey) == 1);
  options.stale_after_days = 211;
  CHECK(count(run(options), rules::stale_journey) == 0);
  options.stale_after_days = 210;
  Diagnostics d = run(options);
  REQUIRE(count(d, rules::stale_journey) == 1);
  for (const Diagnostic& item : d.items())
    if (item.rule == rules::stale_journey.name())
      CHECK(item.message == "the journey was updated 211 days ago, more than the 210 days of 'stale_after_days'");
  CHECK(count(run(options, "jmap: 1\ntitle: T\nstages: []\n"), rules::stale_journey) == 1);
}

TEST_CASE("statuses: the project's set replaces the default one") {
  const char* text = "jmap: 1\ntitle: T\nstatus: live\nstages: []\n";
  CHECK(count(run({}, text), rules::bad_value) == 1);
  ValidateOptions options;
  options.statuses = {"draft", "live"};
  CHECK(count(run(options, text), rules::bad_value) == 0);
}
