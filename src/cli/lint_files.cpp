#include "lint_files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "commands.hpp"

namespace fs = std::filesystem;

namespace jmap::cli {
namespace {

bool is_yaml(const fs::path& path) {
  std::string extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml";
}

bool is_hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.';
}

std::vector<fs::path> files_in(const fs::path& folder) {
  std::vector<fs::path> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
  for (; it != end; it.increment(ec)) {
    if (ec) throw UsageError(fmt::format("cannot read '{}': {}", folder.string(), ec.message()));
    if (is_hidden(it->path())) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && is_yaml(it->path())) found.push_back(it->path());
  }
  if (found.empty())
    throw UsageError(fmt::format("no *.yaml or *.yml files in '{}' (hidden files and folders are skipped)",
                                 folder.string()));
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

std::vector<fs::path> collect_files(const std::vector<fs::path>& paths) {
  std::vector<fs::path> files;
  std::set<fs::path> seen;  // real paths: symlinks and ./a.yaml vs a.yaml are one file
  auto keep = [&](const fs::path& file) {
    std::error_code ec;
    fs::path real = fs::weakly_canonical(file, ec);
    if (seen.insert(ec ? fs::absolute(file, ec) : real).second) files.push_back(file);
  };
  for (const fs::path& path : paths) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw UsageError(fmt::format("cannot read '{}': no such file or directory", path.string()));
    if (!fs::is_directory(path, ec)) {
      keep(path);
      continue;
    }
    for (const fs::path& file : files_in(path)) keep(file);
  }
  return files;
}

}  // namespace jmap::cli
