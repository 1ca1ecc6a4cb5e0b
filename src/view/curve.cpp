#include "curve.hpp"

#include <algorithm>

namespace jmap {
namespace {

// Fritsch-Carlson tangents (the weighted harmonic mean of PCHIP): zero at a peak, a
// trough or beside a flat run, and never more than three times either neighbouring
// slope, which keeps every Bezier handle inside its segment's range.
std::vector<double> monotone_tangents(const std::vector<Point>& points) {
  std::size_t n = points.size();
  std::vector<double> h(n - 1), slope(n - 1), tangent(n, 0.0);
  for (std::size_t i = 0; i + 1 < n; ++i) {
    h[i] = points[i + 1].x - points[i].x;
    slope[i] = h[i] > 0 ? (points[i + 1].y - points[i].y) / h[i] : 0.0;
  }
  tangent.front() = slope.front();
  tangent.back() = slope.back();
  for (std::size_t i = 1; i + 1 < n; ++i) {
    double d0 = slope[i - 1], d1 = slope[i];
    if (d0 * d1 <= 0) continue;
    double w0 = 2 * h[i] + h[i - 1], w1 = h[i] + 2 * h[i - 1];
    tangent[i] = (w0 + w1) / (w0 / d0 + w1 / d1);
  }
  return tangent;
}

Point between(Point a, Point b, double t) { return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}; }

// de Casteljau: the part of segment p[0..3] from t on (from_start) or up to t.
void split_segment(Point* p, double t, bool keep_end) {
  Point ab = between(p[0], p[1], t), bc = between(p[1], p[2], t), cd = between(p[2], p[3], t);
  Point abc = between(ab, bc, t), bcd = between(bc, cd, t), mid = between(abc, bcd, t);
  if (keep_end) {
    p[0] = mid, p[1] = bcd, p[2] = cd;
  } else {
    p[1] = ab, p[2] = abc, p[3] = mid;
  }
}

}  // namespace

std::vector<Point> cut_bezier(std::vector<Point> controls, double min_x, double max_x) {
  if (controls.size() < 4) return controls;
  if (controls[0].x < min_x && controls[3].x > min_x)
    split_segment(&controls[0], (min_x - controls[0].x) / (controls[3].x - controls[0].x), true);
  std::size_t last = controls.size() - 4;
  if (controls[last + 3].x > max_x && controls[last].x < max_x)
    split_segment(&controls[last], (max_x - controls[last].x) / (controls[last + 3].x - controls[last].x), false);
  return controls;
}

std::vector<Point> bezier_through(const std::vector<Point>& points, double min_y, double max_y) {
  std::vector<Point> out;
  if (points.size() < 2) return out;
  std::vector<double> tangent = monotone_tangents(points);
  out.push_back(points.front());
  for (std::size_t i = 0; i + 1 < points.size(); ++i) {
    const Point& a = points[i];
    const Point& b = points[i + 1];
    double third = (b.x - a.x) / 3;
    // The clamp only guards against rounding: the tangents already keep the handles in range.
    double low = std::max(std::min(a.y, b.y), min_y), high = std::min(std::max(a.y, b.y), max_y);
    auto in_range = [&](double y) { return std::clamp(y, std::min(low, high), std::max(low, high)); };
    out.push_back({a.x + third, in_range(a.y + tangent[i] * third)});
    out.push_back({b.x - third, in_range(b.y - tangent[i + 1] * third)});
    out.push_back(b);
  }
  return out;
}

}  // namespace jmap
