// The script table behind the missing-glyph warning.
#include <doctest/doctest.h>

#include "render/script_fonts.hpp"

using namespace jmap;

TEST_CASE("render::script_fonts: scripts and packages") {
  CHECK(script_font(U'李').script == "Han");
  CHECK(script_font(U'李').package == "fonts-noto-cjk");
  CHECK(script_font(U'あ').script == "Hiragana");
  CHECK(script_font(U'한').script == "Hangul");
  CHECK(script_font(U'ש').script == "Hebrew");
  CHECK(script_font(U'ش').script == "Arabic");
  CHECK(script_font(U'क').script == "Devanagari");
  CHECK(script_font(U'क').package == "fonts-noto-core");
  CHECK(script_font(U'🦊').script == "Emoji");
  CHECK(script_font(U'🦊').package == "fonts-noto-color-emoji");
  CHECK(script_font(U'\uFFFF').package.empty());
  CHECK(script_font(0x10FFFF).package.empty());
  CHECK(script_font(0x1D400).script == "other scripts");  // between the table's ranges
}

TEST_CASE("render::script_fonts: what draws nothing") {
  for (char32_t c : {U'\n', U'\u200D', U'\uFE0F', U'\u200F', U'\uFEFF', char32_t{0xE0067}}) CHECK(draws_nothing(c));
  for (char32_t c : {U'a', U' ', U'李', U'🦊'}) CHECK_FALSE(draws_nothing(c));
}
