#include "text_layout.hpp"

#include "util/text_metrics.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace jmap {
namespace {

constexpr double k_safety = 1.04;  // rounding and kerning; a viewer's font may differ a little

// A byte that starts no sequence counts as one character: it shows as U+FFFD.
std::size_t utf8_length(unsigned char lead) { return std::max<std::size_t>(1, utf8_sequence_length(lead)); }

// The length of a line break at `at` (LF, CR LF, CR, NEL, U+2028, U+2029), or 0.
std::size_t line_break_at(std::string_view text, std::size_t at) {
  for (std::string_view line_break : {"\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029"})
    if (text.substr(at, line_break.size()) == line_break) return line_break.size();
  return 0;
}

// Graphviz draws no control character, so a tab would vanish and join the words beside
// it ("tab\there" drew "tabhere"): line breaks become `line_break`, other controls spaces.
// C1 controls too: the escaper drops them, and a line of nothing else made an empty
// <FONT></FONT> that Graphviz refuses.
std::string visible_spacing(std::string_view text, char line_break) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (std::size_t n = line_break_at(text, i); n > 0) {
      out += line_break;
      i += n;
      continue;
    }
    auto byte = static_cast<unsigned char>(text[i]);
    bool c1 = byte == 0xC2 && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xE0) == 0x80;
    out += byte < 0x20 || byte == 0x7F || c1 ? ' ' : text[i];
    i += c1 ? 2 : 1;
  }
  return out;
}

std::vector<std::string_view> split_words(std::string_view line) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < line.size()) {
    while (start < line.size() && line[start] == ' ') ++start;
    std::size_t end = line.find(' ', start);
    if (end == std::string_view::npos) end = line.size();
    if (end > start) words.push_back(line.substr(start, end - start));
    start = end;
  }
  return words;
}

// Cuts a word too wide for a line into pieces that fit (by code points).
void cut_word(std::string_view word, double width, double size, bool bold, std::vector<std::string>& out) {
  std::string piece;
  for (std::size_t i = 0; i < word.size();) {
    std::size_t n = std::min(utf8_length(static_cast<unsigned char>(word[i])), word.size() - i);
    std::string_view ch = word.substr(i, n);
    if (!piece.empty() && text_width(piece + std::string(ch), size, bold) > width) {
      out.push_back(piece);
      piece.clear();
    }
    piece += ch;
    i += n;
  }
  if (!piece.empty()) out.push_back(piece);
}

}  // namespace

double text_width(std::string_view text, double size, bool bold) {
  return font_advance(text, size, bold) * k_safety;
}

std::vector<std::string> wrap_text(std::string_view original, double width, double size, bool bold) {
  std::string spaced = visible_spacing(original, '\n');
  std::string_view text = spaced;
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string current;
    for (std::string_view word : split_words(text.substr(start, end - start))) {
      std::string candidate = current.empty() ? std::string(word) : current + " " + std::string(word);
      if (text_width(candidate, size, bold) <= width) {
        current = std::move(candidate);
        continue;
      }
      if (!current.empty()) lines.push_back(std::move(current));
      current.clear();
      if (text_width(word, size, bold) <= width) {
        current = std::string(word);
        continue;
      }
      std::vector<std::string> pieces;
      cut_word(word, width, size, bold, pieces);
      current = pieces.back();
      pieces.pop_back();
      lines.insert(lines.end(), pieces.begin(), pieces.end());
    }
    if (!current.empty()) lines.push_back(std::move(current));
    start = end + 1;
  }
  return lines;
}

std::string ellipsize(std::string_view original, double width, double size, bool bold) {
  std::string spaced = visible_spacing(original, ' ');  // one line
  std::string_view text = spaced;
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text_width(text, size, bold) <= width) return std::string(text);
  const std::string ellipsis = "\u2026";
  std::string out(text);
  while (!out.empty() && text_width(out + ellipsis, size, bold) > width) {
    out.pop_back();
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();  // whole characters
    if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0xC0) out.pop_back();
  }
  return out + ellipsis;
}

}  // namespace jmap
