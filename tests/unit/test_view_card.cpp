// Cards: wrapped blocks of styled lines that must fit the width they were built for.
#include <doctest/doctest.h>

#include <string>

#include "view/card.hpp"
#include "view/text_layout.hpp"

using namespace jmap;

namespace {

const char* const k_sentence = "Scrolls Instagram in the evening and sees a free-delivery promo with no prices";

}  // namespace

TEST_SUITE("view::card") {

TEST_CASE("text lines fit the block's width") {
  for (double width : {60.0, 90.0, 150.0}) {
    TextBlock block(width);
    block.text(k_sentence, {});
    std::vector<TextLine> lines = block.take();
    REQUIRE(lines.size() > 1);
    for (const TextLine& line : lines) CHECK(line_width(line) <= width);
  }
}

TEST_CASE("a labelled paragraph has its label in bold and fits the width") {
  TextBlock block(120);
  block.labelled("Does", k_sentence, {});
  std::vector<TextLine> lines = block.take();
  REQUIRE(lines.size() > 1);
  REQUIRE(lines[0].size() == 2);
  CHECK(lines[0][0].text == "Does: ");
  CHECK(lines[0][0].bold);
  CHECK_FALSE(lines[0][1].bold);
  for (const TextLine& line : lines) CHECK(line_width(line) <= 120);
}

TEST_CASE("bullet items have a mark and a hanging indent") {
  TextBlock block(100);
  block.bullet(k_sentence, {});
  std::vector<TextLine> lines = block.take();
  REQUIRE(lines.size() > 1);
  CHECK(lines[0][0].text.starts_with("\xE2\x80\xA2 "));
  for (std::size_t i = 1; i < lines.size(); ++i) {
    CHECK(lines[i][0].text.starts_with("   "));
    CHECK(line_width(lines[i]) <= 100);
  }
}

TEST_CASE("a bullet's first line fits the width, mark included") {
  // The mark "\u2022 " measures wider than the indent "   " of the following lines.
  for (double width : {90.5, 120.0, 160.5}) {
    CAPTURE(width);
    TextBlock block(width);
    block.bullet(k_sentence, {});
    std::vector<TextLine> lines = block.take();
    REQUIRE_FALSE(lines.empty());
    CAPTURE(lines[0][0].text);
    CHECK(line_width(lines[0]) <= width);
  }
}

TEST_CASE("space adds a gap line between paragraphs only") {
  TextBlock block(200);
  block.space();
  CHECK(block.empty());
  block.text("One", {}).space(4).text("Two", {});
  std::vector<TextLine> lines = block.take();
  REQUIRE(lines.size() == 3);
  CHECK(lines[1].size() == 1);
  CHECK(lines[1][0].text.empty());
  CHECK(line_pitch(lines[1]) == 4);
  CHECK(lines_height(lines) == line_height(9) * 2 + 4);
}

TEST_CASE("plain_text joins lines with spaces and skips gaps") {
  TextBlock block(60);
  block.labelled("Does", "Reads the reviews", {}).space().text("Then leaves", {});
  CHECK(plain_text(block.take()) == "Does: Reads the reviews Then leaves");
}

TEST_CASE("plain_text of a wrapped bullet reads as one sentence, without the indent") {
  TextBlock block(100);
  block.bullet("Ad served to a lookalike audience", {});
  std::string text = plain_text(block.take());
  CHECK(text == "\xE2\x80\xA2 Ad served to a lookalike audience");
  CHECK(text.find("  ") == std::string::npos);
}

TEST_CASE("element ids join a kind and journey ids with '.', which journey ids cannot hold") {
  CHECK(element_id("step", {"see-ad"}) == "step.see-ad");
  CHECK(element_id("touchpoint", {"see-ad", "web"}) == "touchpoint.see-ad.web");
  CHECK(element_id("touchpoint", {"a", "b-c"}) != element_id("touchpoint", {"a-b", "c"}));
}

}  // TEST_SUITE
