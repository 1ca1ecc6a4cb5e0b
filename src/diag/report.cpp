#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "jmap/report.hpp"
#include "util/printable.hpp"

namespace jmap {
namespace {

struct Colors {
  const char* bold = "";
  const char* reset = "";
  const char* error = "";
  const char* warning = "";
  const char* info = "";
  const char* caret = "";
  const char* faint = "";
};

Colors colors_for(bool color) {
  if (!color) return {};
  return Colors{"\033[1m", "\033[0m", "\033[1;31m", "\033[1;35m", "\033[1;36m", "\033[1;32m", "\033[2m"};
}

std::string location(const Span& span) {
  if (!span.file) return "jmap";
  if (!span.known()) return printable(span.file->path);
  return fmt::format("{}:{}:{}", printable(span.file->path), span.begin.line, span.begin.column);
}

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

constexpr std::size_t k_max_snippet = 100;  // code points of a source line shown

// Byte offset of the code point `index` (0-based) in text.
std::size_t byte_of(std::string_view text, std::size_t index) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (seen++ == index) return i;
  }
  return text.size();
}

// A long line cut to a window around the column, marked with "...": the column moves with it.
std::pair<std::string, std::size_t> window(std::string_view line, std::size_t column) {
  std::size_t first = column > k_max_snippet / 2 ? column - k_max_snippet / 2 : 1;
  std::size_t begin = byte_of(line, first - 1), end = byte_of(line, first - 1 + k_max_snippet);
  std::string cut = (first > 1 ? "..." : "") + std::string(line.substr(begin, end - begin)) +
                    (end < line.size() ? "..." : "");
  return {cut, column - first + 1 + (first > 1 ? 3 : 0)};
}

// The source line and a caret (with ~ under the rest of a one-line span).
std::string snippet(const Span& span, const Colors& c) {
  if (!span.known()) return {};
  std::string line = printable_line(span.file->line(span.begin.line));  // the caret keeps its column
  std::string number = std::to_string(span.begin.line);
  std::string gutter(number.size(), ' ');
  std::size_t column = span.begin.column;
  std::size_t end = span.end.line == span.begin.line && span.end.column > column ? span.end.column : column;
  if (code_points(line) > k_max_snippet) {
    std::size_t before = column;
    std::tie(line, column) = window(line, column);
    end = end - before + column;  // the span's end moves with the window (end >= before)
  }
  std::size_t width = code_points(line);
  column = std::min<std::size_t>(column, width + 1);
  std::size_t stop = std::min<std::size_t>(end, width + 1);
  std::size_t length = stop > column ? stop - column : 1;
  std::string marks = "^" + std::string(length - 1, '~');
  return fmt::format("  {} | {}\n  {} | {}{}{}{}\n", number, line, gutter, std::string(column - 1, ' '), c.caret,
                     marks, c.reset);
}

const char* severity_color(Severity severity, const Colors& c) {
  switch (severity) {
    case Severity::error: return c.error;
    case Severity::warning: return c.warning;
    case Severity::info: return c.info;
  }
  return c.error;
}

}  // namespace

std::string format_human(const Diagnostic& d, const ReportOptions& options) {
  Colors c = colors_for(options.color);
  std::string out = fmt::format("{}{}:{} {}{}:{} {}{}{} {}[{}]{}\n", c.bold, location(d.span), c.reset,
                                severity_color(d.severity, c), severity_name(d.severity), c.reset, c.bold, printable(d.message),
                                c.reset, c.faint, d.rule, c.reset);
  out += snippet(d.span, c);
  if (!d.note.empty()) {
    out += fmt::format("  {}note:{} {}\n", c.bold, c.reset, printable(d.note));
    bool same_line = d.note_span.file == d.span.file && d.note_span.begin.line == d.span.begin.line;
    if (!same_line) out += snippet(d.note_span, c);
  }
  if (!d.hint.empty()) out += fmt::format("  {}hint:{} {}\n", c.bold, c.reset, printable(d.hint));
  return out;
}

std::string format_gcc(const Diagnostic& d) {
  std::string out =
      fmt::format("{}: {}: {} [{}]\n", location(d.span), severity_name(d.severity), printable(d.message), d.rule);
  if (!d.note.empty())
    out += fmt::format("{}: note: {}\n", location(d.note_span.known() ? d.note_span : d.span), printable(d.note));
  return out;
}

std::string summarize(const Diagnostics& diagnostics) {
  std::vector<std::string> parts;
  auto add = [&](std::size_t n, std::string_view one, std::string_view many) {
    if (n > 0) parts.push_back(fmt::format("{} {}", n, n == 1 ? one : many));
  };
  add(diagnostics.count(Severity::error), "error", "errors");
  add(diagnostics.count(Severity::warning), "warning", "warnings");
  add(diagnostics.count(Severity::info), "info", "infos");
  return fmt::format("{}", fmt::join(parts, ", "));
}

}  // namespace jmap
