// The files `jmap lint` checks: named on the command line or found in folders.
#pragma once

#include <filesystem>
#include <vector>

namespace jmap::cli {

// Files named as given; folders searched for *.yaml / *.yml, skipping hidden entries
// (.git, .jmap.yaml), in sorted order for stable output. A file reached twice (named
// twice, or named and inside a named folder) is kept once, where it was first seen.
// Throws UsageError for a path that does not exist and for a folder holding no
// *.yaml or *.yml: a typo in CI must not pass as "0 files checked".
std::vector<std::filesystem::path> collect_files(const std::vector<std::filesystem::path>& paths);

}  // namespace jmap::cli
