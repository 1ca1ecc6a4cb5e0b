// The dark flow and blueprint of a page are the light ones' SVG recoloured: byte for byte
// what a second layout would draw (once inline, as the page has it), and give up when the graphs differ in more than
// colours and ids.
#include <doctest/doctest.h>

#include "jmap/render.hpp"
#include "render/inline_svg.hpp"
#include "render/svg_recolour.hpp"
#include "test_support.hpp"
#include "view/flow_row.hpp"

using namespace jmap;

namespace {

Journey example(const char* name) {
  SourceSet sources;
  Diagnostics diagnostics;
  std::optional<Journey> journey =
      load_journey_file(std::string(JMAP_TEST_DATA) + "/../../examples/" + name + ".yaml", {}, sources, diagnostics);
  REQUIRE(journey);
  return *journey;
}

Picture flow(const Journey& journey, const char* theme, const char* prefix, bool heading) {
  ViewOptions options;
  options.kind = ViewKind::flow;
  options.theme = theme;
  options.id_prefix = prefix;
  options.heading = heading;
  return make_picture(journey, options);
}

}  // namespace

TEST_CASE("a recoloured flow is the flow laid out in the other theme, on every example") {
  for (const char* name : {"ecommerce-first-order", "clinic-visit", "customer-support"}) {
    Journey journey = example(name);
    for (bool heading : {false, true}) {
      std::string what = std::string(name) + (heading ? " with heading and key" : "");
      INFO(what);
      Picture light = flow(journey, "default", "flow-", heading);
      Picture dark = flow(journey, "dark", "flow-dark-", heading);
      std::optional<std::string> recoloured = recoloured_svg(render_picture(light, "svg"), light, dark);
      REQUIRE(recoloured);
      // As the page has it: Graphviz's comments (which name the elements) left out.
      CHECK(inline_svg(*recoloured) == inline_svg(render_picture(dark, "svg")));
    }
  }
}

TEST_CASE("a recoloured blueprint, and a flow laid out in one row, are the view drawn in the other theme") {
  for (const char* name : {"ecommerce-first-order", "clinic-visit", "customer-support"}) {
    Journey journey = example(name);
    INFO(std::string(name));
    ViewOptions options;
    options.kind = ViewKind::blueprint;
    options.id_prefix = "blueprint-";
    options.heading = false;
    Picture light = make_picture(journey, options);
    options.theme = "dark";
    options.id_prefix = "blueprint-dark-";
    Picture dark = make_picture(journey, options);
    std::optional<std::string> recoloured = recoloured_svg(render_picture(light, "svg"), light, dark);
    REQUIRE(recoloured);
    CHECK(inline_svg(*recoloured) == inline_svg(render_picture(dark, "svg")));
  }
}

TEST_CASE("a flow laid out in one row (a large journey's) is recoloured too, its every id prefixed") {
  std::string yaml = "jmap: 1\ntitle: Big\npersonas: [{id: p, name: P}]\n"
                     "touchpoints: [{id: web, name: Web, kind: digital}, {id: desk, name: Desk, kind: human}]\nstages:\n";
  for (std::size_t stage = 0; stage < 3; ++stage) {
    yaml += "  - id: s" + std::to_string(stage) + "\n    name: Stage\n    steps:\n";
    for (std::size_t i = 0; i <= k_flow_row_steps / 3; ++i) {
      std::string id = std::to_string(stage) + "-" + std::to_string(i);
      yaml += "      - {id: s" + id + ", name: Step, emotion: " + std::to_string(1 + i % 5) + ", touchpoints: [" +
              (i % 2 ? "web" : "desk") + "]" + (i == 5 ? ", next: [s" + id + "]" : "") + "}\n";
    }
  }
  jmap::test::Loaded loaded(yaml);
  REQUIRE(loaded.journey);
  Picture light = flow(*loaded.journey, "default", "flow-", true);
  Picture dark = flow(*loaded.journey, "dark", "flow-dark-", true);
  REQUIRE(std::holds_alternative<View>(light.drawing));
  for (const Box& box : std::get<View>(dark.drawing).boxes) CHECK(box.id.rfind("flow-dark-", 0) == 0);
  std::optional<std::string> recoloured = recoloured_svg(render_picture(light, "svg"), light, dark);
  REQUIRE(recoloured);
  CHECK(inline_svg(*recoloured) == inline_svg(render_picture(dark, "svg")));
}

TEST_CASE("a view with a box too wide for one table (its text in a node of its own) is recoloured too") {
  std::string yaml = "jmap: 1\ntitle: Wide\npersonas: [{id: p, name: P}]\nstages:\n  - id: s\n    name: Long stage\n    steps:\n";
  for (int i = 0; i < 400; ++i) yaml += "      - {id: s" + std::to_string(i) + ", name: Step, emotion: 3}\n";
  jmap::test::Loaded loaded(yaml);
  REQUIRE(loaded.journey);
  ViewOptions options;
  options.kind = ViewKind::blueprint;
  options.id_prefix = "blueprint-";
  Picture light = make_picture(*loaded.journey, options);
  options.theme = "dark";
  options.id_prefix = "blueprint-dark-";
  Picture dark = make_picture(*loaded.journey, options);
  std::string svg = render_picture(light, "svg");
  REQUIRE(svg.find("id=\"blueprint&#45;header.text\"") != std::string::npos);
  std::optional<std::string> recoloured = recoloured_svg(svg, light, dark);
  REQUIRE(recoloured);
  CHECK(inline_svg(*recoloured) == inline_svg(render_picture(dark, "svg")));
}

TEST_CASE("a flow that differs in more than colours is not recoloured") {
  Journey journey = example("clinic-visit");
  Picture light = flow(journey, "default", "flow-", false);
  Picture dark = flow(journey, "dark", "flow-dark-", false);
  std::string svg = render_picture(light, "svg");
  Picture fewer = dark;
  std::get<Graph>(fewer.drawing).nodes.pop_back();
  CHECK_FALSE(recoloured_svg(svg, light, fewer));
  Picture renamed = flow(journey, "dark", "other-", false);
  std::get<Graph>(renamed.drawing).edges.front().id = "other-elsewhere";
  CHECK_FALSE(recoloured_svg(svg, light, renamed));
  // A colour of the SVG that the pairs do not name: the picture is left to dot.
  Picture other = dark;
  std::get<Graph>(other.drawing).nodes.front().fill = "#123456";
  Picture relit = light;
  std::get<Graph>(relit.drawing).nodes.front().fill = "#654321";
  CHECK_FALSE(recoloured_svg(svg, relit, other));
}
