// load -> validate for one file: what `build` and `lint` share.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "commands.hpp"
#include "jmap/diagnostic.hpp"
#include "jmap/model.hpp"
#include "jmap/validate.hpp"

namespace jmap::cli {

struct CheckedFile {
  std::optional<Journey> journey;  // absent when the file could not be parsed
  Diagnostics diagnostics;         // sorted
  std::vector<std::filesystem::path> files_read;  // the journey, then its imports
};

// Throws UsageError when the file cannot be read at all. The limits: the defaults, then
// `configured` (.jmap.yaml), then the command line's; `validation` is also the config's.
CheckedFile check_file(const std::filesystem::path& path, const CommonOptions& options, SourceSet& sources,
                       const LimitSettings& configured = {}, const ValidateOptions& validation = {});

}  // namespace jmap::cli
