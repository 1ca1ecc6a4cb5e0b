// The view on paper: which stages go on which page, and the pages themselves.
#include <doctest/doctest.h>

#include <string>

#include "jmap/pages.hpp"
#include "test_support.hpp"
#include "view/curve.hpp"

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

TEST_CASE("cut_bezier ends a curve exactly at the edges") {
  std::vector<Point> controls = bezier_through({{-100, 50}, {50, 10}, {150, 90}, {300, 40}}, 0, 100);
  std::vector<Point> cut = cut_bezier(controls, 0, 200);
  CHECK(cut.front().x == doctest::Approx(0));
  CHECK(cut.back().x == doctest::Approx(200));
  CHECK(cut.size() == controls.size());
  CHECK(cut[3].x == doctest::Approx(50));  // inner points stay
}

}
