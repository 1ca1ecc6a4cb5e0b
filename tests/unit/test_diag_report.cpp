// Printing findings: compiler style with the source line and a caret, or one line each.
#include <doctest/doctest.h>

#include <string>

#include "jmap/report.hpp"
#include "jmap/rules.hpp"
#include "test_support.hpp"

using namespace jmap;
using jmap::test::contains;

namespace {

struct Fixture {
  SourceSet sources;
  const SourceFile& file = sources.add("maps/journey.yaml", "jmap: 1\ntitle: T\nstate: futur\n");

  Span span(std::uint32_t line, std::uint32_t column, std::uint32_t end_column) const {
    return Span{&file, Position{line, column, 0}, Position{line, end_column, 0}};
  }

  Diagnostic bad_state() const {
    Diagnostics diagnostics;
    Diagnostic& d = diagnostics.report(rules::bad_value, span(3, 8, 13),
                                       "'futur' is not a valid state (did you mean 'future'?)",
                                       "use one of: current, future");
    return d;
  }
};

}  // namespace

TEST_SUITE("diag::report") {

TEST_CASE("format_human: location, severity, message, rule, source line, caret, hint") {
  Fixture f;
  CHECK(format_human(f.bad_state(), {}) ==
        "maps/journey.yaml:3:8: error: 'futur' is not a valid state (did you mean 'future'?) [bad-value]\n"
        "  3 | state: futur\n"
        "    |        ^~~~~\n"
        "  hint: use one of: current, future\n");
}

TEST_CASE("format_human: a note about another line quotes that line too") {
  Fixture f;
  Diagnostic d = f.bad_state();
  d.rule = "duplicate-key";
  d.message = "duplicate key 'x'";
  d.hint.clear();
  d.note = "'x' is first defined at 1:1";
  d.note_span = f.span(1, 1, 5);
  CHECK(format_human(d, {}) ==
        "maps/journey.yaml:3:8: error: duplicate key 'x' [duplicate-key]\n"
        "  3 | state: futur\n"
        "    |        ^~~~~\n"
        "  note: 'x' is first defined at 1:1\n"
        "  1 | jmap: 1\n"
        "    | ^~~~\n");
}

TEST_CASE("format_human: a note on the same line is not quoted twice") {
  Fixture f;
  Diagnostic d = f.bad_state();
  d.note = "the value started here";
  d.note_span = f.span(3, 1, 1);
  std::string out = format_human(d, {});
  CHECK(contains(out, "  note: the value started here\n  hint:"));
}

TEST_CASE("format_human: warnings and infos say so") {
  Fixture f;
  Diagnostic d = f.bad_state();
  d.severity = Severity::warning;
  CHECK(contains(format_human(d, {}), ":3:8: warning: "));
  d.severity = Severity::info;
  CHECK(contains(format_human(d, {}), ":3:8: info: "));
}

TEST_CASE("format_human: the caret counts code points, not bytes") {
  SourceSet sources;
  const SourceFile& file = sources.add("j.yaml", "title: Caf\xC3\xA9 \xE2\x80\x94 x\n");
  Diagnostic d{"syntax", Severity::error, Span{&file, {1, 14, 0}, {1, 15, 0}}, "here", {}, {}, {}};
  CHECK(contains(format_human(d, {}), "\n    |              ^\n"));
}

TEST_CASE("format_human: tabs show as spaces so the caret stays under its column") {
  SourceSet sources;
  const SourceFile& file = sources.add("j.yaml", "a:\n\t- b\n");
  Diagnostic d{"syntax", Severity::error, Span{&file, {2, 2, 0}, {2, 2, 0}}, "tab", {}, {}, {}};
  CHECK(contains(format_human(d, {}), "  2 |  - b\n    |  ^\n"));
}

TEST_CASE("format_human: a long line is cut to a window around the column") {
  std::string line;
  for (int i = 0; i < 300; ++i) line += static_cast<char>('a' + i % 26);
  SourceSet sources;
  const SourceFile& file = sources.add("long.yaml", line + "\n");
  Diagnostic d{"syntax", Severity::error, Span{&file, {1, 200, 0}, {1, 200, 0}}, "far out", {}, {}, {}};
  std::string out = format_human(d, {});
  auto quoted = out.find("  1 | ") + 6;
  auto quoted_end = out.find('\n', quoted);
  std::string shown = out.substr(quoted, quoted_end - quoted);
  CHECK(shown.starts_with("..."));
  CHECK(shown.ends_with("..."));
  CHECK(shown.size() < 120);
  auto caret_line = out.find("    | ", quoted_end) + 6;
  std::size_t caret = out.find('^', caret_line) - caret_line;
  REQUIRE(caret < shown.size());
  CHECK(shown[caret] == line[199]);  // the caret still points at column 200
}

TEST_CASE("format_human: on a long line the span's end moves with the window (fuzz_journey crash)") {
  // A two-column span at 52-53 of a 120-column line: the window starts at 2 and shows the
  // start at 54 ("..." first); the end left where it was underflowed the length of the ~~~.
  std::string line(120, 'x');
  SourceSet sources;
  const SourceFile& file = sources.add("long.yaml", line + "\n");
  Diagnostic d{"syntax", Severity::error, Span{&file, {1, 52, 0}, {1, 53, 0}}, "one column", {}, {}, {}};
  std::string out = format_human(d, {});
  CHECK(contains(out, "^\n"));  // one column: a caret and no tildes
  Diagnostic wide{"syntax", Severity::error, Span{&file, {1, 60, 0}, {1, 64, 0}}, "four columns", {}, {}, {}};
  CHECK(contains(format_human(wide, {}), "^~~~\n"));
}

TEST_CASE("format_human: the caret of a span past the end of its line sits just after it") {
  Fixture f;
  Diagnostic d = f.bad_state();
  d.span = f.span(2, 40, 40);
  CHECK(contains(format_human(d, {}), "  2 | title: T\n    |         ^\n"));
}

TEST_CASE("format_human: a finding with no place prints the file, or jmap") {
  Fixture f;
  Diagnostic d = f.bad_state();
  d.span = Span{&f.file, {}, {}};
  std::string out = format_human(d, {});
  CHECK(out.starts_with("maps/journey.yaml: error: "));
  CHECK_FALSE(contains(out, " | "));
  d.span = Span{};
  CHECK(format_human(d, {}).starts_with("jmap: error: "));
}

TEST_CASE("format_human: colour only when asked") {
  Fixture f;
  CHECK_FALSE(contains(format_human(f.bad_state(), {}), "\033["));
  std::string coloured = format_human(f.bad_state(), ReportOptions{true});
  CHECK(contains(coloured, "\033[1;31merror:\033[0m"));
  CHECK(contains(coloured, "\033[1;32m^~~~~\033[0m"));
}

TEST_CASE("format_gcc: one line per finding") {
  Fixture f;
  CHECK(format_gcc(f.bad_state()) ==
        "maps/journey.yaml:3:8: error: 'futur' is not a valid state (did you mean 'future'?) [bad-value]\n");
}

TEST_CASE("format_gcc: a note is gcc's own note line at the second place") {
  Fixture f;
  Diagnostic d = f.bad_state();
  d.note = "'x' is first defined at maps/journey.yaml:2:1";
  d.note_span = f.span(2, 1, 2);
  CHECK(format_gcc(d) ==
        "maps/journey.yaml:3:8: error: 'futur' is not a valid state (did you mean 'future'?) [bad-value]\n"
        "maps/journey.yaml:2:1: note: 'x' is first defined at maps/journey.yaml:2:1\n");
  d.note_span = {};  // no place of its own: the finding's
  CHECK(contains(format_gcc(d), "\nmaps/journey.yaml:3:8: note: "));
}

TEST_CASE("summarize counts by severity") {
  Fixture f;
  Diagnostics diagnostics;
  CHECK(summarize(diagnostics).empty());
  diagnostics.report(rules::bad_value, f.span(3, 8, 13), "a");
  CHECK(summarize(diagnostics) == "1 error");
  diagnostics.report(rules::syntax, f.span(1, 1, 1), "b");
  diagnostics.report(rules::empty_stage, f.span(1, 1, 1), "c");
  diagnostics.report(rules::kpi_missed, f.span(1, 1, 1), "d");
  diagnostics.report(rules::kpi_missed, f.span(2, 1, 1), "e");
  CHECK(summarize(diagnostics) == "2 errors, 1 warning, 2 infos");
}

TEST_CASE("a finding read from a real file prints the real line") {
  jmap::test::Loaded l("jmap: 1\ntitle: T\nstages:\n  - id: s\n    name: S\n    objectve: O\n");
  const Diagnostic* d = l.find("unknown-key");
  REQUIRE(d);
  CHECK(format_human(*d, {}) ==
        "journey.yaml:6:5: error: unknown key 'objectve' in stage 's' (did you mean 'objective'?) [unknown-key]\n"
        "  6 |     objectve: O\n"
        "    |     ^~~~~~~~\n");
}

}  // TEST_SUITE
