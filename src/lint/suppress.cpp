// Inline suppressions. libyaml drops comments, so the source lines are scanned for
//   # jmap-disable-next-line rule-id[, rule-id] [free comment]   (findings on the next line)
//   # jmap-disable-file rule-id[, rule-id] [free comment]        (findings anywhere in the file)
// Only a '#' that YAML reads as a comment counts: at the start of a line or after
// whitespace, and outside every scalar (the YAML tree's spans say where they are).
// A comment that suppresses nothing, or names no rule, is itself a finding, so stale
// ones get cleaned up; `# jmap-disable-file unused-suppression` silences those too.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "jmap/lint.hpp"
#include "jmap/load.hpp"
#include "jmap/rules.hpp"
#include "jmap/yaml_tree.hpp"
#include "util/spelling.hpp"

namespace jmap {
namespace {

constexpr std::string_view k_prefix = "jmap-disable";
constexpr std::array<std::string_view, 2> k_directives{"jmap-disable-next-line", "jmap-disable-file"};
constexpr RuleId k_unused = rules::unused_suppression;

struct Suppression {
  bool whole_file = false;
  std::uint32_t target_line = 0;  // for next-line
  std::string rule;               // empty: the comment names no rule, and suppresses nothing
  Span span;                      // the rule id (or the comment) in the source
  bool used = false;
};

// A comment that looks like a directive but is none (a typo): reported, suppresses nothing.
struct BadDirective {
  Span span;
  std::string word;
};

struct Scan {
  std::vector<Suppression> suppressions;
  std::vector<BadDirective> bad_directives;
};

using Ranges = std::vector<std::pair<std::size_t, std::size_t>>;  // byte offsets [begin, end)

void collect_scalars(const yaml::Node& node, Ranges& out) {
  if (node.kind == yaml::Kind::scalar) out.emplace_back(node.span.begin.offset, node.span.end.offset);
  for (const yaml::Node& item : node.items) collect_scalars(item, out);
  for (const yaml::Entry& entry : node.entries) {
    collect_scalars(entry.key, out);
    collect_scalars(entry.value, out);
  }
}

// Where the file's scalars lie. A file that does not parse has none known: then every
// '#' after whitespace counts (its syntax error cannot be suppressed anyway).
Ranges scalar_ranges(const SourceFile& file) {
  Diagnostics ignored;
  std::optional<yaml::Node> root = yaml::parse(file, LoadLimits{}, ignored);
  Ranges ranges;
  if (root) collect_scalars(*root, ranges);
  return ranges;
}

bool inside(const Ranges& ranges, std::size_t offset) {
  return std::any_of(ranges.begin(), ranges.end(), [&](const auto& r) { return r.first <= offset && offset < r.second; });
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Offset (in text) of the '#' that starts the comment of line [begin, end), or npos.
std::size_t comment_start(std::string_view text, std::size_t begin, std::size_t end, const Ranges& scalars) {
  for (std::size_t at = text.find('#', begin); at < end; at = text.find('#', at + 1)) {
    bool after_blank = at == begin || is_blank(text[at - 1]);
    if (after_blank && !inside(scalars, at)) return at;
  }
  return std::string_view::npos;
}

bool is_id_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; }

std::size_t skip_blanks(std::string_view text, std::size_t at) {
  while (at < text.size() && is_blank(text[at])) ++at;
  return at;
}

// The rule ids that open `text`: words separated by commas. The first thing that is
// not an id-shaped word ends the list; the rest is a free comment ("-- legacy flow").
Ranges rule_words(std::string_view text) {
  Ranges words;
  for (std::size_t at = skip_blanks(text, 0); at < text.size();) {
    std::size_t end = at;
    while (end < text.size() && is_id_char(text[end])) ++end;
    bool ends_well = end == text.size() || is_blank(text[end]) || text[end] == ',';
    if (end == at || !std::isalpha(static_cast<unsigned char>(text[at])) || !ends_well) break;
    words.emplace_back(at, end);
    at = skip_blanks(text, end);
    if (at >= text.size() || text[at] != ',') break;
    at = skip_blanks(text, at + 1);
  }
  return words;
}

// Reads the comment of one line (text from its '#' to the end of the line) into `scan`.
void read_comment(const SourceFile& file, std::uint32_t line, std::size_t hash, std::size_t end, Scan& scan) {
  std::string_view text = std::string_view(file.text).substr(0, end);
  std::size_t word = skip_blanks(text, hash + 1);
  if (text.substr(word, k_prefix.size()) != k_prefix) return;
  std::size_t word_end = word;
  while (word_end < end && !is_blank(text[word_end])) ++word_end;
  std::string_view directive = text.substr(word, word_end - word);
  auto column = [&](std::size_t at) { return static_cast<std::uint32_t>(position_at(file.text, at).column); };
  auto span_of = [&](std::size_t from, std::size_t to) {
    return Span{&file, {line, column(from), from}, {line, column(to), to}};
  };
  if (std::find(k_directives.begin(), k_directives.end(), directive) == k_directives.end()) {
    scan.bad_directives.push_back(BadDirective{span_of(word, word_end), std::string(directive)});
    return;
  }
  bool whole_file = directive == k_directives[1];
  Ranges words = rule_words(text.substr(word_end));
  if (words.empty()) scan.suppressions.push_back(Suppression{whole_file, line + 1, "", span_of(hash, end), false});
  for (auto [from, to] : words)
    scan.suppressions.push_back(Suppression{whole_file, line + 1, std::string(text.substr(word_end + from, to - from)),
                                            span_of(word_end + from, word_end + to), false});
}

Scan scan(const SourceFile& file) {
  Scan found;
  std::string_view text = file.text;
  if (text.find(k_prefix) == std::string_view::npos) return found;  // the usual case: no parse
  Ranges scalars = scalar_ranges(file);
  std::uint32_t number = 0;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    ++number;
    std::size_t hash = comment_start(text, start, end, scalars);
    if (hash != std::string_view::npos) read_comment(file, number, hash, end, found);
    start = end + 1;
  }
  return found;
}

// Whether a suppression covers the finding; marks the one that does as used.
bool suppress(std::vector<Suppression>& suppressions, const Diagnostic& d) {
  for (Suppression& s : suppressions) {
    bool place_matches = s.whole_file || d.span.begin.line == s.target_line;
    if (!s.rule.empty() && s.rule == d.rule && place_matches) {
      s.used = true;
      return true;
    }
  }
  return false;
}

void report_unused(const Suppression& s, Diagnostics& out) {
  if (s.rule.empty()) {
    out.report(k_unused, s.span, "this comment names no rule, so it suppresses nothing",
               "name the rule ids to suppress, e.g. '# jmap-disable-next-line empty-stage'");
    return;
  }
  if (!find_rule(s.rule)) {
    out.report(k_unused, s.span,
               fmt::format("no rule '{}' to suppress{}", s.rule, did_you_mean(closest_match(s.rule, rule_ids()))),
               "`jmap rules` lists the rule ids");
    return;
  }
  std::string where = s.whole_file ? "in this file" : fmt::format("on line {}", s.target_line);
  out.report(k_unused, s.span, fmt::format("this comment suppresses a '{}' finding, but there is none {}", s.rule, where),
             "remove the comment, or the rule id, if the finding is gone");
}

// The unused-suppression findings of a file, less those its own comments suppress.
// Comments about unused-suppression are judged last, once the others are known.
Diagnostics unused_findings(Scan& found) {
  Diagnostics out;
  for (const BadDirective& bad : found.bad_directives)
    out.report(k_unused, bad.span,
               fmt::format("'{}' is not a jmap directive{}", bad.word,
                           did_you_mean(closest_match(bad.word, k_directives))),
               "write '# jmap-disable-next-line RULE' or '# jmap-disable-file RULE'");
  for (bool about_unused : {false, true}) {
    for (const Suppression& s : found.suppressions)
      if (!s.used && (s.rule == k_unused.name()) == about_unused) report_unused(s, out);
    out.retain([&](const Diagnostic& d) { return !suppress(found.suppressions, d); });
  }
  return out;
}

}  // namespace

void apply_suppressions(Diagnostics& diagnostics, const std::vector<const SourceFile*>& files) {
  for (const SourceFile* file : files) {
    Scan found = scan(*file);
    if (found.suppressions.empty() && found.bad_directives.empty()) continue;
    diagnostics.retain([&](const Diagnostic& d) {
      return d.span.file != file || d.rule == "syntax" || !suppress(found.suppressions, d);
    });
    Diagnostics unused = unused_findings(found);
    for (const Diagnostic& d : unused.items()) diagnostics.add(d);
  }
}

}  // namespace jmap
