#include <algorithm>
#include <tuple>

#include "jmap/diagnostic.hpp"
#include "jmap/rules.hpp"

namespace jmap {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

Diagnostic& Diagnostics::report(RuleId rule_id, const Span& span, std::string message, std::string hint) {
  const Rule& found = rule(rule_id);
  return m_items.emplace_back(
      Diagnostic{found.id.name(), found.severity, span, std::move(message), std::move(hint), {}, {}});
}

bool Diagnostics::has_errors() const { return count(Severity::error) > 0; }

std::size_t Diagnostics::count(Severity severity) const {
  return static_cast<std::size_t>(std::count_if(
      m_items.begin(), m_items.end(), [&](const Diagnostic& d) { return d.severity == severity; }));
}

static auto sort_key(const Diagnostic& d) {
  std::string_view path = d.span.file ? std::string_view(d.span.file->path) : std::string_view();
  return std::make_tuple(path, d.span.begin.line, d.span.begin.column, d.rule,
                         std::string_view(d.message));
}

void Diagnostics::sort_and_dedupe() {
  std::stable_sort(m_items.begin(), m_items.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return sort_key(a) < sort_key(b); });
  auto same = [](const Diagnostic& a, const Diagnostic& b) { return sort_key(a) == sort_key(b); };
  m_items.erase(std::unique(m_items.begin(), m_items.end(), same), m_items.end());
}

}  // namespace jmap
