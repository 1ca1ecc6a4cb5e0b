// The names a user gives views and themes on the command line.
#include <algorithm>

#include "jmap/view.hpp"

namespace jmap {

const std::vector<std::string>& view_names() {
  static const std::vector<std::string> names{"map", "blueprint", "flow"};
  return names;
}

const std::vector<std::string>& theme_names() {
  static const std::vector<std::string> names{"default", "dark", "print", "contrast"};
  return names;
}

std::optional<ViewKind> view_kind(std::string_view name) {
  const auto& names = view_names();
  auto found = std::find(names.begin(), names.end(), name);
  if (found == names.end()) return std::nullopt;
  return static_cast<ViewKind>(found - names.begin());
}

}  // namespace jmap
