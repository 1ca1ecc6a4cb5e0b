#include "util/escape.hpp"

#include <cctype>

#include "util/utf8.hpp"

namespace jmap {
namespace {

// C0 and DEL; C1 controls are two bytes, handled where the text is walked.
bool is_control(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }

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

namespace jmap {
namespace {

// Characters Markdown reads as inline syntax anywhere in a line.
bool markdown_special(char c) {
  switch (c) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '{': case '}':
    case '|': case '~': case '$': return true;
    default: return false;
  }
}

// One line of plain text: controls gone, line breaks and tabs as spaces, no leading space.
std::string markdown_line(std::string_view input) {
  std::string valid;
  std::string_view text = input;
  if (first_invalid_utf8(input) != input.size()) text = valid = sanitize_utf8(input);
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (is_c1_at(text, i)) {
      ++i;
      continue;
    }
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    else if (is_control(c)) continue;
    if (c == ' ' && out.empty()) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Where a block marker at the start needs its backslash: `#`, `-`, `+`, or digits
// followed by `.` or `)` and a space (an ordered list); `>` is an entity anyway. (`=` cannot
// underline a heading: the writer puts a blank line before every block.)
std::size_t leading_marker(std::string_view line) {
  if (line.empty()) return std::string_view::npos;
  if (line[0] == '#' || line[0] == '-' || line[0] == '+') return 0;
  std::size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  bool list = digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')') &&
              (digits + 1 == line.size() || line[digits + 1] == ' ');  // "3.5" starts no list
  if (list) return digits;
  return std::string_view::npos;
}

// GFM links a bare `http://...` or `www.` in text (the autolink extension) though it is no
// Markdown syntax; the HTML page shows it as text, so the Markdown must too. Escaping the
// ':' of "://" or the '.' of "www." stops it (an e-mail address is still linked: GitHub
// finds those after parsing, where no escape reaches).
bool starts_autolink(std::string_view line, std::size_t i) {
  if (line.substr(i, 3) == "://") return true;
  if (line[i] != '.' || i < 3) return false;
  std::string_view www = line.substr(i - 3, 3);
  bool word_start = i == 3 || !std::isalnum(static_cast<unsigned char>(line[i - 4]));
  return word_start && (www == "www" || www == "WWW");
}

}  // namespace

std::string escape_markdown(std::string_view input) {
  std::string line = markdown_line(input);
  std::size_t marker = leading_marker(line);
  std::string out;
  out.reserve(line.size() + 8);
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (i == marker || markdown_special(c) || starts_autolink(line, i)) out += '\\';
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

std::string escape_markdown_url(std::string_view text) {
  constexpr char k_hex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7F || c == '(' || c == ')' || c == '<' || c == '>' || c == '\\')
      out += {'%', k_hex[byte >> 4], k_hex[byte & 15]};
    else out += c;
  }
  return out;
}

}  // namespace jmap
