// The template data: every key present (false or empty when the journey is silent),
// numbers formatted, pains numbered and linked both ways.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "render/report_data.hpp"
#include "test_support.hpp"

using namespace jmap;
using jmap::test::Loaded;
using kainjow::mustache::data;
using kainjow::mustache::mustache;

namespace {

const char* k_journey = R"(jmap: 1
title: Report
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
    reached: 1000
    steps:
      - id: s1
        name: First
        touchpoints: [web, shop]
        emotion: {a: 2, b: 4}
        pains: [{id: slow, text: It is slow, severity: high}]
        opportunities: [{text: Make it fast, addresses: [slow]}]
    kpis: [{id: k, name: Speed, target: 10, actual: 12, unit: s, better: lower}]
  - id: two
    name: Two
    reached: 250
)";

std::string render(const std::string& tmpl, const data& d) {
  mustache page(tmpl);
  REQUIRE(page.is_valid());
  return page.render(d);
}

}  // namespace

TEST_CASE("report data: a silent field is false, not looked up in the enclosing context") {
  Loaded l(k_journey);
  REQUIRE(l.journey);
  data d = report_data(*l.journey, "", {});
  // Ben has no description or goals: the journey's fields must not leak into his card.
  CHECK(render("{{#personas}}[{{name}}:{{#description}}D{{/description}}:{{#has_goals}}G{{/has_goals}}]{{/personas}}", d) ==
        "[Anna::G][Ben::]");
  CHECK(render("{{#stages}}{{name}}={{#objective}}{{objective}}{{/objective}}{{^objective}}none{{/objective}};{{/stages}}", d) ==
        "One=Get going;Two=none;");
  CHECK(render("{{#stages}}{{#has_kpis}}{{name}} has KPIs;{{/has_kpis}}{{/stages}}", d) == "One has KPIs;");
}

TEST_CASE("report data: KPIs, funnel and channel mix are formatted for reading") {
  Loaded l(k_journey);
  data d = report_data(*l.journey, "", {});
  CHECK(render("{{#stages}}{{#kpis}}{{name}} {{actual}} {{comparison}} {{target}} {{status}} {{status_label}}{{/kpis}}{{/stages}}", d) ==
        "Speed 12 s \u2264 10 s missed Missed");
  CHECK(render("{{#funnel}}{{stage}} {{reached}} {{share}} {{#drop}}-{{drop}}{{/drop}};{{/funnel}}", d) ==
        "One 1,000 100% ;Two 250 25% -75%;");
  CHECK(render("{{#stages}}{{#mix}}{{digital}}/{{physical}}/{{human}} {{digital_share}};{{/mix}}{{/stages}}", d) ==
        "1/1/0 50%;0/0/0 0%;");
  // The stacked bar: only the kinds used, side by side.
  CHECK(render("{{#stages}}{{#mix}}{{#segments}}{{kind}} {{x}}+{{width}} ({{count}}),{{/segments}};{{/mix}}{{/stages}}", d) ==
        "digital 0.0+50.0 (1),physical 50.0+50.0 (1),;;");
  CHECK(render("{{stage_count}} {{stage_word}}, {{step_count}} {{step_word}}", d) == "2 stages, 1 step");
}

TEST_CASE("report data: a KPI's unit follows its number as it is read") {
  Loaded l(R"(jmap: 1
title: T
stages:
  - id: s
    name: S
    kpis:
      - {id: a, name: Rating, target: 4.3, actual: 4.1, unit: /5}
      - {id: b, name: Wait, target: 20, unit: min, better: lower}
      - {id: c, name: Share, actual: 58.4, unit: "%"}
      - {id: d, name: Count, target: 3}
)");
  REQUIRE(l.journey);
  data d = report_data(*l.journey, "", {});
  CHECK(render("{{#stages}}{{#kpis}}{{name}}: {{actual}} {{comparison}} {{target}};{{/kpis}}{{/stages}}", d) ==
        "Rating: 4.1/5 \u2265 4.3/5;Wait:  \u2264 20 min;Share: 58.4% \u2265 ;Count:  \u2265 3;");
}

TEST_CASE("report data: a map of more than 20 step columns is wide (it prints step by step)") {
  auto journey_of = [](int steps) {
    std::string text = "jmap: 1\ntitle: T\nstages:\n  - id: s\n    name: S\n    steps:\n";
    for (int i = 0; i < steps; ++i) text += fmt::format("      - {{id: s{0}, name: S{0}}}\n", i);
    return text;
  };
  Loaded twenty(journey_of(20)), more(journey_of(21));
  REQUIRE(twenty.journey);
  REQUIRE(more.journey);
  CHECK(render("{{columns}} {{#wide_map}}wide{{/wide_map}}{{^wide_map}}fits{{/wide_map}}", report_data(*twenty.journey, "", {})) == "20 fits");
  CHECK(render("{{columns}} {{#wide_map}}wide{{/wide_map}}{{^wide_map}}fits{{/wide_map}}", report_data(*more.journey, "", {})) == "21 wide");
}

TEST_CASE("report data: pains numbered, opportunities linked to them and back") {
  Loaded l(k_journey);
  data d = report_data(*l.journey, "", {});
  CHECK(render("{{#pains}}{{number}} {{anchor}} {{severity}}{{#addressed_by}} <- {{anchor}}{{/addressed_by}}{{/pains}}", d) ==
        "P1 pain-1 high <- opportunity-1");
  CHECK(render("{{#opportunities}}{{text}}{{#addresses}} -> {{number}} {{anchor}}{{/addresses}}{{/opportunities}}", d) ==
        "Make it fast -> P1 pain-1");
}

TEST_CASE("report data: a stage's pains know the opportunities that address them, from any stage") {
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
  data d = report_data(*l.journey, "", {});
  const char* by = "{{#pains}}{{number}}:{{#addressed_by}} {{anchor}}={{text}}{{/addressed_by}};{{/pains}}";
  std::string expected = "P1: opportunity-1=Cache opportunity-2=Train staff;P2: opportunity-2=Train staff;";
  CHECK(render(by, d) == expected);
  CHECK(render(std::string("{{#stages}}") + by + "{{/stages}}", d) == expected);
  CHECK(render("{{#opportunities}}{{anchor}}{{#addresses}} {{number}}{{/addresses}};{{/opportunities}}", d) ==
        "opportunity-1 P1;opportunity-2 P2 P1;");
}

TEST_CASE("report data: per-persona emotion gives a curve per persona") {
  Loaded l(k_journey);
  data d = report_data(*l.journey, "", {});
  CHECK(render("{{#curves}}{{persona}}:{{points}};{{/curves}}", d) == "Anna:50.0,70.0;Ben:50.0,30.0;");
  CHECK(render("{{#curves}}{{path}};{{/curves}}", d) == "M50.0,70.0;M50.0,30.0;");  // one point: no segment
  CHECK(render("{{#stages}}{{#steps}}{{#emotion}}{{value}} L{{level}}{{#by_persona}} {{persona}}={{value}}{{/by_persona}}{{/emotion}}{{/steps}}{{/stages}}", d) ==
        "3 L3 Anna=2 Ben=4");
}

TEST_CASE("report data: values are data, never template text") {
  Loaded l(R"(jmap: 1
title: "{{#stages}}x{{/stages}} <b>"
stages: [{id: s, name: S}]
)");
  REQUIRE(l.journey);
  data d = report_data(*l.journey, "", {});
  CHECK(render("{{title}}", d) == "{{#stages}}x{{/stages}} &lt;b&gt;");
}

TEST_CASE("report data: the curve path is a smooth cubic through the points") {
  Loaded l(R"(jmap: 1
title: T
stages:
  - id: s
    name: S
    steps: [{id: a, name: A, emotion: 1}, {id: b, name: B, emotion: 5}, {id: c, name: C, emotion: 3}]
)");
  REQUIRE(l.journey);
  data d = report_data(*l.journey, "", {});
  std::string path = render("{{#curves}}{{path}}{{/curves}}", d);
  CHECK(path.rfind("M50.0,90.0 C", 0) == 0);
  CHECK(jmap::test::contains(path, " 150.0,10.0 C"));
  CHECK(path.size() > 30);
  CHECK(path.substr(path.size() - 10) == "250.0,50.0");
}

TEST_CASE("report data: a persona's page keeps the whole journey's pain numbers") {
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
  Journey ben = journey_for_persona(*l.journey, "b");
  data d = report_data(ben, "b", {});
  // On the full map Ben's pain is P2; his page must not call it P1.
  CHECK(render("{{#pains}}{{number}} {{text}};{{/pains}}", d) == "P2 Only Ben;");
  CHECK(render("{{#opportunities}}{{#addresses}}{{number}}{{/addresses}};{{/opportunities}}", d) == "P2;");
}
