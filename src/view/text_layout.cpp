#include "text_layout.hpp"

#include "util/text_metrics.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

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

// A code point that belongs to the character before it: a combining mark (Hebrew and
// Arabic points, Indic vowel signs and viramas), a joiner, a variation selector or an
// emoji modifier. Cutting before one would leave it on nothing (a dotted circle).
bool joins_previous(char32_t c) {
  if (c >= 0x0900 && c <= 0x0DFF) {  // the Indic blocks share one layout of signs
    char32_t offset = c & 0x7F;
    return offset <= 0x03 || (offset >= 0x3A && offset <= 0x4F && offset != 0x3D) ||
           (offset >= 0x51 && offset <= 0x57) || offset == 0x62 || offset == 0x63;
  }
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x0483 && c <= 0x0489) || (c >= 0x0591 && c <= 0x05C7 && c != 0x05BE &&
         c != 0x05C0 && c != 0x05C3 && c != 0x05C6) || (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) ||
         c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED && c != 0x06DD && c != 0x06DE && c != 0x06E5 && c != 0x06E6 &&
         c != 0x06E9) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
         c == 0x200C || c == 0x200D || (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE00 && c <= 0xFE0F) ||
         (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE01EF);
}

// Where each character a reader sees starts: a base with its marks, an emoji sequence
// joined by ZWJ. Text is cut only there, so RTL points and Indic signs stay on their letter.
std::vector<std::size_t> character_starts(std::string_view text) {
  std::vector<std::size_t> starts;
  char32_t previous = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = std::min(utf8_length(static_cast<unsigned char>(text[i])), text.size() - i);
    char32_t c = utf8_decode(text, i, n);
    if (starts.empty() || !(joins_previous(c) || previous == 0x200D)) starts.push_back(i);
    previous = c;
    i += n;
  }
  return starts;
}

// Cuts a word too wide for a line into pieces that fit (between characters).
void cut_word(std::string_view word, double width, double size, bool bold, std::vector<std::string>& out) {
  std::vector<std::size_t> starts = character_starts(word);
  starts.push_back(word.size());
  std::string piece;
  for (std::size_t k = 0; k + 1 < starts.size(); ++k) {
    std::string_view ch = word.substr(starts[k], starts[k + 1] - starts[k]);
    if (!piece.empty() && text_width(piece + std::string(ch), size, bold) > width) {
      out.push_back(piece);
      piece.clear();
    }
    piece += ch;
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
  std::vector<std::size_t> starts = character_starts(text);  // cut between whole characters
  std::size_t kept = starts.size();
  while (kept > 0 && text_width(std::string(text.substr(0, starts[kept - 1])) + ellipsis, size, bold) > width) --kept;
  return std::string(text.substr(0, kept > 0 ? starts[kept - 1] : 0)) + ellipsis;
}

}  // namespace jmap
