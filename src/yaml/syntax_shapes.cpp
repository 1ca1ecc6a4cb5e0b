#include "syntax_shapes.hpp"

#include <fmt/format.h>

namespace jmap::yaml {
namespace {

constexpr std::size_t k_none = std::string_view::npos;
// How far back an unclosed quote is looked for: a journey's texts are a few lines long,
// and further back a quote that opens a line is more likely a real multi-line text.
constexpr std::uint32_t k_quote_lookback = 12;

std::size_t indent_of(std::string_view line) {
  std::size_t i = line.find_first_not_of(' ');
  return i == k_none ? line.size() : i;
}

bool is_blank_or_comment(std::string_view line) {
  std::size_t i = indent_of(line);
  return i == line.size() || line[i] == '#';
}

// Where a value written on this line starts: after the indentation, a "- " and a plain
// "key: ", if any. k_none for a line that holds none.
std::size_t value_start(std::string_view line) {
  std::size_t i = indent_of(line);
  // "  - " and nothing after it: find_first_not_of gives k_none (a fuzzer found the throw).
  while (i != k_none && i < line.size() && line.substr(i).starts_with("- ")) i = line.find_first_not_of(' ', i + 2);
  if (i == k_none || i >= line.size()) return k_none;
  if (line[i] == '"' || line[i] == '\'') return i;
  std::size_t colon = line.find(": ", i);
  if (colon == k_none) return k_none;
  std::size_t value = line.find_first_not_of(' ', colon + 2);
  return value == k_none ? k_none : value;
}

// The closing quote of quoted text opened at text[open], searching from `from`:
// \" is no end inside "...", '' none inside '...'.
std::size_t closing_quote(std::string_view text, std::size_t open, std::size_t from) {
  char quote = text[open];
  for (std::size_t i = from; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') ++i;
    else if (quote == '\'' && text[i] == '\'' && i + 1 < text.size() && text[i + 1] == '\'') ++i;
    else if (text[i] == quote) return i;
  }
  return k_none;
}

Span span_at(const SourceFile& file, std::string_view line, std::size_t column_byte, std::size_t length = 1) {
  std::size_t offset = static_cast<std::size_t>(line.data() - file.text.data()) + column_byte;
  return Span{&file, position_at(file.text, offset), position_at(file.text, offset + length)};
}

std::string quote_hint(char quote) {
  return quote == '"' ? "inside \"...\" write \\\" for a quote" : "inside '...' write '' for a quote";
}

// Quoted text opened on an earlier line and never closed there, which runs on to the
// line where the parser stopped (the next quote in the file closed it).
std::optional<SyntaxShape> unclosed_quote(const SourceFile& file, const Position& stopped) {
  for (std::uint32_t number = stopped.line - 1; number >= 1 && number + k_quote_lookback >= stopped.line; --number) {
    std::string_view line = file.line(number);
    std::size_t open = value_start(line);
    if (open == k_none || (line[open] != '"' && line[open] != '\'')) continue;
    if (closing_quote(line, open, open + 1) != k_none) continue;
    std::size_t from = static_cast<std::size_t>(line.data() - file.text.data()) + open;
    std::size_t close = closing_quote(file.text, from, from + 1);
    if (close == k_none || position_at(file.text, close).line != stopped.line) return std::nullopt;
    char quote = line[open];
    return SyntaxShape{span_at(file, line, open),
                       fmt::format("the quoted text that begins here runs on to line {}: its quote was probably never closed",
                                   stopped.line),
                       fmt::format("close the quote at the end of the text on line {}; {}", number, quote_hint(quote))};
  }
  return std::nullopt;
}

// `-id: x`: a dash with no space after it is part of a key, not a list item.
std::optional<SyntaxShape> dash_without_space(const SourceFile& file, const Position& stopped) {
  for (std::uint32_t number = stopped.line; number >= 1 && number + 2 >= stopped.line; --number) {
    std::string_view line = file.line(number);
    std::size_t dash = indent_of(line);
    if (dash + 1 >= line.size() || line[dash] != '-' || line[dash + 1] == ' ' || line[dash + 1] == '-') continue;
    std::size_t colon = line.find(':', dash);
    if (colon == k_none) continue;
    std::string_view key = line.substr(dash + 1, colon - dash - 1);
    std::string_view rest = line.substr(colon);
    return SyntaxShape{span_at(file, line, dash, colon - dash),
                       fmt::format("'-{}' has no space after the dash: YAML reads it as the key '-{}', not as a list item",
                                   key, key),
                       fmt::format("write '- {}{}'", key, rest)};
  }
  return std::nullopt;
}

// A `key: value` line indented further than the key above it: YAML reads it as more
// text of the value above, and stops at its ': '.
std::optional<SyntaxShape> indented_too_far(const SourceFile& file, const Position& stopped) {
  std::string_view line = file.line(stopped.line);
  std::size_t indent = indent_of(line);
  std::size_t colon = line.find(": ", indent);
  if (colon == k_none && line.ends_with(':')) colon = line.size() - 1;
  if (colon == k_none || line.substr(indent).starts_with("- ")) return std::nullopt;
  std::uint32_t number = stopped.line - 1;
  while (number >= 1 && is_blank_or_comment(file.line(number))) --number;
  if (number < 1) return std::nullopt;
  std::string_view above = file.line(number);
  std::size_t key = indent_of(above);
  while (above.substr(key).starts_with("- ")) key += 2;
  std::size_t above_colon = above.find(": ", key);
  if (above_colon == k_none || indent <= key) return std::nullopt;
  std::size_t extra = indent - key;
  std::string name(line.substr(indent, colon - indent));
  std::string above_name(above.substr(key, above_colon - key));
  return SyntaxShape{span_at(file, line, indent, name.size()),
                     fmt::format("'{}' is indented {} space{} more than '{}' on line {}", name, extra,
                                 extra == 1 ? "" : "s", above_name, number),
                     fmt::format("start '{}' in the same column as '{}' (column {})", name, above_name, key + 1)};
}

// Quoted text that ends at a quote inside it, with more text after: "I said "no" twice".
std::optional<SyntaxShape> quote_inside_quotes(const SourceFile& file, const Position& stopped) {
  std::string_view line = file.line(stopped.line);
  std::size_t open = value_start(line);
  if (open == k_none || (line[open] != '"' && line[open] != '\'')) return std::nullopt;
  std::size_t close = closing_quote(line, open, open + 1);
  if (close == k_none) return std::nullopt;
  std::size_t next = line.find_first_not_of(' ', close + 1);
  if (next == k_none || line[next] == '#' || line[next] == ',' || line[next] == ']' || line[next] == '}')
    return std::nullopt;
  char quote = line[open];
  std::size_t last = line.rfind(quote);
  std::string_view text = line.substr(open + 1, last - open - 1);
  std::string escaped, other;
  for (char c : text) {
    escaped += c == quote ? (quote == '"' ? "\\\"" : "''") : std::string(1, c);
    other += c;
  }
  char other_quote = quote == '"' ? '\'' : '"';
  bool other_fits = text.find(other_quote) == std::string_view::npos;
  std::string hint = fmt::format("{}: {}{}{}", quote_hint(quote), quote, escaped, quote);
  if (other_fits) hint += fmt::format(", or use the other quote: {}{}{}", other_quote, other, other_quote);
  return SyntaxShape{span_at(file, line, close),
                     fmt::format("this {} ends the quoted text early, and the line goes on after it", quote), hint};
}

}  // namespace

std::optional<SyntaxShape> find_syntax_shape(const SourceFile& file, const Position& stopped,
                                             std::string_view problem) {
  if (stopped.line == 0) return std::nullopt;
  if (auto shape = unclosed_quote(file, stopped)) return shape;
  if (auto shape = dash_without_space(file, stopped)) return shape;
  if (auto shape = quote_inside_quotes(file, stopped)) return shape;
  if (problem.find("mapping values are not allowed") != std::string_view::npos)
    if (auto shape = indented_too_far(file, stopped)) return shape;
  return std::nullopt;
}

}  // namespace jmap::yaml
