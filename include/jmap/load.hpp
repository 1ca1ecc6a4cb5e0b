// Stage 1, load: YAML text -> journey model, with imports resolved inside the root.
// Parse and shape problems become diagnostics; nothing here throws on bad input.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <span>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "jmap/diagnostic.hpp"
#include "jmap/error.hpp"
#include "jmap/model.hpp"

namespace jmap {

// Bounds on what a hostile file may cost. Each one, when hit, is a diagnostic that names
// the limit and the option raising it; limit_table() lists them for the CLI and .jmap.yaml.
struct LoadLimits {
  std::size_t max_file_bytes = 16 * 1024 * 1024;
  std::size_t max_depth = 64;
  std::size_t max_alias_nodes = 100000;  // nodes materialised by aliases, per file
  std::size_t max_nodes = 1000000;        // nodes in the tree, anchored copies included
  std::size_t max_string_bytes = 1024 * 1024;  // one scalar (a name, a description)
  std::size_t max_imports = 100;          // files loaded through imports, per journey
};

// One settable limit: `--max-nodes N` on the command line, `limits: {max_nodes: N}` in
// .jmap.yaml.
struct LimitInfo {
  std::string_view option;  // "--max-nodes"
  std::string_view key;     // "max_nodes"
  std::size_t LoadLimits::*member;
  std::string_view what;    // for --help and the docs
};
std::span<const LimitInfo> limit_table();
const LimitInfo& limit_info(std::size_t LoadLimits::*member);
// "raise it with --max-nodes N, or limits: {max_nodes: N} in .jmap.yaml"
std::string raise_hint(std::size_t LoadLimits::*member);

// Limits a user set, by key ("max_nodes"); the others keep their default.
using LimitSettings = std::map<std::string, std::size_t, std::less<>>;
LoadLimits with_settings(LoadLimits limits, const LimitSettings& settings);

struct LoadOptions {
  std::optional<std::filesystem::path> root;  // --root; else found from the file
  LoadLimits limits;
  // When set, each file the load reads is appended: the journey, then every imported
  // file once, as the diagnostics name them. What a depfile and --watch depend on.
  std::vector<std::filesystem::path>* files_read = nullptr;
  // Imports resolve against this file's directory instead of the name's: a journey read
  // from git (`jmap diff HEAD:journey.yaml`) is named REV:path but imports from the tree.
  std::optional<std::filesystem::path> import_base;
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
