// The flow view: clusters per stage, sequence edges, `next` as branches and loops,
// emotion colours, touchpoints by kind.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "jmap/view.hpp"
#include "test_support.hpp"
#include "view/card.hpp"
#include "view/theme.hpp"

using namespace jmap;
using jmap::test::Loaded;

namespace {

const char* k_journey = R"(jmap: 1
title: Flow
personas: [{id: p, name: P}]
touchpoints:
  - {id: web, name: Website, kind: digital}
  - {id: shop, name: Shop, kind: physical}
  - {id: agent, name: Agent, kind: human}
stages:
  - id: one
    name: One
    steps:
      - {id: a, name: A, touchpoints: [web, shop, agent], emotion: 5}
      - {id: b, name: B, emotion: 1, next: [c, a]}
  - id: two
    name: Two
    steps:
      - {id: c, name: C}
      - {id: d, name: D}
  - id: empty
    name: Empty
)";

const GraphEdge* edge(const Graph& graph, std::string_view from, std::string_view to) {
  for (const GraphEdge& e : graph.edges)
    if (e.from == from && e.to == to) return &e;
  return nullptr;
}

const GraphNode* node(const Graph& graph, std::string_view id) {
  for (const GraphNode& n : graph.nodes)
    if (n.id == id) return &n;
  return nullptr;
}

}  // namespace

TEST_CASE("flow: one cluster per stage, in order, an empty stage still shown") {
  Loaded l(k_journey);
  REQUIRE(l.journey);
  Graph graph = make_flow_view(*l.journey);
  REQUIRE(graph.clusters.size() == 3);
  CHECK(graph.clusters[0].id == "stage.one");
  CHECK(graph.clusters[1].nodes == std::vector<std::string>{"step.c", "step.d", "band-top.stage.two"});
  CHECK(graph.clusters[2].nodes == std::vector<std::string>{"empty.empty"});
}

TEST_CASE("flow: the order gives the sequence; `next` replaces it with a branch and a loop") {
  Loaded l(k_journey);
  Graph graph = make_flow_view(*l.journey);
  REQUIRE(edge(graph, "step.a", "step.b"));
  CHECK(edge(graph, "step.a", "step.b")->label.empty());
  CHECK(edge(graph, "step.c", "step.d"));
  const GraphEdge* loop = edge(graph, "step.b", "step.a");
  REQUIRE(loop);
  CHECK(loop->label == "loops back");
  CHECK(loop->dashed);
  CHECK(loop->reversed);  // routed beside the forward path, not over it
  CHECK(loop->tail_port == "s");
  CHECK(loop->head_port == "s");
  const GraphEdge* on = edge(graph, "step.b", "step.c");
  REQUIRE(on);
  CHECK(on->label == "branch");  // one of two ways on
  CHECK_FALSE(edge(graph, "step.d", "step.a"));  // the last step leads nowhere
}

TEST_CASE("flow: nodes coloured by emotion, touchpoints shaped by kind beside their step") {
  Loaded l(k_journey);
  const Theme& theme = theme_named("default");
  Graph graph = make_flow_view(*l.journey);
  CHECK(node(graph, "step.a")->fill == theme.emotion_fill[4]);
  CHECK(node(graph, "step.b")->fill == theme.emotion_fill[0]);
  CHECK(node(graph, "step.c")->fill == theme.card_fill);  // no emotion
  CHECK(node(graph, "touchpoint.a.web")->shape == "box");
  CHECK(node(graph, "touchpoint.a.shop")->shape == "box3d");
  CHECK(node(graph, "touchpoint.a.agent")->shape == "ellipse");
  REQUIRE(graph.clusters[0].same_rank.size() == 2);  // a column a step
  CHECK(graph.clusters[0].same_rank[0].front() == "step.a");
  CHECK(graph.clusters[0].same_rank[0].size() == 5);  // the step, its three touchpoints, the band's top
  // Each dashed line joins a touchpoint to the box under it: a straight stack, no line through a box.
  REQUIRE(edge(graph, "step.a", "touchpoint.a.web"));
  const GraphEdge* uses = edge(graph, "touchpoint.a.web", "touchpoint.a.shop");
  REQUIRE(uses);
  CHECK(uses->id == "uses.a.shop");
  CHECK_FALSE(uses->arrow);
  CHECK(uses->tail_port.empty());  // Graphviz 2.42 draws an arrowhead on a flat edge with ports
  CHECK_FALSE(edge(graph, "step.a", "touchpoint.a.shop"));
}

TEST_CASE("flow: the main path is pulled into one straight line; the branches and loops are not") {
  Loaded l(k_journey);
  Graph graph = make_flow_view(*l.journey);
  CHECK(edge(graph, "step.a", "step.b")->weight > 1);
  CHECK(edge(graph, "step.b", "step.c")->weight > 1);  // the first way on, though a branch
  CHECK(edge(graph, "step.c", "step.d")->weight > 1);
  CHECK(edge(graph, "step.b", "step.a")->weight == 1);  // the loop
}

TEST_CASE("flow: invisible spacers give every stage band the same top and bottom") {
  Loaded l(R"(jmap: 1
title: Bands
touchpoints:
  - {id: web, name: Website, kind: digital}
  - {id: agent, name: Agent, kind: human}
stages:
  - id: one
    name: One
    reached: 10
    steps:
      - {id: a, name: A, touchpoints: [web, agent], next: [b, c]}
  - id: two
    name: A stage with a name long enough to wrap onto two lines or more
    steps:
      - {id: b, name: B, touchpoints: [web], next: [d]}
      - {id: c, name: C, touchpoints: [web, agent], next: [d]}
  - id: three
    name: Three
    steps:
      - {id: d, name: D}
)");
  REQUIRE(l.journey);
  Graph graph = make_flow_view(*l.journey);
  std::vector<const GraphNode*> spacers;
  for (const GraphNode& n : graph.nodes)
    if (n.spacer) spacers.push_back(&n);
  REQUIRE(spacers.size() == 5);  // a top in each stage, a bottom in each stage without a step off the path
  for (const GraphNode* spacer : spacers) {
    CAPTURE(spacer->id);
    CHECK(spacer->lines.empty());  // no text, nothing drawn
    CHECK(spacer->tooltip.empty());
    CHECK(spacer->height > 0);
  }
  CHECK(node(graph, "band-top.stage.one")->height < node(graph, "band-top.stage.two")->height);  // the taller stack: the shorter top
  CHECK(node(graph, "band-top.stage.two")->height < node(graph, "band-top.stage.three")->height);
  CHECK(node(graph, "band-bottom.stage.one"));
  CHECK(node(graph, "band-bottom.stage.three"));
  CHECK_FALSE(node(graph, "band-bottom.stage.two"));  // C, off the path, stands under B there
  for (const GraphEdge& e : graph.edges)
    if (e.from.starts_with("band-") || e.to.starts_with("band-")) CHECK(e.invisible);
  // Every step as tall as the tallest; the stage titles as tall as each other.
  CHECK(node(graph, "step.a")->height == node(graph, "step.b")->height);
  auto title_height = [](const GraphCluster& cluster) {
    double sum = 0;
    for (const TextLine& line : cluster.label) sum += static_cast<double>(std::lround(line_pitch(line)));
    return sum;
  };
  CHECK(title_height(graph.clusters[0]) == title_height(graph.clusters[1]));
  CHECK(graph.clusters[0].label.size() > 3);  // a gap under the shorter title
}

TEST_CASE("flow: the theme colours the graph") {
  Loaded l(k_journey);
  ViewOptions options;
  options.theme = "dark";
  Graph graph = make_flow_view(*l.journey, options);
  CHECK(graph.background == theme_named("dark").background);
  CHECK(node(graph, "step.a")->fill == theme_named("dark").emotion_fill[4]);
}

TEST_CASE("flow: for one persona, a `next` that leads only to others' steps falls back to the order") {
  Loaded l(R"(jmap: 1
title: T
personas: [{id: a, name: A}, {id: b, name: B}]
stages:
  - id: s
    name: S
    steps:
      - {id: start, name: Start, next: [b-only]}
      - {id: a-only, name: A only, personas: [a]}
      - {id: b-only, name: B only, personas: [b]}
)");
  REQUIRE(l.journey);
  Journey journey = journey_for_persona(*l.journey, "a");
  Graph graph = make_flow_view(journey);
  CHECK(edge(graph, "step.start", "step.a-only"));
  CHECK_FALSE(edge(graph, "step.start", "step.b-only"));
  CHECK_FALSE(node(graph, "step.b-only"));
}

TEST_CASE("flow: loops run under the steps; one that would cross another goes over the top") {
  std::string text = "jmap: 1\ntitle: Loops\nstages:\n  - id: s\n    name: S\n    steps:\n";
  for (const char* step : {"a", "b", "c", "d", "e", "f"}) text += std::string("      - {id: ") + step + ", name: " + step + "}\n";
  text += "  - id: t\n    name: T\n    steps:\n      - {id: g, name: G, next: [g, h]}\n      - {id: h, name: H}\n";
  // c -> a spans a..c; d -> b spans b..d and interleaves with it; f -> e sits apart.
  for (const auto& [from, to] : {std::pair{"c", "a"}, std::pair{"d", "b"}, std::pair{"f", "e"}}) {
    std::string line = std::string("- {id: ") + from + ", name: " + from + "}";
    text.replace(text.find(line), line.size(), std::string("- {id: ") + from + ", name: " + from + ", next: [" + to + "]}");
  }
  Loaded l(text);
  REQUIRE(l.journey);
  Graph graph = make_flow_view(*l.journey);
  const GraphEdge* first = edge(graph, "step.c", "step.a");
  const GraphEdge* crossing = edge(graph, "step.d", "step.b");
  const GraphEdge* apart = edge(graph, "step.f", "step.e");
  REQUIRE((first && crossing && apart));
  CHECK(first->tail_port == "s");
  CHECK(crossing->tail_port == "nw");  // over the top, clear of the touchpoints' line
  CHECK(crossing->head_port == "ne");
  CHECK(apart->tail_port == "s");
  const GraphEdge* self = edge(graph, "step.g", "step.g");
  REQUIRE(self);
  CHECK_FALSE(self->reversed);  // a loop on one step cannot be turned round
  CHECK_FALSE(self->constraint);
  CHECK(self->head_port == "s");
}

TEST_CASE("flow: a stage name wraps at the width of the stage's steps, never narrower than one step") {
  std::string text = "jmap: 1\ntitle: Widths\nstages:\n";
  const char* name = "Checkout and payment with a card or a wallet";
  text += std::string("  - {id: wide, name: ") + name + ", steps: [";
  for (int s = 0; s < 4; ++s) text += (s ? ", " : "") + std::string("{id: w") + std::to_string(s) + ", name: Enters card details}";
  text += "]}\n";
  text += std::string("  - {id: narrow, name: ") + name + ", steps: [{id: n, name: Pays}]}\n";
  Loaded l(text);
  REQUIRE(l.journey);
  Graph graph = make_flow_view(*l.journey);
  REQUIRE(graph.clusters.size() == 2);
  auto texts = [](const GraphCluster& cluster) {
    std::vector<std::string> out;
    for (const TextLine& line : cluster.label)
      if (!line.front().text.empty()) out.push_back(line.front().text);  // not the gap that evens the titles
    return out;
  };
  CHECK(texts(graph.clusters[0]) == std::vector<std::string>{"STAGE 1", name});
  std::vector<std::string> narrow = texts(graph.clusters[1]);
  REQUIRE(narrow.size() >= 3);  // one step: the name wraps
  CHECK(narrow[1] == "Checkout and");  // at the 160 pt least width
}

TEST_CASE("flow: a key under the heading explains fills, shapes, fail points and lines, in the theme's colours") {
  Loaded l(k_journey);
  for (const char* name : {"default", "dark", "print", "contrast"}) {
    ViewOptions options;
    options.theme = name;
    const Theme& theme = theme_named(name);
    Graph graph = make_flow_view(*l.journey, options);
    REQUIRE(graph.legend.size() == 2);
    const std::vector<LegendItem>& feelings = graph.legend[0];
    REQUIRE(feelings.size() == 8);  // KEY, Feeling:, five shades, the fail point
    CHECK(feelings[2].text.front().text == "1 frustrated");
    CHECK(feelings[6].text.front().text == "5 delighted");
    for (std::size_t shade = 0; shade < 5; ++shade) {
      CHECK(feelings[2 + shade].fill == theme.emotion_fill[shade]);
      CHECK(feelings[2 + shade].stroke != theme.background);  // every swatch has a border
    }
    CHECK(feelings[7].stroke == theme.fail_point);
    CHECK(feelings[7].stroke_width == 2);
    std::vector<std::string> texts;
    for (const LegendItem& item : graph.legend[1]) texts.push_back(item.text.front().text);
    for (const char* text : {"box: digital", "3-D box: physical", "oval: human", "- - - used by the step",
                             "- - \u25B6 loops back", "\u2500\u25B6 branch"})
      CHECK(std::find(texts.begin(), texts.end(), text) != texts.end());
    CHECK(graph.legend[1][2].fill == theme.digital_fill);
  }
  ViewOptions bare;
  bare.heading = false;  // a page with its own heading
  CHECK(make_flow_view(*l.journey, bare).legend.empty());
}

TEST_CASE("flow: a step's border never vanishes into the page, in any theme") {
  Loaded l(k_journey);
  for (const char* name : {"default", "dark", "print", "contrast"}) {
    CAPTURE(name);
    ViewOptions options;
    options.theme = name;
    Graph graph = make_flow_view(*l.journey, options);
    const Theme& theme = theme_named(name);
    CHECK(node(graph, "step.a")->stroke != theme.background);  // emotion 5
    CHECK(node(graph, "step.b")->stroke != theme.background);  // emotion 1
  }
}

TEST_CASE("flow: a step's personas who disagree show their range beside the mean; the key explains it") {
  Loaded l(R"(jmap: 1
title: T
personas: [{id: ann, name: Ann}, {id: bob, name: Bob}]
stages:
  - id: s
    name: S
    steps:
      - {id: pay, name: Pays, emotion: {ann: 1, bob: 3}}
      - {id: wait, name: Waits, emotion: {ann: 2, bob: 2}}
)");
  REQUIRE(l.journey);
  Graph graph = make_flow_view(*l.journey);
  const GraphNode* pay = node(graph, "step.pay");
  const GraphNode* wait = node(graph, "step.wait");
  REQUIRE(pay);
  REQUIRE(wait);
  CHECK(pay->lines.at(1).front().text == "\u25CF 2 \u00B7 unhappy (1\u20133)");
  CHECK(pay->fill == theme_named("default").emotion_fill[1]);
  CHECK(wait->lines.at(1).front().text == "\u25CF 2 \u00B7 unhappy");  // they agree: no range
  std::vector<std::string> texts;
  for (const LegendItem& item : graph.legend.at(0)) texts.push_back(item.text.front().text);
  CHECK(std::find(texts.begin(), texts.end(), "(low\u2013high): the personas' range") != texts.end());
  Loaded agree(k_journey);
  Graph agreeing = make_flow_view(*agree.journey);  // kept: a temporary would die before the loop
  for (const LegendItem& item : agreeing.legend.at(0))
    CHECK(item.text.front().text.find("range") == std::string::npos);
}

TEST_CASE("flow: one `next` is the path, not a branch; two are branches") {
  Loaded l(R"(jmap: 1
title: T
stages:
  - id: s
    name: S
    steps:
      - {id: a, name: A, next: [c]}
      - {id: b, name: B}
      - {id: c, name: C, next: [d]}
      - {id: d, name: D, next: [e, b]}
      - {id: e, name: E, next: [f, g]}
      - {id: f, name: F}
      - {id: g, name: G}
)");
  REQUIRE(l.journey);
  Graph graph = make_flow_view(*l.journey);
  const Theme& theme = theme_named("default");
  for (auto [from, to] : {std::pair{"step.a", "step.c"}, {"step.c", "step.d"}}) {
    CAPTURE(from);
    const GraphEdge* e = edge(graph, from, to);
    REQUIRE(e);
    CHECK(e->label.empty());
    CHECK(e->color == theme.text);
  }
  CHECK_FALSE(edge(graph, "step.a", "step.b"));  // `next` replaces the order
  REQUIRE(edge(graph, "step.d", "step.e"));
  CHECK(edge(graph, "step.d", "step.e")->label == "branch");
  CHECK(edge(graph, "step.d", "step.b")->label == "loops back");  // a loop stays a loop
  for (const char* to : {"step.f", "step.g"}) {
    REQUIRE(edge(graph, "step.e", to));
    CHECK(edge(graph, "step.e", to)->label == "branch");
    CHECK(edge(graph, "step.e", to)->color == theme.future_state);
  }
}

TEST_CASE("flow: past a budget, branches and loops are named in their steps, not drawn") {
  std::string journey = "jmap: 1\ntitle: Dense\nstages:\n  - id: st\n    name: Stage\n    steps:\n";
  std::string all;
  for (int i = 0; i < 30; ++i) all += (i ? ", s" : "s") + std::to_string(i);
  for (int i = 0; i < 30; ++i)
    journey += "      - {id: s" + std::to_string(i) + ", name: Step " + std::to_string(i) + ", next: [" + all + "]}\n";
  Loaded l(journey);
  REQUIRE(l.journey);
  Graph graph = make_flow_view(*l.journey);
  std::erase_if(graph.edges, [](const GraphEdge& e) { return e.invisible; });  // the bands' ties
  std::size_t jumps = 0;
  for (const GraphEdge& edge : graph.edges) {
    int from = std::stoi(edge.from.substr(edge.from.find(".s") + 2)), to = std::stoi(edge.to.substr(edge.to.find(".s") + 2));
    jumps += to == from + 1 ? 0 : 1;
  }
  CHECK(graph.edges.size() <= 30 + 60);  // the path, and at most two jumps a step
  CHECK(jumps <= 60);
  std::size_t per_step_max = 0;
  std::map<std::string, std::size_t> from;
  for (const GraphEdge& edge : graph.edges) per_step_max = std::max(per_step_max, ++from[edge.from]);
  CHECK(per_step_max <= 5);  // four jumps and the step after it
  const GraphNode* first = node(graph, "step.s0");
  REQUIRE(first);
  CHECK(jmap::test::contains(plain_text(first->lines), "Also next: Step "));
  CHECK(jmap::test::contains(plain_text(first->lines), " more"));
  std::string heading = plain_text(graph.heading);
  // Each step names all 30: itself and the 28 others are jumps, the step after it is not.
  CHECK(jmap::test::contains(heading, fmt::format("{} of 871 branches and loops drawn as lines", jumps)));
}
