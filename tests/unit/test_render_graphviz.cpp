// The Graphviz backend: the same DOT gives the same picture whatever was drawn before, a
// graph built from statements draws what their text draws, and large output comes out whole.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "jmap/load.hpp"
#include "jmap/render.hpp"
#include "test_support.hpp"

using jmap::test::contains;

using namespace jmap;
using jmap::test::Loaded;

TEST_CASE("clusters come out in the same order however many graphs were drawn before") {
  std::string journey = "jmap: 1\ntitle: Order\nstages:\n";
  for (int s = 0; s < 12; ++s) {
    journey += "  - id: stage-" + std::to_string(s) + "\n    name: Stage " + std::to_string(s) + "\n    steps:\n";
    for (int t = 0; t < 3; ++t)
      journey += "      - {id: s" + std::to_string(s) + "-" + std::to_string(t) + ", name: Step " + std::to_string(t) + "}\n";
  }
  Loaded l(journey);
  REQUIRE(l.journey);
  ViewOptions flow;
  flow.kind = ViewKind::flow;
  std::string dot = picture_dot(make_picture(*l.journey, flow));
  std::string first = render_dot(dot, "svg");
  for (int round = 0; round < 4; ++round) {
    ViewOptions other;
    other.kind = round % 2 ? ViewKind::map : ViewKind::blueprint;
    render_dot(picture_dot(make_picture(*l.journey, other)), "svg");  // churns the heap
    ViewOptions prefixed = flow;
    prefixed.id_prefix = "x" + std::to_string(round) + "-";
    render_dot(picture_dot(make_picture(*l.journey, prefixed)), "svg");
    CHECK(render_dot(dot, "svg") == first);
  }
  // And in declaration order: stage-0 before stage-1 before ... stage-11.
  std::size_t previous = 0;
  for (int s = 0; s < 12; ++s) {
    std::size_t at = first.find("<g id=\"stage.stage&#45;" + std::to_string(s) + "\" class=\"cluster\"");
    REQUIRE(at != std::string::npos);
    CHECK(at > previous);
    previous = at;
  }
}

TEST_CASE("a PNG wider than Graphviz can draw is drawn at the largest dpi that fits, with a warning") {
  // 500 in wide: 48,000 px at 96 dpi, past cairo's 32,767.
  std::string dot = "digraph g { graph [layout=nop2, pad=0]; a [shape=box, width=500, height=0.2, pos=\"0,0!\"]; }\n";
  std::vector<std::string> warnings;
  std::string png = render_dot(dot, "png", 96, &warnings);
  REQUIRE(png.size() > 24);
  auto byte = [&](std::size_t at) { return static_cast<unsigned>(static_cast<unsigned char>(png[at])); };
  unsigned width = byte(16) << 24 | byte(17) << 16 | byte(18) << 8 | byte(19);
  CHECK(width < 32767);
  CHECK(width > 32000);
  REQUIRE(warnings.size() == 1);
  CHECK(contains(warnings[0], "at 96 dpi, more than the 32,767 px a side"));
  CHECK(contains(warnings[0], "drawn at 65 dpi instead"));
  CHECK(contains(warnings[0], "Write SVG or PDF"));
  warnings.clear();
  render_dot(dot, "png", 60, &warnings);
  CHECK(warnings.empty());  // 30,000 px: fits
}

TEST_CASE("a PNG too wide even at 1 dpi and a PDF wider than cairo can draw stop with jmap's own error") {
  // 140,000 in wide: 10,080,000 points, 140,000 px even at 1 dpi (a map of about 50,000 steps).
  std::string dot = "digraph g { graph [layout=nop2, pad=0]; a [shape=box, width=140000, height=0.2, pos=\"0,0!\"]; }\n";
  std::string message;
  try {
    render_dot(dot, "png", 96);
  } catch (const RenderError& error) {
    message = error.what();
  }
  CHECK(contains(message, "even at 1 dpi it is more than the 32,767 px a side Graphviz can draw in a PNG"));
  CHECK(contains(message, "Write SVG or PDF"));
  message.clear();
  try {
    render_dot(dot, "pdf");
  } catch (const RenderError& error) {
    message = error.what();
  }
  CAPTURE(message);
  CHECK(contains(message, "10,080,000 x 23 points: more than the 8,388,607 points a side cairo can draw in a PDF"));
  // 100,000 in (7,200,000 points) is still drawn: a page, not an empty one.
  std::string narrower = "digraph g { graph [layout=nop2, pad=0]; a [shape=box, width=100000, height=0.2, pos=\"0,0!\"]; }\n";
  CHECK(render_dot(narrower, "pdf").size() > 500);
}

TEST_CASE("an SVG larger than one block of Graphviz's output comes out whole and in order") {
  // 2,800 nodes with a numbered tooltip of 16,000 bytes each (one quoted DOT string may
  // hold 16 KB): 45 MB of SVG, so that a byte lost or repeated at a block's edge shows.
  constexpr int k_nodes = 2800;
  auto tooltip = [](int node) { return fmt::format("[{:05}]", node) + std::string(16000 - 7, 'a' + node % 26); };
  std::string dot = "digraph g { graph [layout=nop2];\n";
  for (int node = 0; node < k_nodes; ++node)
    dot += fmt::format("n{0} [pos=\"{0},0!\", tooltip=\"{1}\"];\n", node, tooltip(node));
  dot += "}\n";
  std::string svg = render_dot(dot, "svg");
  CHECK(svg.size() > std::size_t{40} << 20);
  std::size_t at = 0;
  for (int node = 0; node < k_nodes; ++node) {
    at = svg.find("xlink:title=\"" + tooltip(node) + "\"", at);
    REQUIRE_MESSAGE(at != std::string::npos, "node " << node);
  }
  CHECK(svg.substr(svg.size() - 7) == "</svg>\n");
}

TEST_CASE("a picture built straight into Graphviz draws what its DOT text draws, byte for byte") {
  // render_picture hands a picture to Graphviz as a graph (no text to lex); the .dot
  // file is the same statements as text, and must stay the same picture. The flow has
  // clusters and rank=same subgraphs, which the graph builder makes as the reader does.
  auto same_as_text = [](const Picture& picture, const char* format) {
    std::string text = render_dot(picture_dot(picture), format);
    if (std::string_view(format) == "svg") text = accessible_svg(text, picture.label);
    CHECK(render_picture(picture, format) == text);
  };
  for (const char* name : {"ecommerce-first-order", "customer-support", "clinic-visit"}) {
    SourceSet sources;
    Diagnostics diagnostics;
    std::optional<Journey> journey =
        load_journey_file(std::string(JMAP_TEST_DATA) + "/../../examples/" + name + ".yaml", {}, sources, diagnostics);
    REQUIRE(journey);
    for (ViewKind kind : {ViewKind::map, ViewKind::blueprint, ViewKind::flow}) {
      ViewOptions options;
      options.kind = kind;
      CAPTURE(name);
      same_as_text(make_picture(*journey, options), "svg");
    }
    ViewOptions dark_flow;
    dark_flow.kind = ViewKind::flow;
    dark_flow.theme = "dark";
    Picture flow = make_picture(*journey, dark_flow);
    REQUIRE(std::holds_alternative<Graph>(flow.drawing));
    REQUIRE(contains(picture_dot(flow), "{ rank=same;"));
    same_as_text(flow, "svg");
  }
  // Quotes, backslashes, entities, markup and Graphviz's escapes in every text.
  Loaded hostile(
      "jmap: 1\ntitle: 'T \"q\" \\N \\\" <b>&amp;</b>'\n"
      "personas:\n  - {id: p, name: 'P \\G & \"x\"'}\n"
      "touchpoints:\n  - {id: web, name: '<web> \\\\ \"', channel: web}\n"
      "stages:\n  - id: s\n    name: 'S \"1\" \\'\n    steps:\n"
      "      - {id: a, name: 'A \\\" & \\N', touchpoints: [web], emotion: 2, pains: ['<p> \"q\" \\']}\n"
      "      - {id: b, name: 'B \\', touchpoints: [web], emotion: 4}\n");
  REQUIRE(hostile.journey);
  for (ViewKind kind : {ViewKind::map, ViewKind::blueprint, ViewKind::flow}) {
    ViewOptions options;
    options.kind = kind;
    Picture picture = make_picture(*hostile.journey, options);
    same_as_text(picture, "svg");
    if (kind != ViewKind::blueprint) same_as_text(picture, "png");
  }
}
