// The causes behind parser errors: each shape is named at its cause, and text that only
// looks like one (a closed multi-line quote, a '---', a negative number) is left alone.
#include <doctest/doctest.h>

#include <string>

#include "jmap/yaml_tree.hpp"
#include "test_support.hpp"

using namespace jmap;
using jmap::test::at;
using jmap::test::contains;

namespace {

// The one finding of a file that does not parse.
Diagnostic syntax_error(std::string text) {
  SourceSet sources;
  Diagnostics diagnostics;
  CHECK_FALSE(yaml::parse(sources.add("t.yaml", std::move(text)), {}, diagnostics));
  REQUIRE(diagnostics.items().size() == 1);
  Diagnostic d = diagnostics.items().front();
  d.span.file = nullptr;  // the sources die here
  d.note_span.file = nullptr;
  return d;
}

}  // namespace

TEST_SUITE("yaml::syntax_shapes") {
  TEST_CASE("an unclosed quote closed by a later one: pointed at where it began") {
    Diagnostic d = syntax_error("a: 1\nb: \"open\nc: 2\nd: \"x\"\n");
    CHECK(at(d.span.begin) == "2:4");
    CHECK(d.message == "the quoted text that begins here runs on to line 4: its quote was probably never closed");
    CHECK(contains(d.note, "stopped at 4:"));
  }

  TEST_CASE("an unclosed quote at the end of the file keeps the parser's context") {
    Diagnostic d = syntax_error("a: 1\nb: 'open\nc: 2\n");
    CHECK(contains(d.hint, "close the quote"));
    CHECK(contains(d.note, "quoted scalar started at 2:4"));
  }

  TEST_CASE("a line of only '- ' before a parser error is no shape, and no crash (found by fuzz_config)") {
    Diagnostic d = syntax_error("a:\n  - \n  - \"x**\"y:\n  b: of[c: \n");
    CHECK_FALSE(d.message.empty());
  }

  TEST_CASE("'-id: x' is named, at the dash") {
    Diagnostic d = syntax_error("items:\n  -id: a\n    name: A\n");
    CHECK(at(d.span.begin) == "2:3");
    CHECK(d.hint == "write '- id: a'");
  }

  TEST_CASE("a key indented further than the one above") {
    Diagnostic d = syntax_error("items:\n  - id: a\n      name: A\n");
    CHECK(at(d.span.begin) == "3:7");
    CHECK(d.message == "'name' is indented 2 spaces more than 'id' on line 2");
  }

  TEST_CASE("a quote inside quoted text: both ways to write it") {
    Diagnostic d = syntax_error("a: \"say \"hi\" now\"\n");
    CHECK(at(d.span.begin) == "1:9");
    CHECK(d.hint == "inside \"...\" write \\\" for a quote: \"say \\\"hi\\\" now\", or use the other quote: 'say \"hi\" now'");
  }

  TEST_CASE("other errors keep the parser's message and hint") {
    Diagnostic d = syntax_error("a: b: c\n");
    CHECK(d.message == "mapping values are not allowed in this context");
    CHECK(contains(d.hint, "quote text that contains ': '"));
  }

  TEST_CASE("valid lookalikes parse") {
    SourceSet sources;
    Diagnostics diagnostics;
    CHECK(yaml::parse(sources.add("t.yaml", "a: \"two\n  lines\"\nb: -1\nc:\n  - -2\n"), {}, diagnostics));
    CHECK(diagnostics.empty());
  }
}
