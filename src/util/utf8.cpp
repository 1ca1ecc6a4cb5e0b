#include "util/utf8.hpp"

namespace jmap {

std::size_t utf8_sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 0;
}

char32_t utf8_decode(std::string_view text, std::size_t at, std::size_t length) {
  auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(text[at + k])); };
  if (length <= 1 || at + length > text.size()) return byte(0);
  char32_t value = byte(0) & (0xFF >> (length + 1));
  for (std::size_t k = 1; k < length; ++k) value = (value << 6) | (byte(k) & 0x3F);
  return value;
}

static bool well_formed_at(std::string_view text, std::size_t i, std::size_t length) {
  if (length == 0 || i + length > text.size()) return false;
  for (std::size_t k = 1; k < length; ++k)
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
  return true;
}

std::size_t first_invalid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = utf8_sequence_length(static_cast<unsigned char>(text[i]));
    if (!well_formed_at(text, i, length)) return i;
    i += length;
  }
  return text.size();
}

std::string sanitize_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = utf8_sequence_length(static_cast<unsigned char>(text[i]));
    if (well_formed_at(text, i, length)) {
      out.append(text.substr(i, length));
      i += length;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

}  // namespace jmap
