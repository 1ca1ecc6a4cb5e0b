// The view on paper: which stages go on which page, and the pages themselves.
#include <doctest/doctest.h>

#include <string>

#include "jmap/pages.hpp"
#include "test_support.hpp"
#include "view/curve.hpp"
#include "view/map_lanes.hpp"

using namespace jmap;
using jmap::test::Loaded;

namespace {

// Six stages; the fourth has six steps, wider than an A4 portrait page at the least scale.
std::string six_stages() {
  std::string text = "jmap: 1\ntitle: T\nstages:\n";
  for (int s = 1; s <= 6; ++s) {
    text += "  - {id: s" + std::to_string(s) + ", name: Stage " + std::to_string(s) + ", steps: [";
    int steps = s == 4 ? 6 : 1;
    for (int k = 1; k <= steps; ++k)
      text += (k > 1 ? ", " : "") + std::string("{id: t") + std::to_string(s) + "-" + std::to_string(k) +
              ", name: Step, emotion: " + std::to_string(k % 5 + 1) + "}";
    text += "]}\n";
  }
  return text;
}

const PaperInfo& a4() { return *paper_named("A4"); }

// Three stages of two steps, each step with `items` lines in each blueprint lane: taller
// than an A4 page at the readable scale, whose lanes then go over several pages.
std::string tall(int items) {
  std::string text =
      "jmap: 1\ntitle: Tall\npersonas:\n  - {id: pat, name: Pat, description: A persona card's own words}\nstages:\n";
  for (int s = 1; s <= 3; ++s) {
    text += "  - id: s" + std::to_string(s) + "\n    name: Stage " + std::to_string(s) + "\n    steps:\n";
    for (int k = 1; k <= 2; ++k) {
      text += "      - id: t" + std::to_string(s) + std::to_string(k) + "\n        name: Step\n        emotion: 3\n";
      for (const char* lane : {"frontstage", "backstage", "support"}) {
        text += std::string("        ") + lane + ":\n";
        for (int i = 0; i < items; ++i) text += "          - An item of this lane, long enough to wrap once or twice\n";
      }
    }
  }
  return text;
}

// The ids of a page's lane labels ("lane.steps"), top to bottom.
std::vector<std::string> lane_labels(const View& view) {
  std::vector<std::string> ids;
  for (const Box& box : view.boxes)
    if (box.id.rfind("lane.", 0) == 0) ids.push_back(box.id);
  return ids;
}

bool has_box(const View& view, std::string_view prefix) {
  for (const Box& box : view.boxes)
    if (box.id.rfind(prefix, 0) == 0) return true;
  return false;
}

}  // namespace

TEST_SUITE("view::pages") {

TEST_CASE("paper sizes in points, orientation applied") {
  PageSetup landscape = page_setup(a4(), true, false);
  CHECK(landscape.width == doctest::Approx(841.89).epsilon(0.001));
  CHECK(landscape.height == doctest::Approx(595.28).epsilon(0.001));
  PageSetup portrait = page_setup(*paper_named("letter"), false, false);
  CHECK(portrait.width == 612);
  CHECK(portrait.height == 792);
  CHECK(paper_named("a5") == nullptr);
}

TEST_CASE("parts cover every stage once, in order; a stage too wide is split between steps") {
  Loaded l(six_stages());
  REQUIRE(l.journey);
  std::vector<PagePart> parts = page_parts(*l.journey, {}, page_setup(a4(), false, false));
  REQUIRE(parts.size() > 1);
  std::size_t next_stage = 0, next_step = 0;
  bool split = false;
  for (const PagePart& part : parts) {
    CHECK(part.first_stage == next_stage);
    if (part.first_step) {
      split = true;
      CHECK(part.first_stage == 3);
      CHECK(*part.first_step == next_step);
      next_step = *part.last_step + 1;
      if (next_step == 6) next_stage = 4, next_step = 0;
    } else {
      next_stage = part.last_stage + 1;
    }
  }
  CHECK(next_stage == 6);
  CHECK(split);
}

TEST_CASE("every page but a --fit page says which it is") {
  Loaded l(six_stages());
  REQUIRE(l.journey);
  PageSet pages = make_pages(*l.journey, {}, page_setup(a4(), true, false));
  REQUIRE(pages.pages.size() > 1);
  CHECK(pages.pages.back().number == "page " + std::to_string(pages.pages.size()) + " of " + std::to_string(pages.pages.size()));
  CHECK(pages.scale > 0);
  CHECK(pages.scale <= 1);
  PageSet fit = make_pages(*l.journey, {}, page_setup(a4(), true, true));
  REQUIRE(fit.pages.size() == 1);
  CHECK(fit.pages[0].number.empty());
}

TEST_CASE("a part knows the steps beside it, so the curve can run on") {
  Loaded l(six_stages());
  REQUIRE(l.journey);
  Journey part = journey_for_steps(*l.journey, 3, 2, 3);
  REQUIRE(part.shown);
  REQUIRE(part.shown->before);
  REQUIRE(part.shown->after);
  CHECK(part.shown->before->id.value == "t4-2");
  CHECK(part.shown->after->id.value == "t4-5");
  CHECK(part.stages[0].name.value == "Stage 4 (continued)");
  Journey first = journey_for_stages(*l.journey, 0, 1);
  CHECK_FALSE(first.shown->before);
  CHECK(first.shown->after->id.value == "t3-1");
}

TEST_CASE("a map taller than a page goes over pages between whole lanes, each range's bands in order") {
  Loaded l(tall(6));
  REQUIRE(l.journey);
  std::vector<PagePart> parts = page_parts(*l.journey, {}, page_setup(a4(), true, false));
  REQUIRE(parts.size() > 3);  // more pages than ranges of stages
  std::size_t bands_of_first = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    REQUIRE(parts[i].lanes);
    bool starts_range = i == 0 || parts[i].first_stage != parts[i - 1].first_stage;
    if (starts_range) {
      CHECK(parts[i].lanes->first == 0);
      if (i > 0)  // the range before ended with its last lane
        CHECK(parts[i - 1].lanes->last + 1 == drawn_lane_count(journey_for_part(*l.journey, parts[i - 1]), {}));
    } else {
      CHECK(parts[i].lanes->first == parts[i - 1].lanes->last + 1);
    }
    CHECK(parts[i].lanes->first <= parts[i].lanes->last);
    bands_of_first += parts[i].first_stage == parts[0].first_stage ? 1 : 0;
  }
  CHECK(bands_of_first > 1);
  CHECK(parts.back().lanes->last + 1 == drawn_lane_count(journey_for_part(*l.journey, parts.back()), {}));
}

TEST_CASE("every page of a tall map reads at the readable scale; the stage row is on every band") {
  Loaded l(tall(6));
  REQUIRE(l.journey);
  PageSet set = make_pages(*l.journey, {}, page_setup(a4(), true, false));
  CHECK(set.least_scale >= k_min_page_scale);
  CHECK(set.scale >= set.least_scale);
  for (const Page& page : set.pages) {
    const View& view = std::get<View>(page.picture.drawing);
    std::vector<std::string> labels = lane_labels(view);
    REQUIRE(labels.size() >= 2);
    CHECK(labels.front() == "lane.stages");
    CHECK(has_box(view, "stage."));
  }
}

TEST_CASE("the first page has the full heading; the others one line, without persona cards or key") {
  Loaded l(tall(6));
  REQUIRE(l.journey);
  PageSet set = make_pages(*l.journey, {}, page_setup(a4(), true, false));
  REQUIRE(set.pages.size() > 1);
  const View& first = std::get<View>(set.pages[0].picture.drawing);
  const View& second = std::get<View>(set.pages[1].picture.drawing);
  CHECK(has_box(first, "persona.pat"));
  CHECK_FALSE(has_box(second, "persona."));
  CHECK_FALSE(has_box(second, "key"));
  for (const Box& box : second.boxes)
    if (box.id == "header") {
      REQUIRE(box.lines.size() == 1);
      CHECK(box.lines[0].front().text == "Tall");
    }
}

TEST_CASE("ViewOptions::lanes draws only those lanes, the emotion curve counted as one") {
  Loaded l(tall(1));
  REQUIRE(l.journey);
  ViewOptions options;
  std::size_t count = drawn_lane_count(*l.journey, options);
  CHECK(count == 5);  // steps, emotion, frontstage, backstage, support
  CHECK(lane_labels(make_map_view(*l.journey, options)).size() == count + 1);  // and the stage row
  options.lanes = LaneRange{1, 2};
  View band = make_map_view(*l.journey, options);
  CHECK(lane_labels(band) == std::vector<std::string>{"lane.stages", "lane.emotion", "lane.frontstage"});
  CHECK_FALSE(band.curves.empty());
  options.lanes = LaneRange{3, 4};
  CHECK(make_map_view(*l.journey, options).curves.empty());  // a band without the curve's lane
  ViewOptions blueprint;
  blueprint.kind = ViewKind::blueprint;
  CHECK(drawn_lane_count(*l.journey, blueprint) == 5);
  blueprint.lanes = LaneRange{3, 3};
  View backstage = make_blueprint_view(*l.journey, blueprint);
  CHECK(lane_labels(backstage) == std::vector<std::string>{"lane.stages", "lane.backstage"});
  CHECK(has_box(backstage, "line.visibility"));  // the line above it comes with it
}

TEST_CASE("a journey that fits its page is one band per range; one lane taller than a page is said") {
  Loaded small(six_stages());
  REQUIRE(small.journey);
  for (const PagePart& part : page_parts(*small.journey, {}, page_setup(*paper_named("a3"), true, false))) {
    REQUIRE(part.lanes);
    CHECK(part.lanes->first == 0);
    CHECK(part.lanes->last + 1 == drawn_lane_count(journey_for_part(*small.journey, part), {}));
  }
  Loaded towering(tall(60));
  REQUIRE(towering.journey);
  PageSet set = make_pages(*towering.journey, {}, page_setup(a4(), true, false));
  CHECK(set.least_scale < k_min_page_scale);
  CHECK(set.scale == doctest::Approx(k_min_page_scale));  // the other pages still read well
}

TEST_CASE("cut_bezier ends a curve exactly at the edges") {
  std::vector<Point> controls = bezier_through({{-100, 50}, {50, 10}, {150, 90}, {300, 40}}, 0, 100);
  std::vector<Point> cut = cut_bezier(controls, 0, 200);
  CHECK(cut.front().x == doctest::Approx(0));
  CHECK(cut.back().x == doctest::Approx(200));
  CHECK(cut.size() == controls.size());
  CHECK(cut[3].x == doctest::Approx(50));  // inner points stay
}

}
