// Font sizes of the map, in points (= CSS pixels in a browser at 100%). Whole numbers:
// Graphviz reads POINT-SIZE as an integer.
#pragma once

namespace jmap::type {

constexpr double k_title = 26;    // the journey's title
constexpr double k_lead = 13;     // description, scope
constexpr double k_heading = 16;  // stage names
constexpr double k_name = 12;     // step, persona, touchpoint and KPI names
constexpr double k_body = 11;     // running text
constexpr double k_small = 10;    // sources, meta lines, scale labels
constexpr double k_tag = 9;       // bold capitals: STAGE 1, P1, MET

}  // namespace jmap::type
