// Measuring and wrapping text: Graphviz does not wrap, so the view must, and a line it
// makes must never be wider than the box it goes into.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "util/utf8.hpp"
#include "view/text_layout.hpp"

using namespace jmap;

namespace {

const std::vector<std::string> k_texts{
    "Scrolls Instagram and sees a free-delivery promo",
    "Supercalifragilisticexpialidocious-and-then-some-more-letters-without-any-space",
    "W W W W WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
    "Caf\xC3\xA9 cr\xC3\xA8me br\xC3\xBBl\xC3\xA9\x65 \xC3\xA0 la fran\xC3\xA7\x61ise, d\xC3\xA9j\xC3\xA0 vu",
    "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE3\x83\x86\xE3\x82\xAD\xE3\x82\xB9\xE3\x83\x88\xE3\x81\xAF"
    "\xE3\x82\xB9\xE3\x83\x9A\xE3\x83\xBC\xE3\x82\xB9\xE3\x81\x8C\xE3\x81\x82\xE3\x82\x8A\xE3\x81\xBE\xE3\x81\x9B"
    "\xE3\x82\x93",  // Japanese: no spaces at all
    "\xF0\x9F\x98\x80\xF0\x9F\x98\x83\xF0\x9F\x98\x84\xF0\x9F\x98\x81\xF0\x9F\x98\x86 emoji "
    "\xF0\x9F\x98\x85\xF0\x9F\x98\x82\xF0\x9F\xA4\xA3",
    "Line one\nLine two is a little longer than the first\n\nafter a blank line",
};

std::string without_spaces(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != ' ' && c != '\n') out += c;
  return out;
}

}  // namespace

TEST_SUITE("view::text_layout") {

TEST_CASE("text_width grows with the text and the size; bold is wider") {
  CHECK(text_width("", 10, false) == 0);
  CHECK(text_width("AB", 10, false) == doctest::Approx(text_width("A", 10, false) + text_width("B", 10, false)));
  CHECK(text_width("Hello", 20, false) == doctest::Approx(2 * text_width("Hello", 10, false)));
  CHECK(text_width("Hello", 10, true) > text_width("Hello", 10, false));
  CHECK(text_width("W", 10, false) > text_width("i", 10, false));
}

TEST_CASE("text_width counts a multi-byte character once") {
  // 'é' is two bytes but one character, an average letter wide.
  CHECK(text_width("\xC3\xA9", 10, false) < text_width("WW", 10, false));
  // A CJK character is one em.
  CHECK(text_width("\xE6\x97\xA5", 10, false) == doctest::Approx(10 * 1.04));
}

TEST_CASE("wrap_text never returns a line wider than the width") {
  for (const std::string& text : k_texts)
    for (double width : {40.0, 55.0, 80.0, 123.0, 200.0})
      for (bool bold : {false, true}) {
        CAPTURE(text);
        CAPTURE(width);
        CAPTURE(bold);
        for (const std::string& line : wrap_text(text, width, 10, bold)) {
          CAPTURE(line);
          CHECK(text_width(line, 10, bold) <= width);
        }
      }
}

TEST_CASE("wrap_text cuts a long word between characters, never inside one") {
  for (const std::string& text : k_texts)
    for (double width : {20.0, 33.0, 47.0}) {
      CAPTURE(text);
      CAPTURE(width);
      std::vector<std::string> lines = wrap_text(text, width, 10, false);
      std::string joined;
      for (const std::string& line : lines) {
        CAPTURE(line);
        CHECK(first_invalid_utf8(line) == line.size());
        CHECK_FALSE(line.empty());
        joined += line;
      }
      CHECK(without_spaces(joined) == without_spaces(text));  // nothing lost, nothing added
    }
}

TEST_CASE("wrap_text breaks at spaces where it can") {
  std::vector<std::string> lines = wrap_text("one two three four five six", 60, 10, false);
  REQUIRE(lines.size() > 1);
  for (const std::string& line : lines) {
    CAPTURE(line);
    CHECK(line.front() != ' ');
    CHECK(line.back() != ' ');
  }
  CHECK(lines.front() == "one two");
}

TEST_CASE("wrap_text keeps explicit newlines") {
  std::vector<std::string> lines = wrap_text("first\nsecond", 500, 10, false);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "first");
  CHECK(lines[1] == "second");
}

TEST_CASE("wrap_text turns a tab and other controls into spaces: Graphviz would drop them and join the words") {
  CHECK(wrap_text("tab\there", 500, 10, false) == std::vector<std::string>{"tab here"});
  CHECK(wrap_text("a\vb\fc\x01" "d", 500, 10, false) == std::vector<std::string>{"a b c d"});
  CHECK(wrap_text("tab\t\tthen", 500, 10, false) == std::vector<std::string>{"tab then"});
}

TEST_CASE("wrap_text turns DEL and C1 controls into spaces: a line of nothing else would be empty") {
  CHECK(wrap_text("a\x7F" "b\xC2\x9B" "c", 500, 10, false) == std::vector<std::string>{"a b c"});
  // NEL breaks the line; the C1 control after it is a space, not an empty line.
  CHECK(wrap_text("a\xC2\x85\xC2\x9B\xE2\x80\xA8" "b", 500, 10, false) == std::vector<std::string>{"a", "b"});
}

TEST_CASE("wrap_text breaks lines at CR, CR LF, NEL and the Unicode line and paragraph separators") {
  std::vector<std::string> four{"one", "two", "three", "four"};
  CHECK(wrap_text("one\rtwo\r\nthree\nfour", 500, 10, false) == four);
  CHECK(wrap_text("one\xC2\x85two\xE2\x80\xA8three\xE2\x80\xA9" "four", 500, 10, false) == four);
}

TEST_CASE("ellipsize keeps the text on one line, controls and breaks as spaces") {
  CHECK(ellipsize("tab\there", 200, 10, false) == "tab here");
  CHECK(ellipsize("one\ntwo\r\nthree", 200, 10, false) == "one two three");
}

TEST_CASE("wrap_text of text that fits is that text") {
  std::vector<std::string> lines = wrap_text("Sees an ad", 500, 10, false);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] == "Sees an ad");
  CHECK(wrap_text("", 100, 10, false).empty());
}

TEST_CASE("ellipsize leaves text that fits and cuts text that does not, on a character boundary") {
  CHECK(ellipsize("Short", 200, 10, false) == "Short");
  CHECK(ellipsize("Short   ", 200, 10, false) == "Short");
  std::string cut = ellipsize("A rather long label for one level", 60, 10, false);
  CHECK(cut.ends_with("\xE2\x80\xA6"));
  CHECK(text_width(cut, 10, false) <= 60);
  std::string accents = ellipsize("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 30, 10, false);
  CHECK(first_invalid_utf8(accents) == accents.size());
  CHECK(text_width(accents, 10, false) <= 30);
}

TEST_CASE("line_height is a whole number of points") {
  CHECK(line_height(10) == 13);
  CHECK(line_height(9) == 12);
}

}  // TEST_SUITE

TEST_CASE("wrap_text and ellipsize keep right-to-left text in logical order and marks on their letters") {
  // Hebrew with points, Arabic with harakat, Devanagari with vowel signs and a virama,
  // an emoji ZWJ sequence: no piece may start with a mark or a joined code point.
  const std::string texts[] = {"שָׁלוֹםעֲלֵיכֶםשָׁלוֹם", "مَرْحَبًابِكُمْفِيالْمَتْجَرِ", "खरीदेंक्षत्रियकीपुष्टि",
                               "👩\u200D👩\u200D👧👨\u200D🚀👍🏽❤\uFE0F"};
  for (const std::string& text : texts) {
    for (double width : {8.0, 14.0, 25.0, 40.0}) {
      CAPTURE(text);
      CAPTURE(width);
      std::vector<std::string> lines = wrap_text(text, width, 10, false);
      std::string joined;
      for (const std::string& line : lines) {
        char32_t first = utf8_decode(line, 0, utf8_sequence_length(static_cast<unsigned char>(line[0])));
        CHECK_FALSE(((first >= 0x0591 && first <= 0x05C7) || (first >= 0x064B && first <= 0x0652) ||
                     (first >= 0x093E && first <= 0x094D) || first == 0x200D || first == 0xFE0F ||
                     (first >= 0x1F3FB && first <= 0x1F3FF) || (first == U'👩' && joined.ends_with("\u200D"))));
        joined += line;
      }
      CHECK(joined == text);  // the same code points in the same (logical) order
      std::string cut = ellipsize(text, width, 10, false);
      REQUIRE(cut.ends_with("\u2026"));
      std::string kept = cut.substr(0, cut.size() - 3);
      CHECK(text.starts_with(kept));
      if (!kept.empty()) {
        char32_t next = utf8_decode(text, kept.size(), utf8_sequence_length(static_cast<unsigned char>(text[kept.size()])));
        CHECK_FALSE(((next >= 0x0591 && next <= 0x05C7) || (next >= 0x064B && next <= 0x0652) ||
                     (next >= 0x093E && next <= 0x094D) || next == 0x200D || next == 0xFE0F ||
                     (next >= 0x1F3FB && next <= 0x1F3FF)));
      }
    }
  }
}
