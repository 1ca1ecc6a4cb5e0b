#include <doctest/doctest.h>

#include <set>

#include "jmap/view.hpp"
#include "test_support.hpp"

using namespace jmap;

TEST_CASE("view names map to kinds through the one table; unknown names to nothing") {
  REQUIRE(view_named("map"));
  CHECK(view_named("map")->kind == ViewKind::map);
  CHECK(view_named("blueprint")->kind == ViewKind::blueprint);
  CHECK(view_named("flow")->kind == ViewKind::flow);
  CHECK_FALSE(view_named("Flow"));
  CHECK_FALSE(view_named(""));
  // Every kind has exactly one row, and the row of a kind names that kind.
  std::set<ViewKind> kinds;
  for (const ViewInfo& info : view_table()) {
    kinds.insert(info.kind);
    CHECK(view_info(info.kind).name == info.name);
  }
  CHECK(kinds.size() == view_table().size());
  CHECK(view_info(ViewKind::blueprint).title == "Service blueprint");
}

TEST_CASE("themes come from one table") {
  CHECK(test::theme_names() == std::vector<std::string>{"default", "dark", "print", "contrast"});
  CHECK(is_theme("print"));
  CHECK_FALSE(is_theme("Print"));
}
