// How reports name files: relative to the working directory when they lie under it.
#pragma once

#include <filesystem>
#include <optional>

namespace jmap {

// The path relative to the working directory ("journeys/a.yaml") when it lies under
// it, else nullopt. The absolute form is normalised (no "." or "..").
std::optional<std::filesystem::path> relative_to_working_directory(const std::filesystem::path& path);

// Whether `path` lies under `root` (both normalised the same way; the root itself is not).
bool is_inside(const std::filesystem::path& path, const std::filesystem::path& root);

}  // namespace jmap
