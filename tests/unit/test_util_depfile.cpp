#include <doctest/doctest.h>

#include "util/depfile.hpp"

TEST_SUITE("util::depfile") {
  TEST_CASE("make_escape: spaces and hashes behind a backslash, dollars doubled") {
    CHECK(jmap::make_escape("plain/path.yaml") == "plain/path.yaml");
    CHECK(jmap::make_escape("my journeys/a b.yaml") == "my\\ journeys/a\\ b.yaml");
    CHECK(jmap::make_escape("#1.yaml") == "\\#1.yaml");
    CHECK(jmap::make_escape("$HOME.yaml") == "$$HOME.yaml");
  }

  TEST_CASE("make_depfile: the target, every dependency once, and empty rules for the imports") {
    std::string text = jmap::make_depfile("out/map.svg", {"j.yaml", "catalog/shared.yaml", "j.yaml", "t a.mustache"});
    CHECK(text ==
          "out/map.svg: \\\n  j.yaml \\\n  catalog/shared.yaml \\\n  t\\ a.mustache\n"
          "\ncatalog/shared.yaml:\n\nt\\ a.mustache:\n");
  }
}
