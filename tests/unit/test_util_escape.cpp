// Escaping: every user text reaches the output through one of these functions, so
// nothing a journey says can break the DOT or SVG it is written into.
#include <doctest/doctest.h>

#include <string>

#include "util/escape.hpp"

using namespace jmap;

namespace {

// Markup characters, both quotes, Graphviz's \N, an escaped backslash, a newline,
// control characters and a tab.
const std::string k_nasty = "A & <B> \"q\" 'a' \\N \\\\ newline\ncontrol\x01\x1F tab\t";

}  // namespace

TEST_SUITE("emit::escape") {

TEST_CASE("escape_xml escapes markup and both quotes") {
  CHECK(escape_xml("A & <B> \"q\" 'a'") == "A &amp; &lt;B&gt; &quot;q&quot; &#39;a&#39;");
  CHECK(escape_xml("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(escape_xml("]]>") == "]]&gt;");
}

TEST_CASE("escape_xml drops control characters but keeps tabs, backslashes and UTF-8") {
  CHECK(escape_xml(k_nasty) ==
        "A &amp; &lt;B&gt; &quot;q&quot; &#39;a&#39; \\N \\\\ newlinecontrol tab\t");
  CHECK(escape_xml("caf\xC3\xA9 \xE2\x82\xAC") == "caf\xC3\xA9 \xE2\x82\xAC");
  CHECK(escape_xml("") == "");
}

TEST_CASE("DEL is a control character: dropped from XML, a space in DOT") {
  CHECK(escape_xml("a\x7F" "b") == "ab");
  CHECK(escape_dot_text("a\x7F" "b") == "a b");
}

TEST_CASE("escape_dot_text and escape_dot_id turn C1 controls into spaces: Graphviz copies them into the SVG") {
  CHECK(escape_dot_text("a\xC2\x85" "b\xC2\x9B" "c") == "a b c");
  CHECK(escape_dot_id("a\xC2\x80" "b") == "a b");
  CHECK(escape_dot_text("\xC2\xA0") == "\xC2\xA0");  // U+00A0 is no control
}

TEST_CASE("escape_xml leaves no character that could start markup") {
  std::string out = escape_xml(k_nasty);
  CHECK(out.find('<') == std::string::npos);
  CHECK(out.find('>') == std::string::npos);
  CHECK(out.find('"') == std::string::npos);
  CHECK(out.find('\'') == std::string::npos);
  for (char c : out) CHECK((static_cast<unsigned char>(c) >= 0x20 || c == '\t'));
}

TEST_CASE("escape_html_label escapes XML and doubles each backslash") {
  CHECK(escape_html_label("\\N") == "\\\\N");
  CHECK(escape_html_label("a\\\\b") == "a\\\\\\\\b");
  CHECK(escape_html_label("<b> & \\N") == "&lt;b&gt; &amp; \\\\N");
}

TEST_CASE("escape_dot_text escapes quotes, quadruples backslashes, turns control characters into spaces") {
  CHECK(escape_dot_text("say \"hi\"") == "say \\\"hi\\\"");
  CHECK(escape_dot_text("\\N") == "\\\\\\\\N");
  CHECK(escape_dot_text("one\ntwo\x01three") == "one two three");
  CHECK(escape_dot_text(k_nasty) ==
        "A &amp; <B> \\\"q\\\" 'a' \\\\\\\\N \\\\\\\\\\\\\\\\ newline control   tab ");
}

TEST_CASE("escape_dot_text and escape_dot_id escape '&': Graphviz decodes entities in them") {
  CHECK(escape_dot_text("&amp; & &#60;") == "&amp;amp; &amp; &amp;#60;");
  CHECK(escape_dot_id("A &amp; B") == "A &amp;amp; B");
}

TEST_CASE("escape_dot_text never leaves a quote that would end the string") {
  // Backslash, quote, backslash: each quote must follow an odd run of backslashes, and
  // the string must not end in an odd run (that would escape the closing quote).
  std::string out = escape_dot_text("\\\"\\");
  CHECK(out == "\\\\\\\\\\\"\\\\\\\\");  // 4 backslashes, \", 4 backslashes
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] != '"') continue;
    std::size_t slashes = 0;
    for (std::size_t k = i; k > 0 && out[k - 1] == '\\'; --k) ++slashes;
    CHECK(slashes % 2 == 1);
  }
}

TEST_CASE("escape_dot_id replaces backslashes with a look-alike and escapes quotes") {
  CHECK(escape_dot_id("a\\b") == "a\xE2\x88\x96" "b");  // U+2216
  CHECK(escape_dot_id("say \"hi\"") == "say \\\"hi\\\"");
  CHECK(escape_dot_id("ends with \\") == "ends with \xE2\x88\x96");
  CHECK(escape_dot_id("tab\tnew\nline") == "tab new line");
  CHECK(escape_dot_id("step-see-ad") == "step-see-ad");
}

TEST_CASE("dot_quoted keeps every piece under Graphviz's 16,384-byte limit, escapes and UTF-8 whole") {
  CHECK(dot_quoted("short") == "\"short\"");
  // 20,000 bytes of escapes and two-byte characters, in every alignment against the cut.
  for (std::size_t shift = 0; shift < 3; ++shift) {
    std::string text(shift, 'x');
    while (text.size() < 20000) text += "\\\"\xC3\xA9";  // \" then e-acute
    std::string quoted = dot_quoted(text);
    std::string joined;
    std::size_t at = 0;
    while (at < quoted.size()) {
      REQUIRE(quoted[at] == '"');
      std::size_t end = at + 1;
      while (quoted[end] != '"' || quoted[end - 1] == '\\') ++end;  // no piece ends in an odd backslash here
      std::string piece = quoted.substr(at + 1, end - at - 1);
      CHECK(piece.size() < 16384);
      CHECK((static_cast<unsigned char>(piece[0]) & 0xC0) != 0x80);  // never starts mid-character
      joined += piece;
      at = end + 1;
      if (at < quoted.size()) {
        CHECK(quoted.substr(at, 3) == " + ");
        at += 3;
      }
    }
    CHECK(joined == text);
  }
}

TEST_CASE("escape_xml writes UTF-8 only, without C0 or C1 controls") {
  CHECK(escape_xml(std::string("A\0B\x01" "C", 5)) == "ABC");
  CHECK(escape_xml("a\xC2\x85" "b\xC2\x9F" "c\xC2\xA0" "d") == "abc\xC2\xA0" "d");  // NEL and APC go, NBSP stays
  CHECK(escape_xml("#jmap-disable \xE0\x92\x96") == "#jmap-disable \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(escape_xml("caf\xC3\xA9 & <b>") == "caf\xC3\xA9 &amp; &lt;b&gt;");
}

TEST_CASE("escape_markdown keeps a bare address text: GFM would link it") {
  CHECK(escape_markdown("see https://example.com/a") == "see https\\://example.com/a");
  CHECK(escape_markdown("www.example.com or WWW.x.org") == "www\\.example.com or WWW\\.x.org");
  CHECK(escape_markdown("awww.no and 3.5") == "awww.no and 3.5");
}

TEST_CASE("escape_markdown escapes inline syntax anywhere") {
  CHECK(escape_markdown("a | b") == "a \\| b");
  CHECK(escape_markdown("*bold* _em_ `code`") == "\\*bold\\* \\_em\\_ \\`code\\`");
  CHECK(escape_markdown("[link](http://x) ![img](y)") == "\\[link\\](http\\://x) !\\[img\\](y)");
  CHECK(escape_markdown("a\\b {x} ~~s~~ $m$") == "a\\\\b \\{x\\} \\~\\~s\\~\\~ \\$m\\$");
  CHECK(escape_markdown("<script>x</script> & &amp;") == "&lt;script&gt;x&lt;/script&gt; &amp; &amp;amp;");
  CHECK(escape_markdown("plain text, 3.5 stars: ok!") == "plain text, 3.5 stars: ok!");
}

TEST_CASE("escape_markdown escapes a block marker at the start of the line only") {
  CHECK(escape_markdown("# Title") == "\\# Title");
  CHECK(escape_markdown("- item") == "\\- item");
  CHECK(escape_markdown("+ item") == "\\+ item");
  CHECK(escape_markdown("> quote") == "&gt; quote");
  CHECK(escape_markdown("2026. A year") == "2026\\. A year");
  CHECK(escape_markdown("1) first") == "1\\) first");
  CHECK(escape_markdown("a # b - c + d 1. e") == "a # b - c + d 1. e");
  CHECK(escape_markdown("   # indented") == "\\# indented");  // leading spaces go: no code block
  CHECK(escape_markdown("12 apples") == "12 apples");
  CHECK(escape_markdown("3.5 · happy") == "3.5 · happy");  // a number, not a list
  CHECK(escape_markdown("7.") == "7\\.");
}

TEST_CASE("escape_markdown keeps a text on one line and drops control characters") {
  CHECK(escape_markdown("line one\nline two\r\n\tthree") == "line one line two   three");
  CHECK(escape_markdown("a\n# not a heading") == "a # not a heading");  // mid-line: no heading
  CHECK(escape_markdown("a\x01" "b\x7F" "c\xC2\x85" "d") == "abcd");
  CHECK(escape_markdown("trailing   ") == "trailing");
  CHECK(escape_markdown("caf\xC3\xA9 \xFF") == "caf\xC3\xA9 \xEF\xBF\xBD");
  CHECK(escape_markdown("") == "");
}

TEST_CASE("escape_markdown_url keeps a path inside its link") {
  CHECK(escape_markdown_url("map.svg") == "map.svg");
  CHECK(escape_markdown_url("my maps/a (1).svg") == "my%20maps/a%20%281%29.svg");
  CHECK(escape_markdown_url("<x>\\y") == "%3Cx%3E%5Cy");
}

}  // TEST_SUITE
