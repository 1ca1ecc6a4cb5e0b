// The Markdown page: the report view's texts and numbers in GFM tables, every journey
// text escaped, the map linked only when asked.
#include <doctest/doctest.h>

#include <string>

#include "jmap/render.hpp"
#include "jmap/report_view.hpp"
#include "test_support.hpp"

using namespace jmap;
using namespace jmap::test;

namespace {

constexpr std::string_view k_journey = R"(jmap: 1
title: 'Shop | *fast*'
scale: {min: 1, max: 5, labels: {1: awful, 2: bad, 3: meh, 4: good, 5: great}}
personas:
  - {id: ann, name: Ann, goals: [Save time]}
  - {id: bob, name: Bob}
touchpoints:
  - {id: web, name: Website, channel: web, kind: digital}
stages:
  - id: buy
    name: Buy
    objective: '# Pay _quickly_'
    kpis:
      - {id: conv, name: Conversion, target: 50, actual: 40, unit: '%'}
      - {id: wait, name: Wait, target: 30, actual: 20, unit: s, better: lower}
    steps:
      - id: pick
        name: Picks
        does: 'Adds [items](x) to the cart'
        touchpoints: [web]
        emotion: {ann: 4, bob: 2}
        evidence:
          - {quote: 'I love <b>it</b>', source: Interview 1}
          - {metric: 40% convert}
        pains:
          - {id: slow, text: 'Slow | laggy', severity: high}
        opportunities:
          - {text: Cache the cart, addresses: [slow]}
      - id: pay
        name: Pays
        personas: [ann]
        emotion: 3
        fail_point: true
)";

std::string page(const RenderOptions& options = {}) {
  Loaded l{std::string(k_journey)};
  REQUIRE(l.journey);
  return render_markdown(make_report_view(*l.journey), options);
}

}  // namespace

TEST_SUITE("render::markdown") {

TEST_CASE("the page has the title, a persona table and a stage with its step table") {
  std::string md = page();
  CHECK(md.rfind("# Shop \\| \\*fast\\*\n", 0) == 0);
  CHECK(contains(md, "| Persona | Description | Goals | Frustrations |\n| --- | --- | --- | --- |\n| Ann | \u2014 | Save time | \u2014 |\n"));
  CHECK(contains(md, "## 1. Buy\n\n**Objective:** \\# Pay \\_quickly\\_\n"));
  CHECK(contains(md, "| Step | Does | Touchpoints | Emotion: Ann | Emotion: Bob | Pains | Opportunities |\n"));
  CHECK(contains(md, "| Picks | Adds \\[items\\](x) to the cart | Website (web) | 4 \u00B7 good | 2 \u00B7 bad | P1 Slow \\| laggy (high) | "
                     "Cache the cart (addresses P1) |\n"));
  // Ann takes the step with its one value; Bob does not: a gap, as on the map.
  CHECK(contains(md, "| Pays (fail point) | \u2014 | \u2014 | 3 \u00B7 meh | \u2014 | \u2014 | \u2014 |\n"));
}

TEST_CASE("evidence: a quote as a blockquote, a metric as a fact") {
  std::string md = page();
  CHECK(contains(md, "### Evidence: Buy\n\n**Picks**\n\n> \u201CI love &lt;b&gt;it&lt;/b&gt;\u201D\n>\n> \u2014 Interview 1\n\n"));
  CHECK(contains(md, "- **Metric:** 40% convert\n"));
}

TEST_CASE("the KPI table says met and missed, with the comparison") {
  std::string md = page();
  CHECK(contains(md, "## KPIs\n\n1 met \u00B7 1 missed \u00B7 0 without data\n"));
  CHECK(contains(md, "| Conversion | Buy | \u2265\u00A050% | 40% | \u2717 Missed | \u2014 |\n"));
  CHECK(contains(md, "| Wait | Buy | \u2264\u00A030 s | 20 s | \u2713 Met | \u2014 |\n"));
}

TEST_CASE("the map is an image link only with --image, its path kept inside the link") {
  CHECK_FALSE(contains(page(), "!["));
  RenderOptions options;
  options.image = "maps/shop map.svg";
  CHECK(contains(page(options), "![Journey map: Shop \\| \\*fast\\*](maps/shop%20map.svg)\n"));
}

TEST_CASE("the page is deterministic and ends in one newline") {
  std::string md = page();
  CHECK(md == page());
  CHECK(md.ends_with("|\n"));
  CHECK_FALSE(md.ends_with("\n\n"));
}

}  // TEST_SUITE
