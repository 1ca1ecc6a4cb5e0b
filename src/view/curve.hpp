// Smooth curves through points: monotone cubic Hermite (Fritsch-Carlson) turned into
// cubic Bezier control points. One function for the map and the HTML report.
#pragma once

#include <vector>

#include "jmap/view.hpp"

namespace jmap {

// 3n+1 control points for a curve through `points` (n = points - 1, x increasing).
// The curve never overshoots its data: each segment stays within the y range of its
// two end points (flat between equal values), and within [min_y, max_y].
std::vector<Point> bezier_through(const std::vector<Point>& points, double min_y, double max_y);

// The same curve cut to min_x <= x <= max_x: a first or last segment that reaches past
// an edge (toward a step on another page) is split there and keeps its inside part.
// bezier_through's segments have x linear in t, so the cut is exact.
std::vector<Point> cut_bezier(std::vector<Point> controls, double min_x, double max_x);

}  // namespace jmap
