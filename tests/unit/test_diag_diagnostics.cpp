// Diagnostics are values: reported with the rule's severity, sorted, de-duplicated.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

#include "jmap/diagnostic.hpp"
#include "jmap/rules.hpp"

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
  Diagnostic& d = diagnostics.report(rules::empty_stage, at(file, 1, 1), "stage 's' has no steps", "add steps");
  CHECK(d.rule == "empty-stage");
  CHECK(d.severity == Severity::warning);
  CHECK(d.message == "stage 's' has no steps");
  CHECK(d.hint == "add steps");
  CHECK(d.note.empty());
  CHECK_FALSE(diagnostics.has_errors());
  CHECK(diagnostics.count(Severity::warning) == 1);
  diagnostics.report(rules::syntax, at(file, 1, 1), "bad");
  CHECK(diagnostics.has_errors());
}

// report takes a rule constant: a string, however spelt, does not compile.
template <class Id>
concept reportable = requires(Diagnostics d, Id id) { d.report(id, Span{}, std::string{}); };
static_assert(reportable<RuleId>);
static_assert(!reportable<const char*>);
static_assert(!reportable<std::string_view>);
static_assert(!reportable<std::string>);
static_assert(!std::is_convertible_v<const char*, RuleId>);

TEST_CASE("report refuses a RuleId made outside the rule table") {
  Diagnostics diagnostics;
  CHECK_THROWS_AS(diagnostics.report(RuleId{"no-such-rule"}, Span{}, "x"), std::logic_error);
  CHECK(diagnostics.empty());
}

TEST_CASE("sort_and_dedupe orders by file, line, column and rule, and drops repeats") {
  SourceSet sources;
  const SourceFile& a = sources.add("a.yaml", "");
  const SourceFile& b = sources.add("b.yaml", "");
  Diagnostics diagnostics;
  diagnostics.report(rules::syntax, at(b, 1, 1), "in b");
  diagnostics.report(rules::wrong_type, at(a, 2, 5), "second");
  diagnostics.report(rules::bad_value, at(a, 2, 5), "first");
  diagnostics.report(rules::syntax, at(a, 1, 9), "earliest");
  diagnostics.report(rules::wrong_type, at(a, 2, 5), "second");  // the same finding again
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
  diagnostics.report(rules::unknown_reference, at(a, 3, 3), "names unknown persona 'x'");
  diagnostics.report(rules::unknown_reference, at(a, 3, 3), "names unknown persona 'y'");
  diagnostics.sort_and_dedupe();
  CHECK(diagnostics.items().size() == 2);
}

}  // TEST_SUITE
