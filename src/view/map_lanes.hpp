// The content of the map's lanes: which cards stand in which cells. Geometry (where
// cells go, how tall lanes are) is map_view.cpp's business.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "card.hpp"
#include "jmap/model.hpp"
#include "jmap/view.hpp"
#include "theme.hpp"

namespace jmap {

// Columns of the map: one per step; a stage without steps still gets one (step null).
struct MapColumns {
  std::vector<const Step*> steps;
  std::vector<std::size_t> stage_of;                     // column -> stage index
  std::vector<std::pair<std::size_t, std::size_t>> stages;  // stage -> first, last column
};

MapColumns map_columns(const Journey& journey);

struct Cell {
  std::size_t first = 0, last = 0;  // columns spanned, inclusive
  std::vector<Card> cards;          // stacked top to bottom
};

struct Lane {
  std::string id;
  std::string label;
  std::vector<std::vector<Cell>> rows;  // a lane may have a row of step cells and one of stage cells
  std::string line_above;               // the blueprint line drawn above this lane, if any
  bool keep_empty = false;              // drawn even without cards (a blueprint shows every lane)
  bool even = false;                    // a lone card fills its cell (the steps); else cards keep their height
};

// Inner width (inside the padding) of a card spanning columns first..last.
using WidthOf = std::function<double(std::size_t first, std::size_t last)>;

// The lanes above the emotion curve and those below it; empty lanes are left out.
struct MapLanes {
  std::vector<Lane> above, below;
};

// `new_steps` (build --compare): the keys of steps whose card is tagged NEW.
MapLanes build_lanes(const Journey& journey, const MapColumns& columns, const WidthOf& width_of,
                     const Theme& theme, const std::set<std::string>& new_steps = {});

// The service blueprint's lanes, top to bottom: physical evidence, customer actions,
// frontstage, backstage, support; the three blueprint lines stand above the last three.
std::vector<Lane> build_blueprint_lanes(const Journey& journey, const MapColumns& columns, const WidthOf& width_of,
                                        const Theme& theme);

// How many lanes the map (the blueprint, for options.kind blueprint) of `journey` draws,
// the emotion curve counted: what ViewOptions::lanes counts in (map_view.cpp).
std::size_t drawn_lane_count(const Journey& journey, const ViewOptions& options);

}  // namespace jmap
