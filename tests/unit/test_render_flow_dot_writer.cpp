// Graph -> DOT for the dot layout: escaped text, and Graphviz reads it.
#include <doctest/doctest.h>

#include "jmap/render.hpp"
#include "jmap/view.hpp"
#include "test_support.hpp"

using namespace jmap;
using jmap::test::contains;

TEST_CASE("flow DOT escapes every text and renders to safe SVG") {
  const std::string nasty = "<script>alert(1)</script> & \"q\" \\N ]]> end\\";
  Graph graph;
  graph.title = nasty;
  graph.background = "#ffffff";
  graph.text_color = "#000000";
  graph.heading = {{TextRun{nasty, 20, true, false, ""}}};
  GraphCluster cluster;
  cluster.id = "stage.s";
  cluster.label = {{TextRun{nasty, 12, true, false, ""}}};
  cluster.tooltip = nasty;
  cluster.nodes = {"step.a", "step.b"};
  graph.clusters.push_back(cluster);
  for (const char* id : {"step.a", "step.b"}) {
    GraphNode node;
    node.id = id;
    node.lines = {{TextRun{nasty, 11, false, false, ""}}};
    node.tooltip = nasty;
    node.fill = "#eeeeee";
    graph.nodes.push_back(node);
  }
  GraphEdge edge;
  edge.id = "next.a.b";
  edge.from = "step.a";
  edge.to = "step.b";
  edge.color = "#000000";
  edge.label = edge.tooltip = nasty;
  graph.edges.push_back(edge);
  std::string dot = emit_dot(graph);
  CHECK(contains(dot, "layout=dot"));
  CHECK(contains(dot, "&lt;script&gt;"));
  std::string svg;
  REQUIRE_NOTHROW(svg = render_dot(dot, "svg"));
  CHECK_FALSE(contains(svg, "<script>"));
  CHECK(contains(svg, "class=\"cluster\""));
  CHECK(contains(svg, "id=\"next.a.b\""));
}

TEST_CASE("flow DOT writes a loop back forwards for dot, its arrow at the start, from its ports") {
  Graph graph;
  for (const char* id : {"step.a", "step.b"}) {
    GraphNode node;
    node.id = id;
    graph.nodes.push_back(node);
  }
  GraphEdge loop;
  loop.id = "next.b.a";
  loop.from = "step.b";
  loop.to = "step.a";
  loop.reversed = true;
  loop.tail_port = "nw";
  loop.head_port = "ne";
  graph.edges.push_back(loop);
  std::string dot = emit_dot(graph);
  CHECK(contains(dot, "\"step.a\" -> \"step.b\" [id=\"next.b.a\""));
  CHECK(contains(dot, "dir=back, weight=0, tailport=ne, headport=nw"));
  std::string svg = render_dot(dot, "svg");
  CHECK(contains(svg, "id=\"next.b.a\""));
}

TEST_CASE("flow DOT draws the key under the heading, each entry in a cell drawn like what it explains") {
  Graph graph;
  graph.background = "#ffffff";
  graph.heading = {{TextRun{"Title", 20, true, false, ""}}};
  LegendItem swatch{{TextRun{"5 <delighted>", 10, true, false, "#15803D"}}, "#DCFCE7", "#16A34A", 1, false};
  LegendItem loop{{TextRun{"loops back", 10, false, false, "#C2410C"}}, "", "", 1, false};
  LegendItem uses{{TextRun{"used", 10, false, false, ""}}, "", "#93C5FD", 1, true};
  graph.legend = {{swatch}, {loop, uses}};
  GraphNode node;
  node.id = "step.a";
  graph.nodes.push_back(node);
  std::string dot = emit_dot(graph);
  CHECK(contains(dot, "<TD ALIGN=\"LEFT\" BGCOLOR=\"#DCFCE7\" BORDER=\"1\" COLOR=\"#16A34A\">"));
  CHECK(contains(dot, "5 &lt;delighted&gt;"));
  CHECK(contains(dot, "COLOR=\"#93C5FD\" STYLE=\"dashed\">"));
  std::string svg = render_dot(dot, "svg");
  CHECK(contains(svg, ">Title</text>"));
  CHECK(contains(svg, ">loops back</text>"));
  CHECK(contains(svg, "fill=\"#dcfce7\""));
}

namespace {

GraphNode step_node(int i) {
  GraphNode node;
  node.id = "step." + std::to_string(i);
  return node;
}

}  // namespace

TEST_CASE("flow DOT bounds dot's network simplex for a large flow only") {
  Graph graph;
  graph.background = "#ffffff";
  graph.text_color = "#000000";
  for (int i = 0; i < 3; ++i) graph.nodes.push_back(step_node(i));
  CHECK_FALSE(contains(emit_dot(graph), "nslimit"));
  for (int i = 3; i < 4000; ++i) graph.nodes.push_back(step_node(i));
  std::string dot = emit_dot(graph);
  CHECK(contains(dot, "nslimit=0.5000, nslimit1=0.5000"));  // about 2,000 iterations in all
}

TEST_CASE("flow DOT draws no spacer and no tie, and gives the path its weight and the nodes their height") {
  Graph graph;
  // Set field by field: a partial designated initializer trips -Wmissing-field-initializers.
  GraphNode a, spacer, b;
  a.id = "step.a";
  a.lines = {{TextRun{"A", 12, true, false, ""}}};
  a.height = 54;
  spacer.id = "band-top.s";
  spacer.spacer = true;
  spacer.height = 36;
  b.id = "step.b";
  graph.nodes = {a, spacer, b};
  GraphCluster cluster;
  cluster.id = "stage.s";
  cluster.nodes = {"step.a", "band-top.s"};
  cluster.same_rank = {{"step.a", "band-top.s"}, {"step.b"}};
  graph.clusters.push_back(cluster);
  GraphEdge path, tie;
  path.id = "next.a.b";
  path.from = "step.a";
  path.to = "step.b";
  path.weight = 100;
  tie.id = "tie.a";
  tie.from = "step.a";
  tie.to = "band-top.s";
  tie.invisible = true;
  graph.edges = {path, tie};
  std::string dot = emit_dot(graph);
  CHECK(contains(dot, "\"band-top.s\" [shape=box, style=invis, fixedsize=true, width=0.01, height=0.5000, label=\"\"]"));
  CHECK(contains(dot, "height=0.7500"));  // 54 pt: at least that tall
  CHECK(contains(dot, "weight=100"));
  CHECK(contains(dot, "\"step.a\" -> \"band-top.s\" [style=invis"));
  CHECK(contains(dot, "{ rank=same; \"step.a\"; \"band-top.s\"; }"));
  CHECK_FALSE(contains(dot, "rank=same; \"step.b\"; }"));  // a rank of one says nothing
  std::string svg = render_dot(dot, "svg");
  CHECK_FALSE(contains(svg, "band-top"));  // an invisible node leaves nothing in the picture
}
