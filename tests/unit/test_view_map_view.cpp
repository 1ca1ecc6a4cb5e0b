// The map view: one box per thing the journey says, each with a stable id made from
// journey ids ("step.see-ad"), an emotion curve through the steps' markers, all inside the view.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "jmap/render.hpp"
#include "jmap/view.hpp"
#include "test_support.hpp"
#include "view/card.hpp"
#include "view/theme.hpp"

using namespace jmap;
using jmap::test::Loaded;
using jmap::test::theme_names;

namespace {

constexpr std::string_view k_two_steps = R"(jmap: 1
title: Online grocery
personas:
  - {id: parent, name: Busy parent}
touchpoints:
  - {id: web, name: Website, channel: web}
stages:
  - id: browse
    name: Browse
    objective: Find food
    steps:
      - id: see-ad
        name: Sees an ad
        touchpoints: [web]
        emotion: 4
        pains: [{text: No prices, id: no-prices}]
        opportunities: [{text: Show prices, addresses: [no-prices]}]
      - {id: compare, name: Compares, touchpoints: [web], emotion: 2}
    kpis:
      - {id: ctr, name: CTR, target: 2.5, actual: 1.9}
)";

const Box* box(const View& view, std::string_view id) {
  for (const Box& b : view.boxes)
    if (b.id == id) return &b;
  return nullptr;
}

// Every id the DOT of a view gives its nodes and edges, with how often it is used.
std::map<std::string, int> dot_ids(const View& view) {
  std::map<std::string, int> ids;
  std::string dot = emit_dot(view);
  const std::string open = "[id=\"";
  for (auto at = dot.find(open); at != std::string::npos; at = dot.find(open, at + 1)) {
    auto start = at + open.size();
    ++ids[dot.substr(start, dot.find('"', start) - start)];
  }
  return ids;
}

std::string repeated(const std::map<std::string, int>& ids) {
  std::string out;
  for (const auto& [id, n] : ids)
    if (n > 1) out += id + " ";
  return out;
}

}  // namespace

TEST_SUITE("view::map_view") {

TEST_CASE("boxes are named after the journey's ids") {
  Loaded l{std::string(k_two_steps)};
  REQUIRE(l.journey);
  View view = make_map_view(*l.journey);
  CHECK(view.title == "Online grocery");
  for (const char* id : {"header", "persona.parent", "stage.browse", "step.see-ad", "step.compare",
                         "touchpoint.see-ad.web", "pain.see-ad.1", "opportunity.see-ad.1", "kpi.ctr"}) {
    CAPTURE(id);
    CHECK(box(view, id));
  }
  REQUIRE(box(view, "step.see-ad"));
  CHECK(box(view, "step.see-ad")->tooltip.starts_with("Sees an ad"));
}

TEST_CASE("everything lies inside the view") {
  Loaded l{std::string(k_two_steps)};
  REQUIRE(l.journey);
  View view = make_map_view(*l.journey);
  CHECK(view.width > 0);
  CHECK(view.height > 0);
  for (const Box& b : view.boxes) {
    CAPTURE(b.id);
    CHECK(b.x >= 0);
    CHECK(b.y >= 0);
    CHECK(b.x + b.width <= view.width + 0.01);
    CHECK(b.y + b.height <= view.height + 0.01);
  }
}

TEST_CASE("the emotion curve passes through one marker per step with an emotion") {
  Loaded l{std::string(k_two_steps)};
  REQUIRE(l.journey);
  View view = make_map_view(*l.journey);
  REQUIRE(view.curves.size() == 1);
  const Curve& curve = view.curves[0];
  REQUIRE(curve.points.size() == 2);
  CHECK(curve.controls.size() == 4);
  REQUIRE(view.markers.size() == 2);
  CHECK(view.markers[0].id == "emotion.see-ad");
  CHECK(view.markers[0].center.y < view.markers[1].center.y);  // 4 sits above 2
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(view.markers[i].center.x == curve.points[i].x);
    CHECK(view.markers[i].center.y == curve.points[i].y);
  }
  CHECK(view.markers[0].tooltip == "Sees an ad: 4 (happy)");
}

TEST_CASE("the map of a journey renders to SVG") {
  Loaded l{std::string(k_two_steps)};
  REQUIRE(l.journey);
  std::string svg = render_dot(emit_dot(make_map_view(*l.journey)), "svg");
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("id=\"step.see&#45;ad\"") != std::string::npos);  // Graphviz writes '-' as &#45;
}

TEST_CASE("ids stay unique for ordinary ids") {
  Loaded l{std::string(k_two_steps)};
  REQUIRE(l.journey);
  auto ids = dot_ids(make_map_view(*l.journey));
  CHECK(repeated(ids) == "");
}

TEST_CASE("ids stay unique when journey ids contain '-' or the view's own words") {
  // Ids joined with '-' collided: step 'a' + touchpoint 'b-c' and step 'a-b' +
  // touchpoint 'c' both gave "touchpoint-a-b-c"; a step 'level-3' gave the marker
  // "emotion-level-3", the name of a box of the emotion lane; 'area' gave "emotion-area".
  Loaded l(R"(jmap: 1
title: Collisions
touchpoints:
  - {id: b-c, name: BC, channel: web}
  - {id: c, name: C, channel: web}
stages:
  - id: s
    name: S
    objective: O
    steps:
      - {id: a, name: A, touchpoints: [b-c], emotion: 2}
      - {id: a-b, name: AB, touchpoints: [c], emotion: 3}
      - {id: level-3, name: L3, touchpoints: [c], emotion: 4}
      - {id: area, name: Area, touchpoints: [c], emotion: 4}
)");
  INFO(l.listing());
  REQUIRE(l.journey);
  CHECK_FALSE(l.diagnostics.has_errors());
  auto ids = dot_ids(make_map_view(*l.journey));
  CHECK(repeated(ids) == "");
}

}  // TEST_SUITE

TEST_CASE("blueprint: five lanes in order, three lines between them, arrows down a step") {
  Loaded l(R"(jmap: 1
title: B
touchpoints:
  - {id: shop, name: Shop, kind: physical}
  - {id: web, name: Website, kind: digital}
stages:
  - id: s
    name: S
    steps:
      - id: a
        name: A
        touchpoints: [shop, web]
        frontstage: [Counter]
        backstage: [Stock check]
        support: [Inventory system]
        fail_point: true
        duration: 2 min
      - {id: b, name: B, support: [Only support]}
)");
  REQUIRE(l.journey);
  View view = make_blueprint_view(*l.journey);
  std::vector<std::string> lanes;
  for (const Box& b : view.boxes)
    if (b.id.rfind("lane.", 0) == 0) lanes.push_back(b.id);
  CHECK(lanes == std::vector<std::string>{"lane.stages", "lane.evidence", "lane.steps", "lane.frontstage", "lane.backstage",
                                          "lane.support"});
  CHECK(box(view, "touchpoint.a.shop"));
  CHECK_FALSE(box(view, "touchpoint.a.web"));  // physical evidence only
  auto curve = [&](std::string_view id) -> const Curve* {
    for (const Curve& c : view.curves)
      if (c.id == id) return &c;
    return nullptr;
  };
  const Curve* interaction = curve("line.interaction");
  const Curve* visibility = curve("line.visibility");
  const Curve* internal = curve("line.internal-interaction");
  REQUIRE(interaction);
  REQUIRE(visibility);
  REQUIRE(internal);
  CHECK(interaction->dashed);
  // Each line lies between the lanes it separates.
  CHECK(interaction->points[0].y > box(view, "step.a")->y + box(view, "step.a")->height);
  CHECK(interaction->points[0].y < box(view, "frontstage.a")->y);
  CHECK(visibility->points[0].y > box(view, "frontstage.a")->y + box(view, "frontstage.a")->height);
  CHECK(visibility->points[0].y < box(view, "backstage.a")->y);
  CHECK(internal->points[0].y < box(view, "support.a")->y);
  // Arrows: action -> frontstage -> backstage -> support; b skips the empty lanes.
  for (std::string_view id : {"link.a.steps.frontstage", "link.a.frontstage.backstage", "link.a.backstage.support",
                              "link.b.steps.support"}) {
    CAPTURE(id);
    REQUIRE(curve(id));
    CHECK(curve(id)->arrow_tip);
  }
  CHECK(curve("link.a.steps.frontstage")->arrow_tip->y == doctest::Approx(box(view, "frontstage.a")->y));
  // The fail point and the time standard are on the customer action.
  std::string text = box(view, "step.a")->tooltip;
  CHECK(jmap::test::contains(text, "FAIL POINT"));
  CHECK(jmap::test::contains(text, "Takes: 2 min"));
}

namespace {

constexpr std::string_view k_three_personas = R"(jmap: 1
title: Three people
personas: [{id: ann, name: Ann Example}, {id: bob, name: Bob}, {id: cy, name: Cy}]
stages:
  - id: s
    name: S
    reached: 1000
    steps:
      - id: zero
        name: Zero
        personas: [bob]
        pains: [{id: for-bob, text: Bob waits}]
      - id: one
        name: One
        emotion: {ann: 1, bob: 3, cy: 5}
        pains: [{id: for-all, text: All wait}]
      - id: two
        name: Two
        personas: [ann]
        emotion: 2
        pains:
          - id: for-ann
            text: Ann waits for a long time, longer than anyone else, at a counter with no queue
            evidence: [{quote: I waited and waited and nobody came to help me, source: Interview 4}]
        opportunities: [{text: Faster, addresses: [for-ann]}]
  - id: t
    name: T
    steps: [{id: three, name: Three, emotion: {ann: 4, bob: 4, cy: 4}}]
    kpis: [{id: k1, name: K1, target: 1, actual: 2}, {id: k2, name: K2, target: 1, actual: 0}]
  - id: u
    name: U
    reached: 400
    steps: [{id: four, name: Four, emotion: 3}]
    kpis: [{id: k, name: K, target: 1, actual: 2}]
)";

const Curve* curve_of(const View& view, std::string_view id) {
  for (const Curve& c : view.curves)
    if (c.id == id) return &c;
  return nullptr;
}

std::string text_of(const Box& b) {
  std::string out;
  for (const TextLine& line : b.lines)
    for (const TextRun& run : line) out += run.text;
  return out;
}

}  // namespace

TEST_CASE("the legend names each persona's curve beside a sample of its line") {
  Loaded l{std::string(k_three_personas)};
  REQUIRE(l.journey);
  for (const char* theme : {"default", "print"}) {
    CAPTURE(theme);
    View view = make_map_view(*l.journey, ViewOptions{ViewKind::map, "", theme, "", true});
    const Box* area = box(view, "emotion-area");
    REQUIRE(area);
    for (auto [id, name] : {std::pair{"ann", "Ann Example"}, {"bob", "Bob"}, {"cy", "Cy"}}) {
      CAPTURE(id);
      const Box* label = box(view, fmt::format("emotion-legend.{}", id));
      const Curve* sample = curve_of(view, fmt::format("emotion-legend-line.{}", id));
      const Curve* curve = curve_of(view, fmt::format("emotion-curve.{}", id));
      REQUIRE(label);
      REQUIRE(sample);
      REQUIRE(curve);
      CHECK(text_of(*label) == name);
      CHECK(sample->color == curve->color);
      CHECK(sample->dashed == curve->dashed);
      CHECK(sample->dotted == curve->dotted);
      // Inside the emotion area, above every marker of a curve (print puts a sample
      // marker on the legend's line, beside its label).
      CHECK(label->y > area->y);
      for (const Marker& m : view.markers)
        if (m.id.find("legend") == std::string::npos) CHECK(label->y + label->height < m.center.y - m.radius);
    }
  }
}

TEST_CASE("print: every persona's curve has its own colour and pattern") {
  Loaded l{std::string(k_three_personas)};
  REQUIRE(l.journey);
  View view = make_map_view(*l.journey, ViewOptions{ViewKind::map, "", "print", "", true});
  std::set<std::tuple<std::string, bool, bool>> looks;
  for (const char* id : {"emotion-curve.ann", "emotion-curve.bob", "emotion-curve.cy"}) {
    const Curve* c = curve_of(view, id);
    REQUIRE(c);
    looks.insert({c->color, c->dashed, c->dotted});
  }
  CHECK(looks.size() == 3);
}

TEST_CASE("print: the legend shows each persona's marker, shaped as its points are") {
  Loaded l{std::string(k_three_personas)};
  REQUIRE(l.journey);
  View view = make_map_view(*l.journey, ViewOptions{ViewKind::map, "", "print", "", true});
  std::set<std::string> shapes;
  for (const char* persona : {"ann", "bob", "cy"}) {
    const Marker* sample = nullptr;
    const Marker* point = nullptr;
    for (const Marker& m : view.markers) {
      if (m.id == std::string("emotion-legend-marker.") + persona) sample = &m;
      if (!point && m.id.rfind("emotion.", 0) == 0 && m.id.size() > std::strlen(persona) &&
          m.id.compare(m.id.size() - std::strlen(persona) - 1, std::string::npos, std::string(".") + persona) == 0)
        point = &m;
    }
    REQUIRE_MESSAGE(sample, persona);
    REQUIRE_MESSAGE(point, persona);
    CHECK(sample->shape == point->shape);
    CHECK(sample->fill == point->fill);
    shapes.insert(sample->shape);
  }
  CHECK(shapes.size() == 3);
  View colour = make_map_view(*l.journey);
  for (const Marker& m : colour.markers) CHECK(m.id.find("legend") == std::string::npos);  // colour tells them apart
}

TEST_CASE("a single curve needs no legend") {
  Loaded l{std::string(k_two_steps)};
  REQUIRE(l.journey);
  View view = make_map_view(*l.journey);
  for (const Box& b : view.boxes) CHECK(b.id.find("legend") == std::string::npos);
}

TEST_CASE("print: emotion markers have an outline that shows on white") {
  Loaded l{std::string(k_two_steps)};
  REQUIRE(l.journey);
  View view = make_map_view(*l.journey, ViewOptions{ViewKind::map, "", "print", "", true});
  REQUIRE_FALSE(view.markers.empty());
  for (const Marker& m : view.markers) {
    CHECK(m.stroke != "#FFFFFF");
    CHECK(m.fill != "#FFFFFF");
  }
}

TEST_CASE("a pain keeps its number in a persona's map, and so do the links to it") {
  Loaded l{std::string(k_three_personas)};
  REQUIRE(l.journey);
  View all = make_map_view(*l.journey);
  View ann = make_map_view(journey_for_persona(*l.journey, "ann"));
  REQUIRE(box(all, "pain.two.1"));
  REQUIRE(box(ann, "pain.two.1"));
  CHECK_FALSE(box(ann, "pain.zero.1"));  // Bob's step, and its P1, are not Ann's
  CHECK(text_of(*box(all, "pain.zero.1")).starts_with("P1"));
  CHECK(text_of(*box(all, "pain.one.1")).starts_with("P2"));
  CHECK(text_of(*box(ann, "pain.one.1")).starts_with("P2"));
  CHECK(text_of(*box(all, "pain.two.1")).starts_with("P3"));
  CHECK(text_of(*box(ann, "pain.two.1")).starts_with("P3"));
  for (const View* view : {&all, &ann}) {
    REQUIRE(box(*view, "opportunity.two.1"));
    CHECK(text_of(*box(*view, "opportunity.two.1")).starts_with("Opportunity \u2192 P3"));
  }
}

TEST_CASE("the funnel names the stage it compares with when the one before has no count") {
  Loaded l{std::string(k_three_personas)};
  REQUIRE(l.journey);
  View view = make_map_view(*l.journey);
  REQUIRE(box(view, "stage.u"));
  CHECK(text_of(*box(view, "stage.u")).find("400 reached \u00B7 40% of S") != std::string::npos);
  CHECK(text_of(*box(view, "stage.u")).find("previous") == std::string::npos);
}

TEST_CASE("cards keep their own height; only the steps make an even row") {
  Loaded l{std::string(k_three_personas)};
  REQUIRE(l.journey);
  View view = make_map_view(*l.journey);
  const Box* short_pain = box(view, "pain.one.1");
  const Box* kpi = box(view, "kpi.k");
  REQUIRE(short_pain);
  REQUIRE(kpi);
  // Their own text and padding, not the height of the long pain or the two KPIs beside them.
  CHECK(short_pain->height == doctest::Approx(lines_height(short_pain->lines) + 2 * k_card_padding));
  CHECK(short_pain->height < box(view, "pain.two.1")->height);
  CHECK(kpi->height == doctest::Approx(lines_height(kpi->lines) + 2 * k_card_padding));
  CHECK(kpi->y == doctest::Approx(box(view, "kpi.k1")->y));  // top-aligned
  CHECK(box(view, "step.one")->height == box(view, "step.two")->height);
}

namespace {

// A one-step journey on the scale LOW..HIGH, every value labelled "level N" when asked.
std::string on_scale(int low, int high, bool labelled) {
  std::string labels;
  for (int v = low; labelled && v <= high; ++v) labels += fmt::format("{}{}: level {}", labels.empty() ? "" : ", ", v, v);
  return fmt::format(R"(jmap: 1
title: Scale
scale: {{min: {}, max: {}{}}}
stages:
  - id: s
    name: S
    steps: [{{id: one, name: One, emotion: {}}}]
)",
                     low, high, labelled ? ", labels: {" + labels + "}" : "", high);
}

// The values the axis labels, top down, and whether any two labels or grid lines are
// closer than a line of text (a label is a line of k_small high, centred on its line).
std::vector<int> axis_values(const View& view) {
  std::vector<int> values;
  const std::string prefix = "emotion-label.";
  for (const Box& b : view.boxes)
    if (b.id.starts_with(prefix)) values.push_back(std::stoi(b.id.substr(prefix.size())));
  return values;
}

void check_axis_apart(const View& view) {
  std::vector<const Box*> labels, rules;
  for (const Box& b : view.boxes) {
    if (b.id.starts_with("emotion-label.")) labels.push_back(&b);
    if (b.id.starts_with("emotion-level.")) rules.push_back(&b);
  }
  REQUIRE(labels.size() == rules.size());
  for (std::size_t i = 1; i < labels.size(); ++i) {
    CAPTURE(labels[i]->id);
    CHECK(labels[i]->y >= labels[i - 1]->y + labels[i - 1]->height - 0.01);
    CHECK(rules[i]->y - rules[i - 1]->y >= 13);
  }
}

}  // namespace

TEST_CASE("the emotion axis labels every value that fits and never overlaps") {
  auto range = [](int from, int to, int step) {
    std::vector<int> out;
    for (int v = to; v >= from; v -= step) out.push_back(v);
    return out;
  };
  struct Case {
    int low, high;
    bool labelled;
    std::vector<int> expected;
  };
  for (const Case& c : {Case{0, 15, true, range(0, 15, 1)},       // the lane grows to show them all
                        Case{0, 100, true, range(0, 100, 5)},      // too many: every fifth
                        Case{0, 10, true, range(0, 10, 1)}, Case{-3, 3, false, range(-3, 3, 1)},
                        Case{1, 5, false, range(1, 5, 1)}, Case{0, 1000, false, range(0, 1000, 100)}}) {
    CAPTURE(c.low);
    CAPTURE(c.high);
    Loaded l{on_scale(c.low, c.high, c.labelled)};
    REQUIRE(l.journey);
    View view = make_map_view(*l.journey);
    CHECK(axis_values(view) == c.expected);
    check_axis_apart(view);
    const Box* area = box(view, "emotion-area");
    REQUIRE(area);
    CHECK(area->height < 400);  // grown, within a maximum
  }
}

TEST_CASE("the axis keeps both ends and a labelled value off the round steps") {
  Loaded l{R"(jmap: 1
title: Scale
scale: {min: 0, max: 100, labels: {0: awful, 47: fine, 100: superb}}
stages: [{id: s, name: S, steps: [{id: one, name: One, emotion: 47}]}]
)"};
  REQUIRE(l.journey);
  View view = make_map_view(*l.journey);
  CHECK(axis_values(view) == std::vector<int>{100, 90, 80, 70, 60, 47, 30, 20, 10, 0});
  check_axis_apart(view);
  const Box* fine = box(view, "emotion-label.47");
  REQUIRE(fine);
  CHECK(text_of(*fine) == "fine · 47");
}

TEST_CASE("twelve personas: every curve, and its sample in the legend, looks different in every theme") {
  std::string personas, emotions;
  for (int k = 0; k < 12; ++k) {
    personas += fmt::format("{}{{id: p{}, name: P{}}}", k ? ", " : "", k, k);
    emotions += fmt::format("{}p{}: {}", k ? ", " : "", k, 1 + k % 5);
  }
  Loaded l{fmt::format(R"(jmap: 1
title: Many
personas: [{}]
stages: [{{id: s, name: S, steps: [{{id: one, name: One, emotion: {{{}}}}}, {{id: two, name: Two, emotion: 3}}]}}]
)",
                       personas, emotions)};
  REQUIRE(l.journey);
  for (const std::string& theme : theme_names()) {
    CAPTURE(theme);
    View view = make_map_view(*l.journey, ViewOptions{ViewKind::map, "", theme, "", true});
    std::set<std::tuple<std::string, bool, bool, double>> looks;
    for (int k = 0; k < 12; ++k) {
      const Curve* curve = curve_of(view, fmt::format("emotion-curve.p{}", k));
      const Curve* sample = curve_of(view, fmt::format("emotion-legend-line.p{}", k));
      REQUIRE(curve);
      REQUIRE(sample);
      looks.insert({curve->color, curve->dashed, curve->dotted, curve->width});
      CHECK(std::tie(sample->color, sample->dashed, sample->dotted, sample->width) ==
            std::tie(curve->color, curve->dashed, curve->dotted, curve->width));
    }
    CHECK(looks.size() == 12);
    // The persona cards' borders follow: the 7th is dashed (print: dotted, drawn dashed).
    const Box* first = box(view, "persona.p0");
    const Box* seventh = box(view, "persona.p6");
    REQUIRE(first);
    REQUIRE(seventh);
    CHECK_FALSE(first->dashed);
    CHECK(seventh->dashed);
    CHECK(seventh->stroke == curve_of(view, "emotion-curve.p6")->color);
    // Names in print stay in the text colour: a light grey is a line, not a text colour.
    if (theme == "print") CHECK(seventh->lines.front().front().color == theme_named("print").text);
    // Every card's name is readable text (AA) on its card, whatever its curve's colour.
    for (int k = 0; k < 12; ++k) {
      const Box* card = box(view, fmt::format("persona.p{}", k));
      REQUIRE(card);
      const TextRun& name = card->lines.front().front();
      std::string color = name.color.empty() ? theme_named(theme).text : name.color;
      CAPTURE(k);
      CHECK(contrast_ratio(color, card->fill) >= k_text_contrast);
    }
  }
}

TEST_CASE("the key explains the marks this journey uses, right of the persona cards, in the theme's colours") {
  Loaded l{std::string(k_two_steps)};
  REQUIRE(l.journey);
  for (const std::string& name : theme_names()) {
    CAPTURE(name);
    const Theme& theme = theme_named(name);
    View view = make_map_view(*l.journey, ViewOptions{ViewKind::map, "", name, "", true});
    const Box* frame = box(view, "key");
    const Box* persona = box(view, "persona.parent");
    REQUIRE(frame);
    REQUIRE(persona);
    CHECK(frame->x >= persona->x + persona->width + 10);
    CHECK(frame->y == persona->y);
    CHECK(frame->x + frame->width <= view.width - 28);
    CHECK(text_of(*frame) == "KEY");
    // Digital touchpoints, a pain, an opportunity, a missed KPI: no physical, human,
    // met KPI or fail point in this journey.
    for (const char* absent : {"key.physical", "key.human", "key.kpi-met", "key.fail-point"}) CHECK_FALSE(box(view, absent));
    const Box* digital = box(view, "key.digital");
    const Box* pain = box(view, "key.pain");
    const Box* missed = box(view, "key.kpi-missed");
    const Box* opportunity = box(view, "key.opportunity");
    REQUIRE(digital);
    REQUIRE(pain);
    REQUIRE(missed);
    REQUIRE(opportunity);
    CHECK(text_of(*digital) == "Digital touchpoint");
    CHECK(digital->fill == theme.digital_fill);
    CHECK(digital->lines.front().front().color == theme.digital_text);
    CHECK(pain->fill == theme.pain_fill);
    CHECK(text_of(*missed) == "\u2717 KPI missed");
    CHECK(missed->lines.front().front().color == theme.missed);
    CHECK(opportunity->dashed == theme.patterns);
    for (const Box* chip : {digital, pain, missed, opportunity}) {  // inside the key, below its title
      CHECK(chip->x >= frame->x);
      CHECK(chip->x + chip->width <= frame->x + frame->width);
      CHECK(chip->y >= frame->y + 12);
      CHECK(chip->y + chip->height <= frame->y + frame->height);
    }
  }
}

TEST_CASE("no key where the persona cards fill the row") {
  Loaded l{std::string(k_three_personas)};
  REQUIRE(l.journey);
  View view = make_map_view(*l.journey);
  CHECK_FALSE(box(view, "key"));
  for (const Box& b : view.boxes) CHECK_FALSE(b.id.starts_with("key."));
}

TEST_CASE("evidence: a quote in quote marks and italics, a finding or a metric a plain fact with its kind") {
  Loaded l(R"(jmap: 1
title: T
stages:
  - id: s
    name: S
    steps:
      - id: pay
        name: Pays
        evidence:
          - {quote: I never know the total, source: Interview P7}
          - {finding: 38% did not understand the excess, source: Usability test, date: 2026-02}
          - {metric: Checkout abandonment 64%, source: GA4}
        pains:
          - text: Surprise fees
            evidence: [{metric: 12% of tickets ask about fees}]
)");
  REQUIRE(l.journey);
  View view = make_map_view(*l.journey);
  const Box* quote = box(view, "evidence.pay.1");
  const Box* finding = box(view, "evidence.pay.2");
  const Box* metric = box(view, "evidence.pay.3");
  REQUIRE(quote);
  REQUIRE(finding);
  REQUIRE(metric);
  CHECK(text_of(*quote).starts_with("\u201CI never know the total\u201D"));
  CHECK(quote->lines.front().front().italic);
  CHECK(text_of(*finding).starts_with("FINDING38% did not"));  // the tag, then the fact
  CHECK(text_of(*finding).find("\u2014 Usability test, 2026-02") != std::string::npos);
  CHECK(text_of(*metric).starts_with("METRICCheckout abandonment 64%"));
  for (const Box* fact : {finding, metric}) {
    CHECK(text_of(*fact).find("\u201C") == std::string::npos);
    for (const TextLine& line : fact->lines)
      for (const TextRun& run : line) CHECK_FALSE(run.italic);
  }
  const Box* pain = box(view, "pain.pay.1");
  REQUIRE(pain);
  CHECK(text_of(*pain).find("METRIC12% of tickets") != std::string::npos);
  CHECK(text_of(*pain).find("\u201C") == std::string::npos);
}

namespace {

// Ann takes every step; Bob skips the middle two, so his curve breaks there; Cy takes
// one step only.
constexpr std::string_view k_skipping = R"(jmap: 1
title: T
personas: [{id: ann, name: Ann}, {id: bob, name: Bob}, {id: cy, name: Cy}]
stages:
  - id: s
    name: S
    steps:
      - {id: one, name: One, personas: [ann, bob, cy], emotion: {ann: 2, bob: 4, cy: 3}}
      - {id: two, name: Two, personas: [ann, bob], emotion: {ann: 3, bob: 3}}
      - {id: three, name: Three, personas: [ann], emotion: {ann: 4}}
      - {id: four, name: Four, personas: [ann], emotion: {ann: 4}}
      - {id: five, name: Five, personas: [ann, bob], emotion: {ann: 5, bob: 2}}
      - {id: six, name: Six, personas: [ann, bob], emotion: {ann: 4, bob: 1}}
)";

const Marker* marker_of(const View& view, std::string_view id) {
  for (const Marker& m : view.markers)
    if (m.id == id) return &m;
  return nullptr;
}

}  // namespace

TEST_CASE("a persona's curve breaks at the steps it does not take, and has no point there") {
  Loaded l{std::string(k_skipping)};
  REQUIRE(l.journey);
  INFO(l.listing());
  CHECK_FALSE(l.diagnostics.has_errors());
  View view = make_map_view(*l.journey);
  const Curve* ann = curve_of(view, "emotion-curve.ann");
  REQUIRE(ann);
  CHECK(ann->points.size() == 6);  // unbroken
  CHECK_FALSE(curve_of(view, "emotion-curve.ann.2"));
  const Curve* before = curve_of(view, "emotion-curve.bob");
  const Curve* after = curve_of(view, "emotion-curve.bob.2");
  REQUIRE(before);
  REQUIRE(after);
  CHECK_FALSE(curve_of(view, "emotion-curve.bob.3"));
  CHECK(before->points.size() == 2);
  CHECK(after->points.size() == 2);
  CHECK_FALSE(marker_of(view, "emotion.three.bob"));
  CHECK_FALSE(marker_of(view, "emotion.four.bob"));
  // Neither piece reaches over the steps Bob does not take.
  const Box* three = box(view, "step.three");
  const Box* four = box(view, "step.four");
  REQUIRE(three);
  REQUIRE(four);
  for (const Curve* piece : {before, after})
    for (const Point& p : piece->controls) CHECK((p.x < three->x || p.x > four->x + four->width));
  // Cy's one point is a marker, not a curve; the legend says what a gap means.
  CHECK(marker_of(view, "emotion.one.cy"));
  CHECK_FALSE(curve_of(view, "emotion-curve.cy"));
  const Box* note = box(view, "emotion-legend-gaps");
  REQUIRE(note);
  CHECK(text_of(*note) == "A gap in a curve: steps that persona does not take");
  const Marker* marker = marker_of(view, "emotion.five.bob");
  REQUIRE(marker);
  CHECK(marker->tooltip == "Five: 2 (unhappy) \u2014 Bob");
}

TEST_CASE("curves without gaps have no note about them") {
  Loaded l(R"(jmap: 1
title: T
personas: [{id: ann, name: Ann}, {id: bob, name: Bob}]
stages:
  - id: s
    name: S
    steps:
      - {id: one, name: One, emotion: {ann: 2, bob: 4}}
      - {id: two, name: Two, emotion: 3}
)");
  REQUIRE(l.journey);
  View view = make_map_view(*l.journey);
  CHECK(curve_of(view, "emotion-curve.bob"));
  CHECK(box(view, "emotion-legend.bob"));
  CHECK_FALSE(box(view, "emotion-legend-gaps"));
}
