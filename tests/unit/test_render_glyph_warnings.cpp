// The missing-glyph warning: one per script, the first characters, the package to install.
#include <doctest/doctest.h>

#include "jmap/view.hpp"
#include "render/glyph_warnings.hpp"
#include "test_support.hpp"

using namespace jmap;

namespace {
bool latin_only(char32_t c) { return c < 0x250; }
}  // namespace

TEST_CASE("render::glyph_warnings: one warning per script, naming characters and package") {
  auto warnings = missing_glyph_warnings("李小龙 buys 🦊 and 李 again\nشكرا", latin_only);
  REQUIRE(warnings.size() == 3);
  CHECK(warnings[0] ==
        "no installed font draws 李小龙 (Han, U+674E U+5C0F U+9F99): they come out as empty boxes in PNG and PDF; "
        "install fonts-noto-cjk");
  CHECK(warnings[1] ==
        "no installed font draws 🦊 (Emoji, U+1F98A): it comes out as an empty box in PNG and PDF; install "
        "fonts-noto-color-emoji");
  CHECK(test::contains(warnings[2], "(Arabic, U+0634 U+0643 U+0631 U+0627)"));
  CHECK(test::contains(warnings[2], "install fonts-noto-core"));
}

TEST_CASE("render::glyph_warnings: covered text, joiners and variation selectors warn of nothing") {
  CHECK(missing_glyph_warnings("Plain text, café", latin_only).empty());
  // ❤️ is U+2764 U+FE0F; the selector and a zero-width joiner are drawn as nothing.
  auto warnings = missing_glyph_warnings("\u2764\uFE0F\u200D", latin_only);
  REQUIRE(warnings.size() == 1);
  CHECK(test::contains(warnings[0], "(Emoji, U+2764)"));
}

TEST_CASE("render::glyph_warnings: many characters are cut to the first five") {
  auto warnings = missing_glyph_warnings("一二三四五六七", latin_only);
  REQUIRE(warnings.size() == 1);
  CHECK(test::contains(warnings[0], "draws 一二三四五 (Han, U+4E00 U+4E8C U+4E09 U+56DB U+4E94 and 2 more)"));
}

TEST_CASE("render::glyph_warnings: a code point no font has says no package helps") {
  auto warnings = missing_glyph_warnings("\uFFFF", latin_only);
  REQUIRE(warnings.size() == 1);
  CHECK(test::contains(warnings[0], "(unassigned, U+FFFF)"));
  CHECK(test::contains(warnings[0], "no font package covers them"));
}

TEST_CASE("render::picture_text: every run of a map and of a flow") {
  test::Loaded l(
      "jmap: 1\ntitle: 旅程\npersonas: [{id: p, name: 李小龙}]\nstages:\n"
      "  - id: s\n    name: שלב\n    steps:\n      - {id: a, name: खरीदें, personas: [p], thinks: 🦊}\n"
      "      - {id: b, name: اشتري, next: [a]}\n");
  REQUIRE(l.journey);
  for (ViewKind kind : {ViewKind::map, ViewKind::blueprint, ViewKind::flow}) {
    ViewOptions options;
    options.kind = kind;
    std::string text = picture_text(make_picture(*l.journey, options));
    CAPTURE(text);
    CHECK(test::contains(text, "旅程"));
    CHECK(test::contains(text, "שלב"));
    CHECK(test::contains(text, "खरीदें"));
    CHECK(test::contains(text, "اشتري"));
    if (kind == ViewKind::map) {
      CHECK(test::contains(text, "李小龙"));
      CHECK(test::contains(text, "🦊"));
    }
  }
}
