// The one table of lint rules: ids, default severities and help texts.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "jmap/diagnostic.hpp"

namespace jmap {

// A rule id known when jmap is compiled: the code reports findings only through the
// constants below (Diagnostics::report takes nothing else), so a misspelt rule is a
// compile error, not an internal error at run time. User input (config files,
// suppression comments, `jmap explain`) names rules by string: find_rule.
class RuleId {
 public:
  // Only for the constants below; a kebab-case literal, checked while compiling.
  explicit consteval RuleId(const char* id) : m_id(id) {
    if (!is_kebab_case(m_id)) throw "a rule id is lowercase words joined by '-'";
  }
  constexpr std::string_view name() const { return m_id; }
  friend constexpr bool operator==(RuleId, RuleId) = default;

 private:
  static constexpr bool is_kebab_case(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    for (char c : id)
      if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
    return true;
  }
  std::string_view m_id;
};

// One constant per rule, named as the rule with '_' for '-'; each is in the table
// (src/diag/rules.cpp), in this order (checked by tests/unit/test_diag_rules.cpp).
namespace rules {
inline constexpr RuleId syntax{"syntax"};
inline constexpr RuleId duplicate_key{"duplicate-key"};
inline constexpr RuleId too_large{"too-large"};
inline constexpr RuleId too_deep{"too-deep"};
inline constexpr RuleId unknown_key{"unknown-key"};
inline constexpr RuleId wrong_type{"wrong-type"};
inline constexpr RuleId missing_required{"missing-required"};
inline constexpr RuleId unsupported_version{"unsupported-version"};
inline constexpr RuleId bad_value{"bad-value"};
inline constexpr RuleId bad_id{"bad-id"};
inline constexpr RuleId duplicate_id{"duplicate-id"};
inline constexpr RuleId unknown_reference{"unknown-reference"};
inline constexpr RuleId emotion_out_of_scale{"emotion-out-of-scale"};
inline constexpr RuleId bad_kpi{"bad-kpi"};
inline constexpr RuleId import_outside_root{"import-outside-root"};
inline constexpr RuleId import_cycle{"import-cycle"};
inline constexpr RuleId import_missing{"import-missing"};
inline constexpr RuleId stage_without_objective{"stage-without-objective"};
inline constexpr RuleId stage_without_touchpoints{"stage-without-touchpoints"};
inline constexpr RuleId kpi_without_target{"kpi-without-target"};
inline constexpr RuleId unused_persona{"unused-persona"};
inline constexpr RuleId unused_touchpoint{"unused-touchpoint"};
inline constexpr RuleId empty_stage{"empty-stage"};
inline constexpr RuleId unused_suppression{"unused-suppression"};
inline constexpr RuleId bad_config{"bad-config"};
inline constexpr RuleId pain_without_opportunity{"pain-without-opportunity"};
inline constexpr RuleId kpi_missed{"kpi-missed"};
inline constexpr RuleId comment_in_text{"comment-in-text"};
inline constexpr RuleId funnel_grows{"funnel-grows"};
inline constexpr RuleId mermaid{"mermaid"};
inline constexpr RuleId jmap_block{"jmap-block"};
inline constexpr RuleId bad_data{"bad-data"};
inline constexpr RuleId unknown_data_id{"unknown-data-id"};
inline constexpr RuleId pain_without_evidence{"pain-without-evidence"};
inline constexpr RuleId stale_journey{"stale-journey"};
inline constexpr RuleId kpi_without_source{"kpi-without-source"};
inline constexpr RuleId persona_without_goal{"persona-without-goal"};
}  // namespace rules

struct Rule {
  RuleId id;            // stable kebab-case id, printed as [id]
  Severity severity;    // default severity
  std::string_view summary;      // one line
  std::string_view description;  // what it checks and why it matters
  std::string_view bad;          // YAML that triggers it
  std::string_view good;         // the same, fixed
  std::string_view language = "yaml";  // of the examples, for docs/rules.md's code fences
  // False for a governance rule: it runs only where .jmap.yaml turns it on
  // (`rules: {stale-journey: warning}`), at the severity given there.
  bool on_by_default = true;
};

std::span<const Rule> all_rules();

// The rule of this id; throws std::logic_error for a constant missing from the table
// (a programming error, which tests/unit/test_diag_rules.cpp rules out).
const Rule& rule(RuleId id);

// Null when the id is unknown (user input, e.g. a config file).
const Rule* find_rule(std::string_view id);

// Every rule id, in table order: candidates for "did you mean".
std::vector<std::string> rule_ids();

}  // namespace jmap
