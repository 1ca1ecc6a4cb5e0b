// The flow laid out by jmap in one row, for journeys too large for Graphviz's dot.
#pragma once

#include <cstddef>

#include "jmap/view.hpp"

namespace jmap {

// Past this many steps the flow is laid out in one row by jmap instead of by dot: dot's
// time grows faster than the flow (1,000 steps took 6.7 s) and it cannot rank more
// than 32,767 columns at all.
constexpr std::size_t k_flow_row_steps = 800;

// The flow's graph placed: stages as equal bands side by side, steps on one line with
// their touchpoints above, the path as straight arrows, branches and loops as arcs under it.
View lay_out_flow_row(const Graph& graph);

}  // namespace jmap
