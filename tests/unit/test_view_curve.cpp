// The emotion curve: a smooth line through every point that never leaves its lane.
#include <doctest/doctest.h>

#include <vector>

#include "view/curve.hpp"

using namespace jmap;

namespace {

// A zig-zag from the top of a lane (y = 100) to its bottom (y = 200) and back.
const std::vector<Point> k_zigzag{{0, 100}, {50, 200}, {100, 100}, {150, 200}, {200, 150}};

}  // namespace

TEST_SUITE("view::curve") {

TEST_CASE("n points give 3(n-1)+1 Bezier points") {
  CHECK(bezier_through({{0, 0}, {10, 10}}, 0, 10).size() == 4);
  CHECK(bezier_through({{0, 0}, {10, 10}, {20, 0}}, 0, 10).size() == 7);
  CHECK(bezier_through(k_zigzag, 100, 200).size() == 3 * (k_zigzag.size() - 1) + 1);
}

TEST_CASE("fewer than two points give no curve") {
  CHECK(bezier_through({}, 0, 10).empty());
  CHECK(bezier_through({{5, 5}}, 0, 10).empty());
}

TEST_CASE("the curve passes through every point") {
  std::vector<Point> controls = bezier_through(k_zigzag, 100, 200);
  REQUIRE(controls.size() == 13);
  for (std::size_t i = 0; i < k_zigzag.size(); ++i) {
    CAPTURE(i);
    CHECK(controls[3 * i].x == k_zigzag[i].x);
    CHECK(controls[3 * i].y == k_zigzag[i].y);
  }
}

TEST_CASE("control points are clamped into the lane") {
  std::vector<Point> controls = bezier_through(k_zigzag, 100, 200);
  bool touched_a_bound = false;
  for (const Point& p : controls) {
    CAPTURE(p.y);
    CHECK(p.y >= 100);
    CHECK(p.y <= 200);
    touched_a_bound = touched_a_bound || p.y == 100 || p.y == 200;
  }
  CHECK(touched_a_bound);
  // Unclamped, the handle after the peak at (50, 200) would dip below the lane.
  std::vector<Point> loose = bezier_through(k_zigzag, -1000, 1000);
  bool left_the_lane = false;
  for (const Point& p : loose) left_the_lane = left_the_lane || p.y < 100 || p.y > 200;
  CHECK(left_the_lane);
}

TEST_CASE("points on a straight line give handles on that line") {
  std::vector<Point> controls = bezier_through({{0, 0}, {30, 30}, {60, 60}}, -100, 100);
  for (const Point& p : controls) CHECK(p.y == doctest::Approx(p.x));
}

TEST_CASE("evenly spaced points give handles between their neighbours, in order") {
  std::vector<Point> controls = bezier_through(k_zigzag, 100, 200);
  for (std::size_t i = 1; i < controls.size(); ++i) CHECK(controls[i].x >= controls[i - 1].x);
}

}  // TEST_SUITE
