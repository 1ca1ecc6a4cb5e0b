// Diagnostics are values: collected by every stage, sorted and printed at the end.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "jmap/source.hpp"

namespace jmap {

class RuleId;  // jmap/rules.hpp

enum class Severity { info, warning, error };

std::string_view severity_name(Severity severity);

struct Diagnostic {
  std::string_view rule;  // a rule id from the rule table (rules.hpp)
  Severity severity = Severity::error;
  Span span;
  std::string message;
  std::string hint;  // optional: what to do about it
  std::string note;  // optional: about a second place, e.g. where a quote started
  Span note_span;
};

class Diagnostics {
 public:
  // Adds a finding with the rule's default severity. The rule is one of the constants
  // in jmap/rules.hpp (jmap::rules::wrong_type, ...): a string does not compile.
  Diagnostic& report(RuleId rule, const Span& span, std::string message, std::string hint = {});

  bool has_errors() const;
  std::size_t count(Severity severity) const;
  const std::vector<Diagnostic>& items() const { return m_items; }
  bool empty() const { return m_items.empty(); }

  // Sorts by file, position and rule; drops exact repeats (one cause seen twice).
  void sort_and_dedupe();

  // Keeps the findings for which `keep` returns true (it may also change them).
  template <class Keep>
  void retain(Keep keep) {
    std::erase_if(m_items, [&](Diagnostic& d) { return !keep(d); });
  }

  // Adds a finding as it is (already made, e.g. by another list).
  void add(Diagnostic diagnostic) { m_items.push_back(std::move(diagnostic)); }

 private:
  std::vector<Diagnostic> m_items;
};

}  // namespace jmap
