// `REV:path` arguments: a file as a git revision holds it (`jmap diff HEAD:journey.yaml`).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace jmap::cli {

struct GitFile {
  std::string name;  // REV:path, as written: what findings call the file
  std::string text;
  std::filesystem::path worktree_path;  // where path is in the working tree: imports resolve there
};

// nullopt when `argument` is not a revision's file: it names a file that exists, or has
// no ':'. Throws UsageError when git cannot show it (with git's own message).
std::optional<GitFile> read_git_file(const std::string& argument);

}  // namespace jmap::cli
