// View -> DOT: pinned nodes, HTML-like labels, escaped user text, and the same DOT for
// the same journey every time. A few tests render through Graphviz to prove the DOT
// is valid and the SVG safe.
#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "jmap/render.hpp"
#include "jmap/view.hpp"
#include "test_support.hpp"

using namespace jmap;
using jmap::test::contains;
using jmap::test::Loaded;

namespace {

// Markup, a CDATA end, Graphviz's \N escape, quotes and a trailing backslash.
const std::string k_nasty = "<script>alert(1)</script> & \"q\" \\N ]]> end\\";

View nasty_view() {
  View view;
  view.title = k_nasty;
  view.width = 400;
  view.height = 200;
  Box box;
  box.id = "box-1";
  box.x = 10;
  box.y = 10;
  box.width = 300;
  box.height = 80;
  box.fill = "#ffffff";
  box.stroke = "#000000";
  box.lines.push_back({TextRun{k_nasty, 10, true, false, ""}});
  box.lines.push_back({TextRun{"plain", 9, false, true, "#333333"}});
  box.tooltip = k_nasty;
  view.boxes.push_back(box);
  Curve curve;
  curve.id = "curve-1";
  curve.color = "#ff0000";
  curve.points = {{10, 150}, {200, 120}};
  curve.controls = {{10, 150}, {70, 140}, {140, 130}, {200, 120}};
  curve.tooltip = k_nasty;
  view.curves.push_back(curve);
  Marker marker;
  marker.id = "marker-1";
  marker.center = {200, 120};
  marker.fill = "#ffffff";
  marker.stroke = "#000000";
  marker.tooltip = k_nasty;
  view.markers.push_back(marker);
  return view;
}

std::size_t occurrences(std::string_view text, std::string_view needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

// A journey whose every text is hostile.
std::string nasty_journey() {
  return "jmap: 1\n"
         "title: '<script>alert(1)</script> & \"q\" \\N ]]>'\n"
         "personas:\n  - {id: p, name: '<b>P</b> & \\N', description: ']]> \"d\"'}\n"
         "touchpoints:\n  - {id: web, name: '<web> & \\N', channel: web}\n"
         "stages:\n"
         "  - id: s\n"
         "    name: '<i>Stage</i> ]]>'\n"
         "    objective: 'Objective & <script>'\n"
         "    steps:\n"
         "      - id: a\n"
         "        name: '<script>alert(1)</script>'\n"
         "        does: '\\N \\G \\L & \"quoted\"'\n"
         "        touchpoints: [web]\n"
         "        emotion: 2\n"
         "        thinks: ']]> <![CDATA[ x'\n"
         "        pains: ['<pain> & \\N']\n"
         "      - {id: b, name: 'B \\', touchpoints: [web], emotion: 4}\n";
}

// The x and y of the first <text> after the element with this id.
std::pair<std::string, std::string> text_position(const std::string& svg, const std::string& id) {
  std::size_t at = svg.find("<g id=\"" + id + "\"");
  REQUIRE(at != std::string::npos);
  at = svg.find("<text ", at);
  REQUIRE(at != std::string::npos);
  auto value = [&](const std::string& key) {
    std::size_t start = svg.find(key + "=\"", at) + key.size() + 2;
    return svg.substr(start, svg.find('"', start) - start);
  };
  return {value("x"), value("y")};
}

}  // namespace

TEST_SUITE("emit::dot_writer") {

TEST_CASE("the graph is pinned: layout=nop2, and each node at its place with y flipped") {
  std::string dot = emit_dot(nasty_view());
  CHECK(dot.starts_with("digraph \""));
  CHECK(contains(dot, "layout=nop2"));
  // Box 10,10 300x80 in a 200-point-high view: centre 160,50 -> Graphviz y = 200 - 50.
  CHECK(contains(dot, "\"box-1\" [id=\"box-1\", pos=\"160.00,150.00!\", width=4.1667, height=1.1111"));
  CHECK(contains(dot, "pos=\"10.00,50.00 70.00,60.00 140.00,70.00 200.00,80.00\""));
  CHECK(contains(dot, "\"marker-1\" [id=\"marker-1\", shape=circle, pos=\"200.00,80.00!\""));
  CHECK(dot.ends_with("}\n"));
}

TEST_CASE("a box's lines become rows of a fixed-size table") {
  std::string dot = emit_dot(nasty_view());
  CHECK(contains(dot, "FIXEDSIZE=\"TRUE\" WIDTH=\"288\" HEIGHT=\"68\""));
  CHECK(contains(dot, "<TR><TD WIDTH=\"288\" HEIGHT=\"13\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10.0\"><B>"));
  CHECK(contains(dot, "<FONT POINT-SIZE=\"9.0\" COLOR=\"#333333\"><I>plain</I></FONT>"));
  CHECK(contains(dot, "<TR><TD HEIGHT=\"43\"></TD></TR>"));  // 68 - 13 - 12 left over
}

TEST_CASE("box styles: no stroke is transparent; rounded and dashed combine") {
  View view;
  view.height = 100;
  Box box;
  box.id = "b";
  box.width = box.height = 20;
  box.rounded = true;
  box.dashed = true;
  view.boxes.push_back(box);
  std::string dot = emit_dot(view);
  CHECK(contains(dot, "style=\"rounded,dashed\", fillcolor=\"transparent\", color=transparent, penwidth=0"));
  CHECK(contains(dot, "label=\"\"]"));
  CHECK(dot.starts_with("digraph \"journey\" {"));  // no title
}

TEST_CASE("a curve with too few control points is left out") {
  View view = nasty_view();
  view.curves[0].controls.resize(3);
  CHECK_FALSE(contains(emit_dot(view), "curve-1"));
}

TEST_CASE("every curve runs between the same two invisible anchors, on the first curve's ends") {
  View view = nasty_view();
  Curve second = view.curves[0];
  second.id = "curve-2";
  view.curves.push_back(second);
  std::string dot = emit_dot(view);
  CHECK(occurrences(dot, "style=invis") == 2);
  CHECK(contains(dot, "\"anchor.tail\" [shape=point, style=invis, width=0.01, height=0.01, pos=\"10.00,50.00!\"]"));
  CHECK(contains(dot, "\"anchor.head\" [shape=point, style=invis, width=0.01, height=0.01, pos=\"200.00,80.00!\"]"));
  CHECK(occurrences(dot, "\"anchor.tail\" -> \"anchor.head\" [id=") == 2);
  // Each drawn along its own points, under its own id.
  std::string svg = render_dot(dot, "svg");
  CHECK(occurrences(svg, "<path fill=\"none\" stroke=\"#ff0000\"") == 2);
  CHECK(contains(svg, "<g id=\"curve&#45;2\" class=\"edge\">"));
}

TEST_CASE("a box wider than an HTML table may be has its text where a narrower one would") {
  // Graphviz ignores a table's WIDTH past 65,535 points and centres what is left: the
  // header of a 5,000-step map was drawn in the middle of the map.
  View view;
  view.width = 200'000;
  view.height = 200;
  for (double width : {1'000.0, 150'000.0}) {
    Box box;
    box.id = width > 1'000 ? "wide" : "narrow";
    box.x = 28;
    box.y = width > 1'000 ? 110 : 10;
    box.width = width;
    box.height = 60;
    box.fill = "#ffffff";
    box.lines.push_back({TextRun{"Title at the left", 13, true, false, "#111111"}});
    box.tooltip = "Title";
    view.boxes.push_back(box);
  }
  Box centred = view.boxes.back();
  centred.id = "centred";
  centred.y = 10;
  centred.x = 2'000;
  centred.align = Align::center;
  view.boxes.push_back(centred);
  std::string dot = emit_dot(view);
  CHECK_FALSE(contains(dot, "WIDTH=\"149988\""));
  CHECK(contains(dot, "\"wide.text\" [id=\"wide.text\""));
  std::string svg = render_dot(dot, "svg");
  auto [narrow_x, narrow_y] = text_position(svg, "narrow");
  auto [wide_x, wide_y] = text_position(svg, "wide.text");
  CHECK(narrow_x == "6");  // 28 + 6 of padding, on a picture whose left edge is at 28
  CHECK(wide_x == narrow_x);
  CHECK(std::stod(wide_y) - std::stod(narrow_y) == doctest::Approx(100));  // 100 points lower, as placed
  // The box itself is still drawn whole, and a centred text stays in the middle.
  CHECK(contains(svg, "<g id=\"wide\" class=\"node\">"));
  // (Graphviz's x is where the text starts; the picture's left edge, x = 28, is its 0.)
  double centred_x = std::stod(text_position(svg, "centred.text").first);
  CHECK(centred_x > 77'000 - 28 - 100);
  CHECK(centred_x < 77'000 - 28 - 30);
}

TEST_CASE("user text is escaped in the DOT: labels, tooltips, ids") {
  std::string dot = emit_dot(nasty_view());
  CHECK(contains(dot, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; \\\\N ]]&gt; end\\\\</B>"));
  CHECK(contains(dot, "tooltip=\"<script>alert(1)</script> &amp; \\\"q\\\" \\\\\\\\N ]]> end\\\\\\\\\""));
  CHECK(contains(dot, "digraph \"<script>alert(1)</script> &amp; \\\"q\\\" \xE2\x88\x96N ]]> end\xE2\x88\x96\" {"));
}

TEST_CASE("Graphviz renders hostile text without error, escaped, with no raw markup") {
  std::string svg = render_dot(emit_dot(nasty_view()), "svg");
  CHECK(svg.starts_with("<?xml"));
  CHECK_FALSE(contains(svg, "<script"));
  CHECK_FALSE(contains(svg, "]]>"));
  // The label shows the text as written, \N included (not the node's name).
  CHECK(contains(svg, ">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; \\N ]]&gt; end\\</text>"));
  // So do the tooltips of the box, the curve and the marker.
  CHECK(occurrences(svg, "xlink:title=\"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; \\N ]]&gt; end\\\"") ==
        3);
}

TEST_CASE("a journey with hostile texts goes through the whole pipeline") {
  Loaded l(nasty_journey());
  INFO(l.listing());
  REQUIRE(l.journey);
  CHECK_FALSE(l.diagnostics.has_errors());
  std::string dot = emit_dot(make_map_view(*l.journey));
  std::string svg;
  REQUIRE_NOTHROW(svg = render_dot(dot, "svg"));
  CHECK_FALSE(contains(svg, "<script"));
  CHECK_FALSE(contains(svg, "<b>"));
  CHECK_FALSE(contains(svg, "<![CDATA["));
  CHECK_FALSE(contains(svg, "]]>"));
  CHECK(contains(svg, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK(contains(svg, "\\N \\G \\L &amp; &quot;quoted&quot;"));
}

TEST_CASE("render_dot reports Graphviz failures as RenderError") {
  CHECK_THROWS_AS(render_dot("digraph { a }", "no-such-format"), RenderError);
  CHECK_THROWS_AS(render_dot("digraph { a -> ", "svg"), RenderError);
}

TEST_CASE("the same journey gives the same DOT every time") {
  Loaded first(nasty_journey());
  Loaded second(nasty_journey());
  REQUIRE(first.journey);
  REQUIRE(second.journey);
  View view = make_map_view(*first.journey);
  std::string dot = emit_dot(view);
  CHECK(emit_dot(view) == dot);
  CHECK(emit_dot(make_map_view(*first.journey)) == dot);
  CHECK(emit_dot(make_map_view(*second.journey)) == dot);
}

TEST_CASE("every node of a map has its own id") {
  Loaded l(nasty_journey());
  REQUIRE(l.journey);
  View view = make_map_view(*l.journey);
  std::string dot = emit_dot(view);
  for (const Box& box : view.boxes) {
    CAPTURE(box.id);
    CHECK(occurrences(dot, "[id=\"" + box.id + "\"") == 1);
  }
  CHECK(contains(dot, "[id=\"step.a\""));
  CHECK(contains(dot, "[id=\"step.b\""));
}

}  // TEST_SUITE
