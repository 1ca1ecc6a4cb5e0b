// Inline suppressions. libyaml drops comments, so the source lines are scanned for
//   # jmap-disable-next-line rule-id[, rule-id]   (the findings on the next line)
//   # jmap-disable-file rule-id[, rule-id]        (the findings anywhere in the file)
// A comment that suppresses nothing is itself a finding, so stale ones get cleaned up.
#include <fmt/format.h>

#include <regex>

#include "jmap/lint.hpp"
#include "jmap/rules.hpp"
#include "util/spelling.hpp"

namespace jmap {
namespace {

struct Suppression {
  bool whole_file = false;
  std::uint32_t target_line = 0;  // for next-line
  std::string rule;               // empty: every rule
  Span span;                      // the rule id (or the comment) in the source
  bool used = false;
};

std::vector<Suppression> scan(const SourceFile& file) {
  static const std::regex k_comment(R"((?:^|\s)#\s*jmap-disable-(next-line|file)\b([^#]*))");
  std::vector<Suppression> found;
  std::uint32_t number = 0;
  std::size_t start = 0;
  std::string_view text = file.text;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(start, end - start));
    ++number;
    std::smatch match;
    if (line.find("jmap-disable") != std::string::npos && std::regex_search(line, match, k_comment)) {
      bool whole_file = match[1] == "file";
      auto column = [&](std::size_t at) { return static_cast<std::uint32_t>(at + 1); };
      std::size_t rules_at = static_cast<std::size_t>(match.position(2));
      std::string rules = match[2];
      Span comment{&file, {number, column(static_cast<std::size_t>(match.position(0))), 0}, {number, column(line.size()), 0}};
      static const std::regex k_id(R"([A-Za-z0-9_-]+)");
      bool any = false;
      for (auto it = std::sregex_iterator(rules.begin(), rules.end(), k_id); it != std::sregex_iterator(); ++it) {
        std::size_t at = rules_at + static_cast<std::size_t>(it->position());
        Span where{&file, {number, column(at), 0}, {number, column(at + it->length()), 0}};
        found.push_back(Suppression{whole_file, number + 1, it->str(), where, false});
        any = true;
      }
      if (!any) found.push_back(Suppression{whole_file, number + 1, "", comment, false});
    }
    start = end + 1;
  }
  return found;
}

}  // namespace

void apply_suppressions(Diagnostics& diagnostics, const std::vector<const SourceFile*>& files) {
  for (const SourceFile* file : files) {
    std::vector<Suppression> suppressions = scan(*file);
    if (suppressions.empty()) continue;
    diagnostics.retain([&](Diagnostic& d) {
      if (d.span.file != file || d.rule == "syntax") return true;
      for (Suppression& s : suppressions) {
        bool rule_matches = s.rule.empty() || s.rule == d.rule;
        bool place_matches = s.whole_file || d.span.begin.line == s.target_line;
        if (rule_matches && place_matches) {
          s.used = true;
          return false;
        }
      }
      return true;
    });
    for (const Suppression& s : suppressions) {
      if (s.used) continue;
      if (!s.rule.empty() && !find_rule(s.rule)) {
        diagnostics.report("unused-suppression", s.span,
                           fmt::format("no rule '{}' to suppress{}", s.rule, did_you_mean(closest_match(s.rule, rule_ids()))),
                           "`jmap rules` lists the rule ids");
        continue;
      }
      std::string what = s.rule.empty() ? "any finding" : "a '" + s.rule + "' finding";
      std::string where = s.whole_file ? "in this file" : fmt::format("on line {}", s.target_line);
      diagnostics.report("unused-suppression", s.span, fmt::format("this comment suppresses {}, but there is none {}", what, where),
                         "remove the comment, or the rule id, if the finding is gone");
    }
  }
}

}  // namespace jmap
