#include <doctest/doctest.h>

#include "jmap/view.hpp"

using namespace jmap;

TEST_CASE("view names map to kinds; unknown names to nothing") {
  CHECK(view_kind("map") == ViewKind::map);
  CHECK(view_kind("blueprint") == ViewKind::blueprint);
  CHECK(view_kind("flow") == ViewKind::flow);
  CHECK_FALSE(view_kind("Flow"));
  CHECK_FALSE(view_kind(""));
  CHECK(theme_names() == std::vector<std::string>{"default", "dark", "print", "contrast"});
}
