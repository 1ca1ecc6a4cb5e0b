// The one table of lint rules: ids, default severities and help texts.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "jmap/diagnostic.hpp"

namespace jmap {

struct Rule {
  std::string_view id;  // stable kebab-case id, printed as [id]
  Severity severity;    // default severity
  std::string_view summary;      // one line
  std::string_view description;  // what it checks and why it matters
  std::string_view bad;          // YAML that triggers it
  std::string_view good;         // the same, fixed
};

std::span<const Rule> all_rules();

// The rule with this id; throws std::logic_error for an id not in the table
// (a programming error: every reported id must be in the table).
const Rule& rule(std::string_view id);

// Null when the id is unknown (user input, e.g. a config file).
const Rule* find_rule(std::string_view id);

// Every rule id, in table order: candidates for "did you mean".
std::vector<std::string> rule_ids();

}  // namespace jmap
