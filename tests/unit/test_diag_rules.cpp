// The rule table: stable ids, default severities, and the texts that explain each rule.
#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "jmap/rules.hpp"

using namespace jmap;

TEST_SUITE("diag::rules") {

TEST_CASE("ids are unique kebab-case words, each with a summary, a description and examples") {
  std::set<std::string_view> seen;
  for (const Rule& r : all_rules()) {
    std::string_view id = r.id.name();
    CAPTURE(id);
    CHECK(seen.insert(id).second);
    CHECK_FALSE(r.summary.empty());
    CHECK_FALSE(r.description.empty());
    CHECK(r.bad != r.good);
    CHECK_FALSE(id.empty());
    for (char c : id) CHECK(((c >= 'a' && c <= 'z') || c == '-'));
    CHECK(id.front() != '-');
    CHECK(id.back() != '-');
  }
  CHECK(all_rules().size() >= 25);
}

TEST_CASE("default severities: errors for broken input, warnings for gaps, infos for observations") {
  using namespace rules;
  for (RuleId id : {syntax, duplicate_key, too_large, too_deep, unknown_key, wrong_type, missing_required,
                    unsupported_version, bad_value, bad_id, duplicate_id, unknown_reference, emotion_out_of_scale,
                    bad_kpi, import_outside_root, import_cycle, import_missing, bad_config, mermaid, jmap_block}) {
    CAPTURE(id.name());
    CHECK(rule(id).severity == Severity::error);
  }
  for (RuleId id : {stage_without_objective, stage_without_touchpoints, kpi_without_target, unused_persona,
                    unused_touchpoint, empty_stage, unused_suppression}) {
    CAPTURE(id.name());
    CHECK(rule(id).severity == Severity::warning);
  }
  CHECK(rule(pain_without_opportunity).severity == Severity::info);
  CHECK(rule(kpi_missed).severity == Severity::info);
}

TEST_CASE("the governance rules are off by default, warnings once turned on; every other rule is on") {
  using namespace rules;
  for (RuleId id : {pain_without_evidence, stale_journey, kpi_without_source, persona_without_goal}) {
    CAPTURE(id.name());
    CHECK_FALSE(rule(id).on_by_default);
    CHECK(rule(id).severity == Severity::warning);
  }
  CHECK(rule(syntax).on_by_default);
  CHECK(rule(pain_without_opportunity).on_by_default);
}

TEST_CASE("find_rule answers null for an unknown id; rule throws for a RuleId outside the table") {
  CHECK(find_rule("syntax") == &rule(rules::syntax));
  CHECK(find_rule("wrong-type")->id == rules::wrong_type);
  CHECK(find_rule("no-such-rule") == nullptr);
  CHECK(find_rule("") == nullptr);
  CHECK_THROWS_AS(rule(RuleId{"no-such-rule"}), std::logic_error);
}

// The constants as include/jmap/rules.hpp declares them: (name, id) in order. Read from the
// header itself, because C++ cannot list a namespace's variables: a constant added there
// but not to the table fails here, not at run time in a user's lint.
std::vector<std::pair<std::string, std::string>> declared_constants() {
  std::ifstream header(JMAP_SOURCE_DIR "/include/jmap/rules.hpp");
  REQUIRE(header);
  std::stringstream text;
  text << header.rdbuf();
  std::string source = text.str();
  static const std::regex k_constant(R"re(inline constexpr RuleId (\w+)\{"([^"]*)"\};)re");
  std::vector<std::pair<std::string, std::string>> found;
  for (auto it = std::sregex_iterator(source.begin(), source.end(), k_constant); it != std::sregex_iterator(); ++it)
    found.emplace_back((*it)[1].str(), (*it)[2].str());
  return found;
}

TEST_CASE("every rule constant is in the table, in order, and every rule has its constant") {
  auto constants = declared_constants();
  REQUIRE(constants.size() == all_rules().size());
  for (std::size_t i = 0; i < constants.size(); ++i) {
    const auto& [name, id] = constants[i];
    CAPTURE(name);
    CHECK(all_rules()[i].id.name() == id);
    std::string expected_name = id;
    for (char& c : expected_name)
      if (c == '-') c = '_';
    CHECK(name == expected_name);
  }
  // The compiled constants are the ones the header spells (the spot checks the regex cannot do).
  CHECK(rules::syntax.name() == constants.front().second);
  CHECK(rules::persona_without_goal.name() == constants.back().second);
  CHECK(rules::wrong_type == RuleId{"wrong-type"});
  CHECK_FALSE(rules::wrong_type == rules::bad_value);
}

TEST_CASE("severity names") {
  CHECK(severity_name(Severity::error) == "error");
  CHECK(severity_name(Severity::warning) == "warning");
  CHECK(severity_name(Severity::info) == "info");
}

}  // TEST_SUITE
