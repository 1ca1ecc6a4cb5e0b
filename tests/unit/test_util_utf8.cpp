// UTF-8 helpers: a code point written out reads back as itself, at every sequence length.
#include <doctest/doctest.h>

#include <string>

#include "util/utf8.hpp"

using namespace jmap;

TEST_CASE("append_utf8 writes one to four bytes, and utf8_decode reads them back") {
  for (char32_t c : {U'A', U'\u00E9', U'\u2028', U'\u674E', U'\U0001F6D2'}) {
    std::string out;
    append_utf8(out, c);
    REQUIRE(out.size() == utf8_sequence_length(static_cast<unsigned char>(out[0])));
    CHECK(utf8_decode(out, 0, out.size()) == c);
    CHECK(first_invalid_utf8(out) == out.size());
  }
  std::string smile;
  append_utf8(smile, U'\U0001F600');
  CHECK(smile == "\xF0\x9F\x98\x80");
}
