// The emotion curve: a smooth line through every point that never overshoots them.
#include <doctest/doctest.h>

#include <algorithm>
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

TEST_CASE("no segment leaves the range of its two end points") {
  // Catmull-Rom put the handle after the peak at (50, 200) below the lane (y > 200),
  // and bulged between equal values; a monotone curve does neither.
  const std::vector<Point> shapes[] = {
      k_zigzag,
      {{0, 150}, {40, 100}, {80, 100}, {120, 190}, {170, 100}, {210, 105}},
      {{0, 200}, {10, 190}, {200, 100}, {210, 100}, {400, 180}},
  };
  for (const std::vector<Point>& points : shapes) {
    std::vector<Point> controls = bezier_through(points, -1000, 1000);
    REQUIRE(controls.size() == 3 * (points.size() - 1) + 1);
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
      double low = std::min(points[i].y, points[i + 1].y), high = std::max(points[i].y, points[i + 1].y);
      for (std::size_t k = 3 * i; k <= 3 * i + 3; ++k) {
        CAPTURE(i);
        CAPTURE(k);
        CHECK(controls[k].y >= low);
        CHECK(controls[k].y <= high);
      }
    }
  }
}

TEST_CASE("between two equal values the line is flat") {
  std::vector<Point> controls = bezier_through({{0, 150}, {50, 100}, {100, 100}, {150, 180}}, 0, 300);
  REQUIRE(controls.size() == 10);
  for (std::size_t k = 3; k <= 6; ++k) CHECK(controls[k].y == 100);
}

TEST_CASE("a peak or a trough is a turning point with a level tangent") {
  std::vector<Point> controls = bezier_through(k_zigzag, 100, 200);
  // (50, 200) is a trough in y-down terms: both handles beside it are at its height.
  CHECK(controls[2].y == 200);
  CHECK(controls[4].y == 200);
}

TEST_CASE("control points are clamped into the lane") {
  for (const Point& p : bezier_through(k_zigzag, 120, 180)) {
    if (p.y == 100 || p.y == 200) continue;  // the points themselves are never moved
    CHECK(p.y >= 120);
    CHECK(p.y <= 180);
  }
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
