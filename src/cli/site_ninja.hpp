// `jmap site` through ninja: OUT/build.ninja (one edge per journey, with the journey's
// imports from its depfile, and one edge for the cross-journey pages over the
// summaries), then `ninja -C OUT`.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "commands.hpp"

namespace jmap::cli {

// A journey of the site: its file (as found) and its path under DIR, with '/'.
struct SiteEntry {
  std::filesystem::path file;
  std::string rel;
};

// The text of OUT/build.ninja; `jmap` is the binary the rules call.
std::string site_build_ninja(const SiteCommandOptions& options, const std::vector<SiteEntry>& journeys,
                             const std::filesystem::path& jmap);

// Writes build.ninja and the summaries' list (each only when it changes), removes the
// outputs of journeys that left (ninja -t cleandead) and runs ninja.
int build_with_ninja(const SiteCommandOptions& options, const std::vector<SiteEntry>& journeys);

}  // namespace jmap::cli
