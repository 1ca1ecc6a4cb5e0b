// `--stages`: a part of the journey that still numbers stages and counts the funnel
// as the whole journey does.
#include <doctest/doctest.h>

#include "jmap/model.hpp"
#include "jmap/report_view.hpp"
#include "test_support.hpp"

using namespace jmap;
using jmap::test::Loaded;

namespace {
const char* k_four_stages = R"(jmap: 1
title: T
stages:
  - {id: a, name: Aware, reached: 1000, steps: [{id: s1, name: One, pains: [{text: Slow}]}]}
  - {id: b, name: Buy, reached: 500, steps: [{id: s2, name: Two, pains: [{text: Dear}]}]}
  - {id: c, name: Collect, steps: [{id: s3, name: Three}]}
  - {id: d, name: Done, reached: 200, steps: [{id: s4, name: Four, pains: [{text: Late}]}]}
)";
}  // namespace

TEST_CASE("journey_for_stages keeps the range and what the views need of the whole") {
  Loaded l(k_four_stages);
  REQUIRE(l.journey);
  Journey part = journey_for_stages(*l.journey, 2, 3);
  REQUIRE(part.stages.size() == 2);
  CHECK(part.stages[0].id.value == "c");
  CHECK(stage_number(part, 0) == 3);
  CHECK(stage_number(part, 1) == 4);
  CHECK(stage_number(*l.journey, 1) == 2);
  CHECK(whole_journey_reached(part).size() == 4);
  CHECK(whole_journey_stage_names(part)[1] == "Buy");
  CHECK(shown_stages_text(part) == "Stages 3\u20134 of 4: Collect to Done");
  CHECK(shown_stages_text(journey_for_stages(*l.journey, 1, 1)) == "Stage 2 of 4: Buy");
  CHECK(shown_stages_text(*l.journey).empty());
  CHECK(part.stages[1].steps[0].pains[0].number == 3);  // P3 stays P3
  // A range of a range counts from the whole journey.
  Journey inner = journey_for_stages(part, 1, 1);
  CHECK(stage_number(inner, 0) == 4);
  CHECK(inner.shown->total == 4);
}

TEST_CASE("the report's funnel of a range refers to the whole journey") {
  Loaded l(k_four_stages);
  REQUIRE(l.journey);
  ReportView view = make_report_view(journey_for_stages(*l.journey, 2, 3));
  REQUIRE(view.funnel.size() == 1);
  CHECK(view.funnel[0].stage == "Done");
  CHECK(view.funnel[0].share == "20%");       // of Aware's 1,000
  CHECK(view.funnel[0].kept.value_or("") == "40%");  // of Buy's 500, the count before it
  REQUIRE(view.stages.size() == 2);
  CHECK(view.stages[0].number == "3");
  CHECK(view.header.stages_shown.value_or("") == "Stages 3\u20134 of 4: Collect to Done");
}
