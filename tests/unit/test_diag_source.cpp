// Source files and positions: lines, and positions counted in code points.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "jmap/source.hpp"

using namespace jmap;

TEST_SUITE("diag::source") {

TEST_CASE("line gives a 1-based line without its newline, empty past the end") {
  SourceFile file{"f.yaml", "one\r\ntwo\nthree"};
  CHECK(file.line(1) == "one");
  CHECK(file.line(2) == "two");
  CHECK(file.line(3) == "three");
  CHECK(file.line(4).empty());
  CHECK(file.line(0).empty());
}

TEST_CASE("line stays cheap for the last line of a long file") {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "- item " + std::to_string(i) + "\n";
  SourceFile file{"long.yaml", text};
  // 200,000 quotes of late lines: a scan from the start each time would take minutes.
  for (std::uint32_t n = 100000; n < 300000; ++n) file.line(n <= 200000 ? n : 200000);
  CHECK(file.line(200000) == "- item 199999");
  CHECK(file.line(200001).empty());
}

TEST_CASE("position_at counts lines and code points, keeping the byte offset") {
  std::string text = "ab\nc\xC3\xA9 d";
  Position p = position_at(text, text.find('d'));
  CHECK(p.line == 2);
  CHECK(p.column == 4);
  CHECK(p.offset == 7);
  Position start = position_at(text, 0);
  CHECK(start.line == 1);
  CHECK(start.column == 1);
}

TEST_CASE("SourceSet keeps the address of every file it holds") {
  SourceSet sources;
  const SourceFile& first = sources.add("first.yaml", "a: 1\n");
  std::vector<const SourceFile*> later;
  for (int i = 0; i < 1000; ++i) later.push_back(&sources.add("f" + std::to_string(i), "x"));
  CHECK(first.path == "first.yaml");
  CHECK(first.text == "a: 1\n");
  CHECK(later.back()->path == "f999");
}

TEST_CASE("a span is known when it has a file and a line") {
  SourceFile file{"f.yaml", ""};
  CHECK_FALSE(Span{}.known());
  CHECK_FALSE((Span{&file, {}, {}}.known()));
  CHECK((Span{&file, {1, 1, 0}, {1, 1, 0}}.known()));
}

TEST_CASE("keep holds text for as long as the file, at a stable address") {
  SourceFile file("t.yaml", "a: b\n");
  std::string_view first = file.keep("tab\there");
  for (int i = 0; i < 1000; ++i) file.keep(std::string(40, 'x'));  // no move of the first
  CHECK(first == "tab\there");
  CHECK(file.keep("") == "");
}

}  // TEST_SUITE
