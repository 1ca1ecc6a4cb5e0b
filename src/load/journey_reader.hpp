// The format's vocabulary: yaml::Node -> model types, one reader per element.
#pragma once

#include "jmap/model.hpp"
#include "jmap/yaml_tree.hpp"

namespace jmap {

// A file of personas/touchpoints only, meant for `imports:` (no title, no stages).
bool is_catalogue(const yaml::Node& root);

// A journey file. Imports are listed, not resolved (imports.cpp does that).
Journey read_journey(const yaml::Node& root, const SourceFile& file, Diagnostics& diagnostics);
// The same, freeing each stage's part of the tree once read (load uses it: a large
// journey's tree and model would otherwise peak together).
Journey read_journey(yaml::Node&& root, const SourceFile& file, Diagnostics& diagnostics);

// What an imported catalogue file holds.
struct Catalogue {
  std::vector<Persona> personas;
  std::vector<Touchpoint> touchpoints;
  TextList imports;
  std::optional<Scale> scale;  // shared by the journeys that import it and have none
};

Catalogue read_catalogue(const yaml::Node& root, Diagnostics& diagnostics);

}  // namespace jmap
