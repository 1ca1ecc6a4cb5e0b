// Smooth curves through points: Catmull-Rom turned into cubic Bezier control points.
#pragma once

#include <vector>

#include "jmap/view.hpp"

namespace jmap {

// 3n+1 control points for a curve through `points` (n = points - 1), each control
// point's y clamped into [min_y, max_y] so the curve never leaves its lane.
std::vector<Point> bezier_through(const std::vector<Point>& points, double min_y, double max_y);

}  // namespace jmap
