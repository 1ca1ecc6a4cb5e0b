#include "util/paths.hpp"

namespace fs = std::filesystem;

namespace jmap {

std::optional<fs::path> relative_to_working_directory(const fs::path& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec).lexically_normal();
  fs::path working = fs::current_path(ec);
  if (ec) return std::nullopt;
  fs::path relative = absolute.lexically_relative(working);
  if (relative.empty() || *relative.begin() == "..") return std::nullopt;
  return relative;
}

bool is_inside(const std::filesystem::path& path, const std::filesystem::path& root) {
  auto relative = path.lexically_relative(root);
  return !relative.empty() && *relative.begin() != "..";
}

}  // namespace jmap
