// The loader reads stages while the file parses (so a large journey's tree and model
// never peak together); what it reads must be what reading the whole tree gave.
#include <doctest/doctest.h>

#include <string>

#include "jmap/load.hpp"
#include "jmap/rules.hpp"

using namespace jmap;

namespace {

struct Loaded {
  explicit Loaded(std::string text) { journey = load_journey_text("t.yaml", std::move(text), {}, sources, diagnostics); }
  bool has(RuleId rule) const {
    for (const Diagnostic& d : diagnostics.items())
      if (d.rule == rule.name()) return true;
    return false;
  }
  SourceSet sources;
  Diagnostics diagnostics;
  std::optional<Journey> journey;
};

const char* k_header = "jmap: 1\ntitle: T\n";

}  // namespace

TEST_CASE("streamed stages are read with their positions and findings") {
  Loaded loaded(std::string(k_header) + "stages:\n  - id: a\n    name: A\n    steps: [{id: s, name: S}]\n  - name: B\n");
  REQUIRE(loaded.journey);
  REQUIRE(loaded.journey->stages.size() == 2);
  CHECK(loaded.journey->stages[0].steps.front().name.value == "S");
  CHECK(loaded.journey->stages[1].span.begin.line == 7);
  REQUIRE(loaded.has(rules::missing_required));  // stage B has no id
}

TEST_CASE("a syntax error after a streamed stage reports only the syntax error") {
  Loaded loaded(std::string(k_header) + "stages:\n  - name: no id here\n  - id: b\n    name: \"unclosed\n");
  CHECK_FALSE(loaded.journey);
  CHECK(loaded.has(rules::syntax));
  CHECK_FALSE(loaded.has(rules::missing_required));
}

TEST_CASE("stages merged from an anchor, or written twice, are read from the tree") {
  Loaded merged(std::string(k_header) + "base: &base\n  stages: [{id: a, name: A}]\n<<: *base\n");
  REQUIRE(merged.journey);
  REQUIRE(merged.journey->stages.size() == 1);
  CHECK(merged.journey->stages[0].name.value == "A");

  Loaded twice(std::string(k_header) + "stages: [{id: a, name: A}]\nstages: [{id: b, name: B}, {id: c, name: C}]\n");
  REQUIRE(twice.journey);
  REQUIRE(twice.journey->stages.size() == 1);  // the first, as the tree's find gives
  CHECK(twice.journey->stages[0].id.value == "a");
}
