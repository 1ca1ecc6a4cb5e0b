// UTF-8 helpers shared by the loader (error positions), the view (wrapping) and the
// reports (showing a broken line safely).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jmap {

// Bytes in the sequence a lead byte starts: 1-4, or 0 for a byte no sequence starts with.
std::size_t utf8_sequence_length(unsigned char lead);

// Offset of the first byte that does not begin a well-formed sequence, or text.size().
std::size_t first_invalid_utf8(std::string_view text);

// The code point of the `length`-byte sequence at `at` (its lead byte alone when the
// sequence would run past the end).
char32_t utf8_decode(std::string_view text, std::size_t at, std::size_t length);

// A C1 control (U+0080..U+009F: bytes C2 80..C2 9F) starts at `i`.
bool is_c1_at(std::string_view text, std::size_t i);

// Appends the UTF-8 bytes of a code point (which the caller has checked is a scalar value).
void append_utf8(std::string& out, char32_t code_point);

// The text with every ill-formed byte replaced by U+FFFD.
std::string sanitize_utf8(std::string_view text);

}  // namespace jmap
