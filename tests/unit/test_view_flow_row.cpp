// The flow laid out in one row by jmap (large journeys): equal stage bands, steps on one
// line, touchpoints stacked above their step, the path straight, jumps as arcs below.
#include <doctest/doctest.h>

#include <algorithm>
#include <string_view>

#include "jmap/view.hpp"
#include "test_support.hpp"
#include "view/flow_row.hpp"

using namespace jmap;
using jmap::test::Loaded;

namespace {

const char* k_journey = R"(jmap: 1
title: Row
personas: [{id: p, name: P}]
touchpoints:
  - {id: web, name: Website, kind: digital}
  - {id: agent, name: Agent, kind: human}
stages:
  - id: one
    name: One
    steps:
      - {id: a, name: A, touchpoints: [web, agent], emotion: 5}
      - {id: b, name: A much longer step name, emotion: 1, next: [c, a]}
  - id: two
    name: Two
    steps:
      - {id: c, name: C}
      - {id: d, name: D}
)";

const Box& box(const View& view, std::string_view id) {
  for (const Box& b : view.boxes)
    if (b.id == id) return b;
  FAIL("no box " << id);
  return view.boxes.front();
}

const Curve* curve(const View& view, std::string_view id) {
  for (const Curve& c : view.curves)
    if (c.id == id) return &c;
  return nullptr;
}

double centre_y(const Box& b) { return b.y + b.height / 2; }
double centre_x(const Box& b) { return b.x + b.width / 2; }

View laid_out() {
  Loaded l(k_journey);
  REQUIRE(l.journey);
  return lay_out_flow_row(make_flow_view(*l.journey));
}

}  // namespace

TEST_CASE("flow row: stages are bands of one height side by side, the steps' centres on one line") {
  View view = laid_out();
  const Box& one = box(view, "stage.one");
  const Box& two = box(view, "stage.two");
  CHECK(one.y == two.y);
  CHECK(one.height == two.height);
  CHECK(two.x > one.x + one.width);
  CHECK(centre_y(box(view, "step.a")) == centre_y(box(view, "step.d")));
  CHECK(box(view, "step.b").width > box(view, "step.a").width);  // sized to its text
  for (std::string_view step : {"step.a", "step.b"}) {
    CHECK(box(view, step).x > one.x);
    CHECK(box(view, step).x + box(view, step).width < one.x + one.width);
  }
  CHECK(view.boxes.front().id == "background");
  for (const Box& b : view.boxes) CHECK(b.id.rfind("band-", 0) != 0);  // dot's spacers stay out
  CHECK(view.boxes.front().width == view.width);
}

TEST_CASE("flow row: touchpoints stand above their step, in its column, shaped by kind") {
  View view = laid_out();
  const Box& step = box(view, "step.a");
  const Box& web = box(view, "touchpoint.a.web");
  const Box& agent = box(view, "touchpoint.a.agent");
  CHECK(web.y + web.height < step.y);
  CHECK(agent.y + agent.height < web.y);
  CHECK(centre_x(web) == doctest::Approx(centre_x(step)));
  CHECK(agent.shape == "ellipse");
  CHECK(web.shape == "box");
  REQUIRE(curve(view, "touchpoint.a.web.link"));
  CHECK(curve(view, "touchpoint.a.web.link")->dashed);
}

TEST_CASE("flow row: the path is straight arrows; a branch and a loop arc under the row, labelled") {
  View view = laid_out();
  const Curve* next = curve(view, "next.a.b");
  REQUIRE(next);
  CHECK(next->controls.front().y == next->controls.back().y);
  CHECK(next->arrow_tip);
  const Curve* loop = curve(view, "next.b.a");
  REQUIRE(loop);
  CHECK(loop->dashed);
  double bottom = box(view, "step.b").y + box(view, "step.b").height;
  CHECK(loop->controls[1].y > bottom);
  REQUIRE(loop->arrow_tip);
  CHECK(loop->arrow_tip->y == doctest::Approx(box(view, "step.a").y + box(view, "step.a").height));
  CHECK(box(view, "next.b.a.label").lines.front().front().text == "loops back");
  // b -> c crosses from stage one to two: an arrow no longer than the bands' padding,
  // whose colour says "branch" without a word.
  REQUIRE(curve(view, "next.b.c"));
  CHECK(curve(view, "next.b.c")->color != curve(view, "next.a.b")->color);
  CHECK(std::none_of(view.boxes.begin(), view.boxes.end(), [](const Box& b) { return b.id == "next.b.c.label"; }));
  // The bands reach under the deepest arc and its label.
  const Box& one = box(view, "stage.one");
  CHECK(one.y + one.height > box(view, "next.b.a.label").y + box(view, "next.b.a.label").height);
}

TEST_CASE("flow row: a large journey's flow picture is laid out by jmap, a small one by dot") {
  Loaded small(k_journey);
  ViewOptions options;
  options.kind = ViewKind::flow;
  CHECK(std::holds_alternative<Graph>(make_picture(*small.journey, options).drawing));
  std::string yaml = "jmap: 1\ntitle: Big\nstages:\n  - id: s\n    name: S\n    steps:\n";
  for (std::size_t i = 0; i <= k_flow_row_steps; ++i) yaml += "      - {id: s" + std::to_string(i) + ", name: Step}\n";
  Loaded big(yaml);
  REQUIRE(big.journey);
  CHECK(std::holds_alternative<View>(make_picture(*big.journey, options).drawing));
}
