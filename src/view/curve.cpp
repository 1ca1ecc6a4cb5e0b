#include "curve.hpp"

#include <algorithm>

namespace jmap {

std::vector<Point> bezier_through(const std::vector<Point>& points, double min_y, double max_y) {
  std::vector<Point> out;
  if (points.size() < 2) return out;
  auto clamp = [&](Point p) {
    p.y = std::clamp(p.y, min_y, max_y);
    return p;
  };
  out.push_back(points.front());
  for (std::size_t i = 0; i + 1 < points.size(); ++i) {
    const Point& p0 = points[i == 0 ? 0 : i - 1];
    const Point& p1 = points[i];
    const Point& p2 = points[i + 1];
    const Point& p3 = points[std::min(i + 2, points.size() - 1)];
    // Uniform Catmull-Rom: tangents (p2 - p0) / 2, Bezier handles a third of them.
    out.push_back(clamp({p1.x + (p2.x - p0.x) / 6.0, p1.y + (p2.y - p0.y) / 6.0}));
    out.push_back(clamp({p2.x - (p3.x - p1.x) / 6.0, p2.y - (p3.y - p1.y) / 6.0}));
    out.push_back(p2);
  }
  return out;
}

}  // namespace jmap
