#include "card.hpp"

#include <algorithm>

#include "text_layout.hpp"

namespace jmap {

namespace {
TextRun run_of(std::string text, const TextBlock::Style& style) {
  return TextRun{std::move(text), style.size, style.bold, style.italic, style.color};
}
}  // namespace

TextBlock& TextBlock::text(std::string_view text, const Style& style) {
  // Italics lean past their measured width: a closing quote mark touched the border.
  double width = style.italic ? m_width - 0.3 * style.size : m_width;
  for (std::string& line : wrap_text(text, width, style.size, style.bold))
    m_lines.push_back({run_of(std::move(line), style)});
  return *this;
}

TextBlock& TextBlock::labelled(std::string_view label, std::string_view text, const Style& style) {
  std::string head = std::string(label) + ": ";
  // Wrap as bold throughout: a little conservative, never too wide.
  std::vector<std::string> lines = wrap_text(head + std::string(text), m_width, style.size, true);
  Style bold = style;
  bold.bold = true;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i == 0 && lines[0].starts_with(head)) {
      m_lines.push_back({run_of(head, bold), run_of(lines[0].substr(head.size()), style)});
    } else {
      m_lines.push_back({run_of(std::move(lines[i]), style)});
    }
  }
  return *this;
}

TextBlock& TextBlock::bullet(std::string_view text, const Style& style) {
  const std::string mark = "\u2022 ";
  const std::string indent = "   ";
  double mark_width = std::max(text_width(indent, style.size, style.bold), text_width(mark, style.size, style.bold));
  std::vector<std::string> lines = wrap_text(text, m_width - mark_width, style.size, style.bold);
  for (std::size_t i = 0; i < lines.size(); ++i)
    m_lines.push_back({run_of((i == 0 ? mark : indent) + lines[i], style)});
  return *this;
}

TextBlock& TextBlock::space(double points) {
  if (!m_lines.empty()) m_lines.push_back({TextRun{"", points, false, false, {}}});
  return *this;
}

double line_pitch(const TextLine& line) {
  if (line.size() == 1 && line.front().text.empty()) return line.front().size;  // a gap
  double size = 0;
  for (const TextRun& run : line) size = std::max(size, run.size);
  return line_height(size);
}

double lines_height(const std::vector<TextLine>& lines) {
  double height = 0;
  for (const TextLine& line : lines) height += line_pitch(line);
  return height;
}

double line_width(const TextLine& line) {
  double width = 0;
  for (const TextRun& run : line) width += text_width(run.text, run.size, run.bold);
  return width;
}

double lines_width(const std::vector<TextLine>& lines) {
  double widest = 0;
  for (const TextLine& line : lines) widest = std::max(widest, line_width(line));
  return widest;
}

std::string element_id(std::string_view kind, std::initializer_list<std::string_view> parts) {
  std::string id(kind);
  for (std::string_view part : parts) (id += '.') += part;
  return id;
}

std::string plain_text(const std::vector<TextLine>& lines) {
  std::string out;
  for (const TextLine& line : lines) {
    std::string text;
    for (const TextRun& run : line) text += run.text;
    text.erase(0, text.find_first_not_of(' '));  // a bullet's hanging indent
    if (text.empty()) continue;
    if (!out.empty()) out += ' ';
    out += text;
  }
  return out;
}

}  // namespace jmap
