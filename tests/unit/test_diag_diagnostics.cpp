// Diagnostics are values: reported with the rule's severity, sorted, de-duplicated.
#include <doctest/doctest.h>

#include <stdexcept>

#include "jmap/diagnostic.hpp"

using namespace jmap;

namespace {

Span at(const SourceFile& file, std::uint32_t line, std::uint32_t column) {
  return Span{&file, Position{line, column, 0}, Position{line, column, 0}};
}

}  // namespace

TEST_SUITE("diag::diagnostics") {

TEST_CASE("report takes the rule's default severity and keeps message and hint") {
  SourceSet sources;
  const SourceFile& file = sources.add("a.yaml", "x\n");
  Diagnostics diagnostics;
  Diagnostic& d = diagnostics.report("empty-stage", at(file, 1, 1), "stage 's' has no steps", "add steps");
  CHECK(d.rule == "empty-stage");
  CHECK(d.severity == Severity::warning);
  CHECK(d.message == "stage 's' has no steps");
  CHECK(d.hint == "add steps");
  CHECK(d.note.empty());
  CHECK_FALSE(diagnostics.has_errors());
  CHECK(diagnostics.count(Severity::warning) == 1);
  diagnostics.report("syntax", at(file, 1, 1), "bad");
  CHECK(diagnostics.has_errors());
}

TEST_CASE("report refuses an id that is not in the rule table") {
  Diagnostics diagnostics;
  CHECK_THROWS_AS(diagnostics.report("no-such-rule", Span{}, "x"), std::logic_error);
  CHECK(diagnostics.empty());
}

TEST_CASE("sort_and_dedupe orders by file, line, column and rule, and drops repeats") {
  SourceSet sources;
  const SourceFile& a = sources.add("a.yaml", "");
  const SourceFile& b = sources.add("b.yaml", "");
  Diagnostics diagnostics;
  diagnostics.report("syntax", at(b, 1, 1), "in b");
  diagnostics.report("wrong-type", at(a, 2, 5), "second");
  diagnostics.report("bad-value", at(a, 2, 5), "first");
  diagnostics.report("syntax", at(a, 1, 9), "earliest");
  diagnostics.report("wrong-type", at(a, 2, 5), "second");  // the same finding again
  diagnostics.sort_and_dedupe();
  REQUIRE(diagnostics.items().size() == 4);
  CHECK(diagnostics.items()[0].message == "earliest");
  CHECK(diagnostics.items()[1].message == "first");
  CHECK(diagnostics.items()[2].message == "second");
  CHECK(diagnostics.items()[3].message == "in b");
}

TEST_CASE("two findings at one place with different messages both stay") {
  SourceSet sources;
  const SourceFile& a = sources.add("a.yaml", "");
  Diagnostics diagnostics;
  diagnostics.report("unknown-reference", at(a, 3, 3), "names unknown persona 'x'");
  diagnostics.report("unknown-reference", at(a, 3, 3), "names unknown persona 'y'");
  diagnostics.sort_and_dedupe();
  CHECK(diagnostics.items().size() == 2);
}

}  // TEST_SUITE
