#include "util/escape.hpp"

namespace jmap {
namespace {

bool is_control(char c) { return static_cast<unsigned char>(c) < 0x20; }

// Quotes escaped, control characters as spaces, each backslash as `backslash`, and `&`
// as `&amp;`: Graphviz reads entities in these strings and writes one it finds into the
// SVG unescaped, so the literal text "&amp;" would show as "&".
std::string escape_quoted(std::string_view text, std::string_view backslash) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '"') out += "\\\"";
    else if (c == '&') out += "&amp;";
    else if (c == '\\') out += backslash;
    else if (is_control(c)) out += ' ';
    else out += c;
  }
  return out;
}

}  // namespace

std::string escape_xml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
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

}  // namespace jmap
