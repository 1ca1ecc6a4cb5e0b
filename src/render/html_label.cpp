#include "html_label.hpp"

#include <fmt/format.h>

#include <cmath>

#include "util/escape.hpp"

namespace jmap {

std::string run_html(const TextRun& run) {
  std::string text = escape_html_label(run.text);
  if (run.italic) text = "<I>" + text + "</I>";
  if (run.bold) text = "<B>" + text + "</B>";
  std::string color = run.color.empty() ? "" : fmt::format(" COLOR=\"{}\"", run.color);
  return fmt::format("<FONT POINT-SIZE=\"{:.1f}\"{}>{}</FONT>", run.size, color, text);
}

std::string line_html(const TextLine& line) {
  if (line.size() == 1 && line.front().text.empty()) return "";
  std::string content;
  for (const TextRun& run : line) content += run_html(run);
  return content;
}

std::string ellipsis_line_html() { return run_html(TextRun{"\u2026", 10, true, false, ""}); }

std::string_view align_name(Align align) {
  switch (align) {
    case Align::left: return "LEFT";
    case Align::center: return "CENTER";
    case Align::right: return "RIGHT";
  }
  return "LEFT";
}

std::string lines_table(const std::vector<TextLine>& lines, Align align) {
  if (lines.empty()) return "";
  std::string rows;
  for (const TextLine& line : lines) {
    std::string content = line_html(line);
    bool over = rows.size() + content.size() > k_label_budget;
    rows += fmt::format("<TR><TD HEIGHT=\"{}\" ALIGN=\"{}\">{}</TD></TR>", std::lround(line_pitch(line)), align_name(align),
                        over ? ellipsis_line_html() : content);
    if (over) break;
  }
  return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">" + rows + "</TABLE>";
}

}  // namespace jmap
