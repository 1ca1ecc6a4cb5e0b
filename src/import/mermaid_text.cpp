#include "mermaid_text.hpp"

#include <array>
#include <cctype>
#include <charconv>
#include <utility>

#include "util/utf8.hpp"

namespace jmap {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 7> k_named{{
    {"quot", "\""}, {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"apos", "'"}, {"nbsp", "\u00A0"}, {"colon", ":"}}};

// The character an entity's inner text stands for; false when jmap does not know it.
bool decode_one(std::string_view inner, std::string& out) {
  unsigned long value = 0;
  auto [end, error] = std::from_chars(inner.data(), inner.data() + inner.size(), value);
  if (error == std::errc() && end == inner.data() + inner.size()) {
    bool valid = value > 0 && value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF);
    if (valid) append_utf8(out, static_cast<char32_t>(value));
    return valid;
  }
  for (const auto& [name, text] : k_named)
    if (inner == name) {
      out += text;
      return true;
    }
  return false;
}

}  // namespace

std::size_t entity_length(std::string_view text, std::size_t at) {
  if (at >= text.size() || text[at] != '#') return 0;
  std::size_t i = at + 1;
  while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_')) ++i;
  if (i == at + 1 || i >= text.size() || text[i] != ';') return 0;
  return i + 1 - at;
}

std::string decode_entities(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t length = entity_length(text, i);
    if (length == 0 || !decode_one(text.substr(i + 1, length - 2), out)) {
      out += text[i];
      continue;
    }
    i += length - 1;
  }
  return out;
}

}  // namespace jmap
