#include "util/escape.hpp"

#include "util/utf8.hpp"

namespace jmap {
namespace {

// C0 and DEL; C1 controls are two bytes, handled where the text is walked.
bool is_control(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }

// A C1 control (U+0080..U+009F: bytes C2 80..C2 9F) starts at `i`.
bool is_c1_at(std::string_view text, std::size_t i) {
  return static_cast<unsigned char>(text[i]) == 0xC2 && i + 1 < text.size() &&
         (static_cast<unsigned char>(text[i + 1]) & 0xE0) == 0x80;
}

// Quotes escaped, control characters (C1 too: Graphviz writes them into the SVG as they
// are) as spaces, each backslash as `backslash`, and `&`
// as `&amp;`: Graphviz reads entities in these strings and writes one it finds into the
// SVG unescaped, so the literal text "&amp;" would show as "&".
std::string escape_quoted(std::string_view text, std::string_view backslash) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool c1 = is_c1_at(text, i);
    if (c1) ++i;  // both of its bytes become one space
    if (c == '"') out += "\\\"";
    else if (c == '&') out += "&amp;";
    else if (c == '\\') out += backslash;
    else if (c1 || is_control(c)) out += ' ';
    else out += c;
  }
  return out;
}

}  // namespace

std::string escape_xml(std::string_view input) {
  // Ill-formed UTF-8 (only a raw comment line can carry it) becomes U+FFFD, so every
  // XML jmap writes is UTF-8.
  std::string valid;
  std::string_view text = input;
  if (first_invalid_utf8(input) != input.size()) text = valid = sanitize_utf8(input);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    // C1 controls (U+0080..U+009F, bytes C2 80..C2 9F) are dropped like C0 ones.
    if (is_c1_at(text, i)) {
      ++i;
      continue;
    }
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if (is_control(c) && c != '\t') break;
        out += c;
    }
  }
  return out;
}

std::string escape_html_label(std::string_view text) {
  std::string out;
  for (char c : escape_xml(text)) {
    if (c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string escape_dot_text(std::string_view text) { return escape_quoted(text, "\\\\\\\\"); }

std::string escape_dot_id(std::string_view text) { return escape_quoted(text, "\u2216"); }

std::string dot_quoted(std::string_view escaped) {
  constexpr std::size_t k_piece = 16000;  // below the reader's 16,384
  std::string out = "\"";
  std::size_t start = 0;
  while (escaped.size() - start > k_piece) {
    std::size_t cut = start + k_piece;
    while (cut > start && (static_cast<unsigned char>(escaped[cut]) & 0xC0) == 0x80) --cut;  // a UTF-8 continuation
    std::size_t backslashes = 0;
    while (cut - backslashes > start && escaped[cut - backslashes - 1] == '\\') ++backslashes;
    if (backslashes % 2 == 1) --cut;  // keep `\x` whole
    out.append(escaped.substr(start, cut - start));
    out += "\" + \"";
    start = cut;
  }
  out.append(escaped.substr(start));
  return out + "\"";
}

}  // namespace jmap
