// Stage 1, load: YAML text -> journey model, with imports resolved inside the root.
// Parse and shape problems become diagnostics; nothing here throws on bad input.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

#include "jmap/diagnostic.hpp"
#include "jmap/error.hpp"
#include "jmap/model.hpp"

namespace jmap {

// Bounds on what a hostile file may cost. Each one, when hit, is a diagnostic.
struct LoadLimits {
  std::size_t max_file_bytes = 16 * 1024 * 1024;
  std::size_t max_depth = 64;
  std::size_t max_alias_nodes = 100000;  // nodes materialised by aliases, per file
  std::size_t max_nodes = 1000000;        // nodes in the tree, anchored copies included
};

struct LoadOptions {
  std::optional<std::filesystem::path> root;  // --root; else found from the file
  LoadLimits limits;
};

// The project root of a top-level file: the nearest ancestor holding .jmap.yaml or
// .git, else the file's own directory.
std::filesystem::path find_root(const std::filesystem::path& file);


// Reads and loads a journey file and its imports. Throws IoError when the file cannot
// be read; returns nullopt when it cannot be parsed (the reason is in `diagnostics`).
std::optional<Journey> load_journey_file(const std::filesystem::path& path,
                                         const LoadOptions& options, SourceSet& sources,
                                         Diagnostics& diagnostics);

// Loads a journey from text (tests, stdin). Imports resolve against `path`'s directory.
std::optional<Journey> load_journey_text(std::string path, std::string text,
                                         const LoadOptions& options, SourceSet& sources,
                                         Diagnostics& diagnostics);

}  // namespace jmap
