// The views a user can name on the command line (the themes' table is in theme.cpp).
#include <algorithm>

#include "jmap/view.hpp"

namespace jmap {

const std::vector<ViewInfo>& view_table() {
  static const std::vector<ViewInfo> table{
      {ViewKind::map, "map", "Journey map", "stages as columns, lanes as rows, one emotion curve per persona (default)"},
      {ViewKind::blueprint, "blueprint", "Service blueprint",
       "customer actions, frontstage, backstage and support, split by the blueprint lines"},
      {ViewKind::flow, "flow", "Journey flow", "the path as a graph: branches, loops, touchpoints"},
  };
  return table;
}

const ViewInfo& view_info(ViewKind kind) {
  const auto& table = view_table();
  return *std::find_if(table.begin(), table.end(), [&](const ViewInfo& info) { return info.kind == kind; });
}

const ViewInfo* view_named(std::string_view name) {
  const auto& table = view_table();
  auto found = std::find_if(table.begin(), table.end(), [&](const ViewInfo& info) { return info.name == name; });
  return found == table.end() ? nullptr : &*found;
}

}  // namespace jmap
