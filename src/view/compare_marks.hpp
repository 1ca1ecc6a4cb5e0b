// `build --compare OLD`: what the map marks of the change from the old state, taken from
// the diff model once for the map's lanes and its curve lane.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "jmap/model.hpp"

namespace jmap {

struct CompareMarks {
  std::string old_name, new_name;   // the files, for the legend and the note
  std::set<std::string> new_steps;  // step ids (names where no id) added since OLD: tagged NEW
  std::vector<std::string> removed_steps, removed_stages, resolved_pains;  // the note's lines
};

CompareMarks compare_marks(const Journey& old_journey, const Journey& new_journey);

// A step's key in both journeys: its id, else its name (as the diff matches them).
std::string step_key(const Step& step);

// The old state's step of a key, or null.
const Step* find_step(const Journey& journey, const std::string& key);

}  // namespace jmap
