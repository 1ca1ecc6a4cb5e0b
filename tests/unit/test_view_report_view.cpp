// The report view: every text the page shows, formatted once, with nothing of the model
// left for a renderer to derive.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "jmap/report_view.hpp"
#include "test_support.hpp"

using namespace jmap;
using jmap::test::contains;
using jmap::test::Loaded;

namespace {

const char* k_journey = R"(jmap: 1
title: Report
scale: {min: 1, max: 5, labels: {1: awful, 2: unhappy, 3: neutral, 4: happy, 5: great}}
personas:
  - {id: a, name: Anna, goals: [Be quick]}
  - {id: b, name: Ben}
touchpoints:
  - {id: web, name: Website, kind: digital}
  - {id: shop, name: Shop, kind: physical}
stages:
  - id: one
    name: One
    objective: Get going
    motivations: [Wants it done]
    reached: 1000
    steps:
      - id: s1
        name: First
        touchpoints: [web, shop]
        emotion: {a: 2, b: 4}
        evidence:
          - {quote: It took ages, source: Interview 3, date: 2026-01-02}
        pains: [{id: slow, text: It is slow, severity: high}]
        opportunities: [{text: Make it fast, addresses: [slow]}]
        next: [s2]
      - {id: s2, name: Second, emotion: 3, next: [s1, s3]}
      - {id: s3, name: Third, emotion: 4}
    pains: [{id: vague, text: Nobody explains it}]
    kpis: [{id: k, name: Speed, target: 10, actual: 12, unit: s, better: lower}]
  - id: two
    name: Two
    reached: 250
)";

// Only the view, without drawing: a copy whose pictures are not looked at.
ReportView view_of(const Journey& journey, const std::string& persona = "") {
  ReportViewOptions options;
  options.persona = persona;
  options.theme = "contrast";
  return make_report_view(journey, options);
}

}  // namespace

TEST_CASE("report view: the header and a silent field are absent, not empty") {
  Loaded l(k_journey);
  REQUIRE(l.journey);
  ReportView view = view_of(*l.journey);
  CHECK(view.header.title == "Report");
  CHECK_FALSE(view.header.description);
  CHECK(view.header.state_label == "Current state");
  CHECK_FALSE(view.header.scope);
  REQUIRE(view.personas.size() == 2);
  CHECK_FALSE(view.personas[1].description);
  CHECK(view.personas[0].goals == std::vector<std::string>{"Be quick"});
  CHECK(view.stages[0].objective == "Get going");
  CHECK_FALSE(view.stages[1].objective);
  CHECK(view.stages[1].columns == 1);
  CHECK(view.columns == 4);
}

TEST_CASE("report view: counts agree with their words") {
  Loaded l(k_journey);
  ReportView view = view_of(*l.journey);
  CHECK(view.stage_count.text == "2 stages");
  CHECK(view.step_count.text == "3 steps");
  CHECK(view.pain_count.text == "2 pain points");
  CHECK(view.opportunity_count.text == "1 opportunity");
  CHECK(view.kpi_count.text == "1 KPI");
  REQUIRE(view.kpi_summary);
  CHECK(view.kpi_summary->met_text == "0 KPIs met");
  CHECK(view.kpi_summary->text == "0 met \u00B7 1 missed \u00B7 0 without data");
}

TEST_CASE("report view: KPIs, the funnel and the channel mix are formatted for reading") {
  Loaded l(k_journey);
  ReportView view = view_of(*l.journey);
  const ReportKpi& kpi = view.stages[0].kpis.at(0);
  CHECK(kpi.actual == "12 s");
  CHECK(kpi.target == "10 s");
  CHECK(kpi.comparison == "\u2264");
  CHECK(kpi.status == "missed");
  CHECK(kpi.status_label == "Missed");
  CHECK(kpi.figures == "Actual 12 s \u00B7 Target \u2264\u00A010 s");
  REQUIRE(view.funnel.size() == 2);
  CHECK(view.funnel[1].share == "25%");
  CHECK(view.funnel[1].change == "\u221275%");
  CHECK_FALSE(view.funnel[0].change);
  const ReportMix& mix = view.stages[0].mix;
  CHECK(mix.digital == 1);
  CHECK(mix.physical == 1);
  CHECK(mix.digital_share == "50%");
  REQUIRE(mix.segments.size() == 2);
  CHECK(mix.segments[1].x == "50.0");
}

TEST_CASE("report view: a funnel that grows is a signed rise, never a negative drop") {
  Loaded l(R"(jmap: 1
title: T
stages:
  - {id: a, name: A, reached: 100}
  - {id: b, name: B, reached: 120}
  - {id: c, name: C, reached: 120}
)");
  REQUIRE(l.journey);
  ReportView view = view_of(*l.journey);
  CHECK(view.funnel[1].change == "+20%");
  CHECK(view.funnel[1].grew);
  CHECK(view.funnel[2].change == "0%");
  CHECK_FALSE(view.funnel[2].grew);
}

TEST_CASE("report view: a KPI's unit follows its number as it is read") {
  Loaded l(R"(jmap: 1
title: T
stages:
  - id: s
    name: S
    kpis:
      - {id: a, name: Rating, target: 4.3, actual: 4.1, unit: /5}
      - {id: b, name: Share, actual: 58.4, unit: "%"}
      - {id: c, name: Count, target: 3}
)");
  REQUIRE(l.journey);
  ReportView view = view_of(*l.journey);
  const auto& kpis = view.stages[0].kpis;
  CHECK(kpis[0].actual == "4.1/5");
  CHECK(kpis[1].actual == "58.4%");
  CHECK(kpis[2].status == "unknown");
  CHECK(kpis[2].figures == "Target \u2265\u00A03");
  CHECK(view.kpi_summary->met_text == "0 KPIs met");
}

TEST_CASE("report view: one KPI met is singular") {
  Loaded l("jmap: 1\ntitle: T\nstages:\n  - {id: s, name: S, kpis: [{id: k, name: K, target: 1, actual: 2}]}\n");
  REQUIRE(l.journey);
  CHECK(view_of(*l.journey).kpi_summary->met_text == "1 KPI met");
}

TEST_CASE("report view: pains and opportunities stand in their own step, stage-level ones in the stage") {
  Loaded l(k_journey);
  ReportView view = view_of(*l.journey);
  const ReportStage& one = view.stages[0];
  REQUIRE(one.steps[0].pains.size() == 1);
  CHECK(one.steps[0].pains[0].number == "P1");
  CHECK(one.steps[0].pains[0].step_id == "s1");
  CHECK(one.steps[1].pains.empty());
  REQUIRE(one.own_pains.size() == 1);
  CHECK(one.own_pains[0].number == "P2");
  CHECK_FALSE(one.own_pains[0].step);
  CHECK(one.pains.size() == 2);  // the steps', then the stage's
  CHECK(view.pains.size() == 2);
  REQUIRE(one.steps[0].opportunities.size() == 1);
  CHECK(one.steps[0].opportunities[0].addresses.at(0).number == "P1");
  CHECK(view.pains[0].addressed_by.at(0).anchor == "opportunity-1");
}

TEST_CASE("report view: a stage's pains know the opportunities that address them, from any stage") {
  Loaded l(R"(jmap: 1
title: T
stages:
  - id: one
    name: One
    steps:
      - id: a
        name: A
        pains: [{id: slow, text: Slow}]
        opportunities: [{text: Cache, addresses: [slow]}]
    pains: [{id: rude, text: Rude}]
  - id: two
    name: Two
    opportunities: [{text: Train staff, addresses: [rude, slow]}]
)");
  REQUIRE(l.journey);
  ReportView view = view_of(*l.journey);
  REQUIRE(view.pains.size() == 2);
  CHECK(view.pains[0].addressed_by.size() == 2);
  CHECK(view.pains[0].addressed_by[1].text == "Train staff");
  CHECK(view.pains[1].addressed_by.at(0).anchor == "opportunity-2");
  CHECK(view.opportunities[1].addresses.size() == 2);
}

TEST_CASE("report view: a step's emotion shows the personas' spread and each persona") {
  Loaded l(k_journey);
  ReportView view = view_of(*l.journey);
  const ReportStep& first = view.stages[0].steps[0];
  REQUIRE(first.emotion);
  CHECK(first.emotion->text == "3 \u00B7 neutral (2\u20134)");
  CHECK(first.emotion->spread == "2\u20134");
  CHECK(first.emotion->level == 3);
  REQUIRE(first.emotion->by_persona.size() == 2);
  CHECK(first.emotion->by_persona[0].persona == "Anna");
  CHECK(first.emotion->by_persona[0].text == "2 \u00B7 unhappy");
  CHECK(first.emotion->by_persona[0].level == 2);
  CHECK(first.emotion->by_persona[1].level == 4);
  const ReportStep& second = view.stages[0].steps[1];
  CHECK(second.emotion->text == "3 \u00B7 neutral");
  CHECK_FALSE(second.emotion->spread);
}

TEST_CASE("report view: one next step is Next, more are branches") {
  Loaded l(k_journey);
  ReportView view = view_of(*l.journey);
  const auto& steps = view.stages[0].steps;
  CHECK(steps[0].next_label == "Next");
  CHECK(steps[0].next.at(0).text == "Second");
  CHECK(steps[0].next.at(0).anchor == "step-s2");
  CHECK(steps[1].next_label == "Branches");
  CHECK_FALSE(steps[2].next_label);
}

TEST_CASE("report view: evidence keeps its kind; a finding is a plain fact with its source") {
  Loaded l(k_journey);
  REQUIRE(l.journey);
  Journey journey = *l.journey;
  Evidence finding = journey.stages[0].steps[0].evidence[0];
  finding.kind = EvidenceKind::finding;
  finding.date = Text{};
  journey.stages[0].steps[0].evidence.push_back(finding);
  ReportView view = view_of(journey);
  const auto& evidence = view.stages[0].steps[0].evidence;
  REQUIRE(evidence.size() == 2);
  CHECK(evidence[0].kind == "quote");
  CHECK(evidence[0].quoted);
  CHECK(evidence[0].cite == "Interview 3, 2026-01-02");
  CHECK(evidence[1].kind == "finding");
  CHECK_FALSE(evidence[1].quoted);
  CHECK(evidence[1].cite == "Interview 3");
}

TEST_CASE("report view: lanes with nothing anywhere are left out") {
  Loaded l(k_journey);
  ReportLanes lanes = view_of(*l.journey).lanes;
  CHECK(lanes.objective);
  CHECK(lanes.motivations);
  CHECK_FALSE(lanes.questions);
  CHECK_FALSE(lanes.hurdles);
  CHECK(lanes.evidence);
  CHECK(lanes.pains);
  CHECK(lanes.stage_pains);
  CHECK(lanes.opportunities);
  CHECK_FALSE(lanes.stage_opportunities);
  CHECK(lanes.kpis);
  CHECK_FALSE(lanes.thinks);
  CHECK_FALSE(lanes.frontstage);
  CHECK(lanes.touchpoints);
  CHECK(lanes.emotion);
}

TEST_CASE("report view: a persona's curve breaks over the steps it does not take") {
  Loaded l(R"(jmap: 1
title: T
personas: [{id: a, name: Anna}, {id: b, name: Ben}]
stages:
  - id: s
    name: S
    steps:
      - {id: s1, name: One, emotion: {a: 2, b: 4}}
      - {id: s2, name: Two, personas: [b], emotion: 3}
      - {id: s3, name: Three, emotion: {a: 4, b: 2}}
)");
  REQUIRE(l.journey);
  ReportView view = view_of(*l.journey);
  REQUIRE(view.curves.size() == 2);
  CHECK(view.curves[0].persona == "Anna");
  CHECK(view.curves[0].points == "50.0,70.0 250.0,30.0");
  CHECK(view.curves[0].segments == std::vector<std::string>{"M50.0,70.0", "M250.0,30.0"});
  CHECK(view.curves[1].segments.size() == 1);  // Ben takes every step
  CHECK(view.curves[1].dots.size() == 3);
  CHECK(view.curves[1].dots[1].title == "Two: 3 (neutral) \u2014 Ben");
}

TEST_CASE("report view: after six colours the curves repeat them with a pattern") {
  std::string text = "jmap: 1\ntitle: T\npersonas:\n";
  std::string values;
  for (int i = 0; i < 14; ++i) {
    text += fmt::format("  - {{id: p{0}, name: P{0}}}\n", i);
    values += fmt::format("{}p{}: 3", i ? ", " : "", i);
  }
  text += "stages:\n  - id: s\n    name: S\n    steps:\n      - {id: a, name: A, emotion: {" + values + "}}\n";
  Loaded l(text);
  REQUIRE(l.journey);
  ReportView view = view_of(*l.journey);
  REQUIRE(view.curves.size() == 14);
  CHECK(view.curves[5].colour == 5);
  CHECK(view.curves[5].pattern == "solid");
  CHECK(view.curves[6].colour == 0);
  CHECK(view.curves[6].pattern == "dashed");
  CHECK(view.curves[13].pattern == "dotted");
}

TEST_CASE("report view: the curve path is a smooth cubic through the points") {
  Loaded l(R"(jmap: 1
title: T
stages:
  - id: s
    name: S
    steps: [{id: a, name: A, emotion: 1}, {id: b, name: B, emotion: 5}, {id: c, name: C, emotion: 3}]
)");
  REQUIRE(l.journey);
  ReportView view = view_of(*l.journey);
  REQUIRE(view.curves.size() == 1);
  const std::string& path = view.curves[0].path;
  CHECK_FALSE(view.curves[0].persona);
  CHECK(path.rfind("M50.0,90.0 C", 0) == 0);
  CHECK(contains(path, " 150.0,10.0 C"));
  CHECK(path.substr(path.size() - 10) == "250.0,50.0");
  CHECK(view.curves[0].segments == std::vector<std::string>{path});
}

TEST_CASE("report view: a map of more than 20 step columns is wide (it prints step by step)") {
  auto journey_of = [](int steps) {
    std::string text = "jmap: 1\ntitle: T\nstages:\n  - id: s\n    name: S\n    steps:\n";
    for (int i = 0; i < steps; ++i) text += fmt::format("      - {{id: s{0}, name: S{0}}}\n", i);
    return text;
  };
  Loaded twenty(journey_of(20)), more(journey_of(21));
  REQUIRE(twenty.journey);
  REQUIRE(more.journey);
  CHECK_FALSE(view_of(*twenty.journey).wide_map);
  CHECK(view_of(*more.journey).wide_map);
}

TEST_CASE("report view: a persona's page keeps the whole journey's pain numbers") {
  Loaded l(R"(jmap: 1
title: Numbers
personas: [{id: a, name: Anna}, {id: b, name: Ben}]
stages:
  - id: one
    name: One
    steps:
      - {id: s1, name: First, personas: [a], pains: [{id: p-a, text: Only Anna}]}
      - {id: s2, name: Second, personas: [b], pains: [{id: p-b, text: Only Ben}]}
      - id: s3
        name: Third
        personas: [b]
        opportunities: [{text: Help Ben, addresses: [p-b]}]
)");
  REQUIRE(l.journey);
  ReportView view = view_of(journey_for_persona(*l.journey, "b"), "b");
  REQUIRE(view.pains.size() == 1);
  CHECK(view.pains[0].number == "P2");
  CHECK(view.opportunities.at(0).addresses.at(0).number == "P2");
  REQUIRE(view.header.for_persona);
  CHECK(view.header.for_persona->name == "Ben");
}

TEST_CASE("report view: the default theme brings dark pictures, a chosen one does not") {
  Loaded l(k_journey);
  CHECK(static_cast<bool>(make_report_view(*l.journey).blueprint_dark));
  CHECK_FALSE(static_cast<bool>(view_of(*l.journey).blueprint_dark));
}
