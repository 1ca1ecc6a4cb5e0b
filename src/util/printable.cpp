#include "util/printable.hpp"

#include <fmt/format.h>

#include "util/utf8.hpp"

namespace jmap {
namespace {

constexpr std::string_view k_replacement = "\xEF\xBF\xBD";

// Characters that act on a terminal or a line-based reader instead of showing.
bool is_unsafe(char32_t c) {
  bool control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
  bool separator = c == 0x2028 || c == 0x2029;
  bool bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  return control || separator || bidi;
}

std::string escape(char32_t c) {
  switch (c) {
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case 0x1B: return "\\e";
  }
  if (c < 0x80) return fmt::format("\\x{:02X}", static_cast<unsigned>(c));
  return fmt::format("\\u{{{:04X}}}", static_cast<unsigned>(c));
}

// Copies text, handing each unsafe character to `replace`.
template <class Replace>
std::string map_unsafe(std::string_view text, Replace replace) {
  std::string clean = sanitize_utf8(text);
  std::string out;
  out.reserve(clean.size());
  for (std::size_t i = 0; i < clean.size();) {
    std::size_t length = utf8_sequence_length(static_cast<unsigned char>(clean[i]));
    std::string_view sequence = std::string_view(clean).substr(i, length);
    char32_t c = utf8_decode(clean, i, length);
    if (is_unsafe(c)) out += replace(c);
    else out += sequence;
    i += length;
  }
  return out;
}

}  // namespace

std::string printable(std::string_view text) { return map_unsafe(text, escape); }

std::string printable_line(std::string_view text) {
  return map_unsafe(text, [](char32_t c) { return std::string(c == '\t' ? std::string_view(" ") : k_replacement); });
}

}  // namespace jmap
