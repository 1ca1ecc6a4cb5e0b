// The rule table: stable ids, default severities, and the texts that explain each rule.
#include <doctest/doctest.h>

#include <set>
#include <stdexcept>
#include <string>

#include "jmap/rules.hpp"

using namespace jmap;

TEST_SUITE("diag::rules") {

TEST_CASE("ids are unique kebab-case words, each with a summary, a description and examples") {
  std::set<std::string_view> seen;
  for (const Rule& r : all_rules()) {
    CAPTURE(r.id);
    CHECK(seen.insert(r.id).second);
    CHECK_FALSE(r.summary.empty());
    CHECK_FALSE(r.description.empty());
    CHECK(r.bad != r.good);
    CHECK_FALSE(r.id.empty());
    for (char c : r.id) CHECK(((c >= 'a' && c <= 'z') || c == '-'));
    CHECK(r.id.front() != '-');
    CHECK(r.id.back() != '-');
  }
  CHECK(all_rules().size() >= 25);
}

TEST_CASE("default severities: errors for broken input, warnings for gaps, infos for observations") {
  for (std::string_view id : {"syntax", "duplicate-key", "too-large", "too-deep", "unknown-key", "wrong-type",
                              "missing-required", "unsupported-version", "bad-value", "bad-id", "duplicate-id",
                              "unknown-reference", "emotion-out-of-scale", "bad-kpi", "import-outside-root",
                              "import-cycle", "import-missing"}) {
    CAPTURE(id);
    CHECK(rule(id).severity == Severity::error);
  }
  for (std::string_view id : {"stage-without-objective", "stage-without-touchpoints", "kpi-without-target",
                              "unused-persona", "unused-touchpoint", "empty-stage"}) {
    CAPTURE(id);
    CHECK(rule(id).severity == Severity::warning);
  }
  CHECK(rule("pain-without-opportunity").severity == Severity::info);
  CHECK(rule("kpi-missed").severity == Severity::info);
}

TEST_CASE("find_rule answers null for an unknown id; rule throws") {
  CHECK(find_rule("syntax") == &rule("syntax"));
  CHECK(find_rule("no-such-rule") == nullptr);
  CHECK(find_rule("") == nullptr);
  CHECK_THROWS_AS(rule("no-such-rule"), std::logic_error);
}

TEST_CASE("severity names") {
  CHECK(severity_name(Severity::error) == "error");
  CHECK(severity_name(Severity::warning) == "warning");
  CHECK(severity_name(Severity::info) == "info");
}

}  // TEST_SUITE
