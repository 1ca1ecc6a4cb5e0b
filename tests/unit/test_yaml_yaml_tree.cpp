// The YAML tree: spans, duplicate keys, aliases and merge keys, and the limits that
// keep a hostile file cheap. Every failure is a diagnostic, never a crash.
#include <doctest/doctest.h>

#include <string>

#include "jmap/yaml_tree.hpp"
#include "test_support.hpp"

using namespace jmap;
using jmap::test::at;
using jmap::test::contains;

namespace {

struct Parsed {
  explicit Parsed(std::string text, LoadLimits limits = {}) {
    root = yaml::parse(sources.add("test.yaml", std::move(text)), limits, diagnostics);
  }
  const Diagnostic& only() const {
    REQUIRE(diagnostics.items().size() == 1);
    return diagnostics.items().front();
  }
  SourceSet sources;
  Diagnostics diagnostics;
  std::optional<yaml::Node> root;
};

std::string billion_laughs() {
  std::string text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int i = 1; i <= 9; ++i) {
    std::string alias = "*a" + std::to_string(i - 1);
    text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) text += (k ? ", " : "") + alias;
    text += "]\n";
  }
  return text;
}

}  // namespace

TEST_SUITE("load::yaml_tree") {

TEST_CASE("keys and scalars carry 1-based line and column spans") {
  Parsed p("jmap: 1\ntitle: Hello world\n");
  REQUIRE(p.root);
  REQUIRE(p.root->kind == yaml::Kind::mapping);
  REQUIRE(p.root->entries.size() == 2);
  const yaml::Entry& title = p.root->entries[1];
  CHECK(title.key.text == "title");
  CHECK(at(title.key.span.begin) == "2:1");
  CHECK(title.value.text == "Hello world");
  CHECK(at(title.value.span.begin) == "2:8");
  CHECK(at(title.value.span.end) == "2:19");
  CHECK(title.value.span.begin.offset == 15);
}

TEST_CASE("a value's span points into its own file") {
  SourceSet sources;
  Diagnostics diagnostics;
  const SourceFile& file = sources.add("one.yaml", "a: b\n");
  auto root = yaml::parse(file, {}, diagnostics);
  REQUIRE(root);
  CHECK(root->entries.at(0).value.span.file == &file);
  CHECK(root->span.file == &file);
}

TEST_CASE("items of a block list have their own spans") {
  Parsed p("list:\n  - first\n  - second\n");
  REQUIRE(p.root);
  const yaml::Node* list = p.root->find("list");
  REQUIRE(list);
  REQUIRE(list->kind == yaml::Kind::sequence);
  REQUIRE(list->items.size() == 2);
  CHECK(at(list->items[0].span.begin) == "2:5");
  CHECK(at(list->items[1].span.begin) == "3:5");
  CHECK(list->items[1].text == "second");
}

TEST_CASE("columns count code points") {
  Parsed p("a: \xC3\xA9 \xC3\xA9\nb: x\n");
  REQUIRE(p.root);
  const yaml::Entry& a = p.root->entries.at(0);
  CHECK(at(a.value.span.begin) == "1:4");
  CHECK(at(a.value.span.end) == "1:7");
  const yaml::Entry& b = p.root->entries.at(1);
  CHECK(at(b.key.span.begin) == "2:1");
  CHECK(at(b.value.span.begin) == "2:4");
}

TEST_CASE("offsets count bytes, as Position promises") {
  // libyaml's mark.index counts characters: after an 'é' (two bytes) it is one short.
  Parsed p("a: \xC3\xA9\nb: x\n");
  REQUIRE(p.root);
  const yaml::Entry& b = p.root->entries.at(1);
  CHECK(b.key.span.begin.offset == 6);
  CHECK(b.value.span.begin.offset == 9);
}

TEST_CASE("plain scalars may be null; quoted ones are text") {
  Parsed p("a: ~\nb: null\nc:\nd: \"null\"\ne: 'x'\n");
  REQUIRE(p.root);
  CHECK(p.root->find("a")->is_null());
  CHECK(p.root->find("b")->is_null());
  CHECK(p.root->find("c")->is_null());
  CHECK_FALSE(p.root->find("d")->is_null());
  CHECK(p.root->find("d")->is_scalar());
  CHECK_FALSE(p.root->find("e")->plain);
  CHECK(yaml::describe(*p.root->find("a")) == "nothing");
  CHECK(yaml::describe(*p.root->find("d")) == "text");
  CHECK(yaml::describe(*p.root) == "a mapping");
  CHECK(p.root->find("missing") == nullptr);
}

TEST_CASE("size counts every node of a subtree") {
  Parsed p("a: [1, 2]\n");
  REQUIRE(p.root);
  // mapping + key + list + two items
  CHECK(p.root->size() == 5);
}

TEST_CASE("a duplicate key names both places") {
  Parsed p("title: A\ndescription: d\ntitle: B\n");
  const Diagnostic& d = p.only();
  CHECK(d.rule == "duplicate-key");
  CHECK(d.severity == Severity::error);
  CHECK(d.message == "duplicate key 'title'");
  CHECK(at(d.span.begin) == "3:1");
  CHECK(d.note == "'title' is first defined at 1:1");
  CHECK(at(d.note_span.begin) == "1:1");
  CHECK(contains(d.hint, "remove one of them"));
}

TEST_CASE("a long mapping finds its duplicate keys too, each against the first") {
  // Past 16 keys the tree looks keys up in a hash table instead of comparing each pair.
  std::string text;
  for (int i = 0; i < 40; ++i) text += "k" + std::to_string(i) + ": v\n";
  text += "k3: again\nk3: thrice\n";
  Parsed p(text);
  REQUIRE(p.diagnostics.items().size() == 2);
  for (const Diagnostic& d : p.diagnostics.items()) {
    CHECK(d.message == "duplicate key 'k3'");
    CHECK(d.note == "'k3' is first defined at 4:1");
  }
  CHECK(at(p.diagnostics.items()[0].span.begin) == "41:1");
  CHECK(at(p.diagnostics.items()[1].span.begin) == "42:1");
}

TEST_CASE("values view the file's text, or a copy the file keeps when written otherwise") {
  Parsed p("a: plain words\nb: 'quoted'\nc: \"esc\\tape\"\nd: >\n  folded\n  lines\n");
  const std::string& text = p.root->entries[0].key.span.file->text;
  auto in_file = [&](std::string_view value) {
    return value.data() >= text.data() && value.data() < text.data() + text.size();
  };
  CHECK(p.root->find("a")->text == "plain words");
  CHECK(in_file(p.root->find("a")->text));
  CHECK(p.root->find("b")->text == "quoted");
  CHECK(in_file(p.root->find("b")->text));
  CHECK(p.root->find("c")->text == "esc\tape");
  CHECK_FALSE(in_file(p.root->find("c")->text));
  CHECK(p.root->find("d")->text == "folded lines\n");
  CHECK_FALSE(in_file(p.root->find("d")->text));
}

TEST_CASE("duplicate keys are found in nested and flow mappings") {
  Parsed p("outer:\n  inner: {a: 1, b: 2, a: 3}\n");
  const Diagnostic& d = p.only();
  CHECK(d.rule == "duplicate-key");
  CHECK(d.message == "duplicate key 'a'");
  CHECK(at(d.span.begin) == "2:23");
  CHECK(d.note == "'a' is first defined at 2:11");
}

TEST_CASE("the same key in two different mappings is no duplicate") {
  Parsed p("- {id: a, name: A}\n- {id: b, name: B}\n");
  CHECK(p.root);
  CHECK(p.diagnostics.empty());
}

TEST_CASE("an alias copies the anchored value") {
  Parsed p("base: &b [x, y]\ncopy: *b\n");
  REQUIRE(p.root);
  CHECK(p.diagnostics.empty());
  const yaml::Node* copy = p.root->find("copy");
  REQUIRE(copy);
  REQUIRE(copy->items.size() == 2);
  CHECK(copy->items[1].text == "y");
}

// How fast the budgets stop a hostile file is bench/'s to measure: a wall-clock bound here
// fails on a loaded machine, not on slow code.
TEST_CASE("billion laughs stops at the alias budget") {
  Parsed p(billion_laughs());
  CHECK_FALSE(p.root);
  const Diagnostic& d = p.only();
  CHECK(d.rule == "too-large");
  CHECK(d.message == "aliases expand to more than 100000 nodes (the limit max_alias_nodes)");
  CHECK(contains(d.hint, "billion laughs"));
}

TEST_CASE("the alias budget is a limit the caller sets") {
  LoadLimits limits;
  limits.max_alias_nodes = 5;
  Parsed over("a: &a [1, 2, 3]\nb: *a\nc: *a\n", limits);  // 4 + 4 nodes copied
  CHECK_FALSE(over.root);
  CHECK(over.only().rule == "too-large");
  CHECK(over.only().message == "aliases expand to more than 5 nodes (the limit max_alias_nodes)");
  CHECK(at(over.only().span.begin) == "3:4");

  Parsed under("a: &a [1, 2, 3]\nb: *a\n", limits);
  CHECK(under.root);
  CHECK(under.diagnostics.empty());
}

TEST_CASE("anchors nested around a large list stop at the node budget") {
  // No alias at all: each anchor keeps a copy, so 60 anchors around 200,000 items
  // would hold 12 million nodes.
  std::string text = "stages: ";
  for (int i = 0; i < 60; ++i) text += "&a" + std::to_string(i) + " [";
  for (int i = 0; i < 200000; ++i) text += "1,";
  text += "1" + std::string(60, ']') + "\n";
  Parsed p(text);
  CHECK_FALSE(p.root);
  CHECK(p.only().rule == "too-large");
  CHECK(p.only().message == "the file holds more than 1000000 YAML nodes (the limit max_nodes)");
  CHECK(contains(p.only().hint, "imports"));
}

TEST_CASE("the node budget is a limit the caller sets, and counts anchored copies") {
  LoadLimits limits;
  limits.max_nodes = 12;
  Parsed plain("a: [1, 2, 3]\nb: [4, 5]\n", limits);  // 10 nodes
  CHECK(plain.root);
  CHECK(plain.diagnostics.empty());

  Parsed anchored("a: &a [1, 2, 3]\nb: [4, 5]\n", limits);  // 10, plus 4 kept for &a
  CHECK_FALSE(anchored.root);
  CHECK(anchored.only().message == "the file holds more than 12 YAML nodes (the limit max_nodes)");
  CHECK(at(anchored.only().span.begin) == "2:4");  // where the count passes 12
}

TEST_CASE("a merge key adds the keys a mapping does not have") {
  Parsed p("base: &base {a: 1, b: 2}\nitem:\n  <<: *base\n  b: 3\n");
  REQUIRE(p.root);
  CHECK(p.diagnostics.empty());
  const yaml::Node* item = p.root->find("item");
  REQUIRE(item);
  CHECK(item->find("<<") == nullptr);
  REQUIRE(item->find("a"));
  CHECK(item->find("a")->text == "1");
  CHECK(item->find("b")->text == "3");  // its own value wins
  CHECK(item->entries.size() == 2);
}

TEST_CASE("a merge key takes a list of mappings") {
  Parsed p("x: &x {a: 1}\ny: &y {b: 2}\nitem: {<<: [*x, *y], c: 3}\n");
  REQUIRE(p.root);
  CHECK(p.diagnostics.empty());
  const yaml::Node* item = p.root->find("item");
  REQUIRE(item);
  CHECK(item->find("a")->text == "1");
  CHECK(item->find("b")->text == "2");
  CHECK(item->find("c")->text == "3");
}

TEST_CASE("a merge key with a list item that is no mapping is wrong-type") {
  Parsed p("item:\n  <<: [[1, 2]]\n  a: 1\n");
  REQUIRE(p.diagnostics.items().size() == 1);
  CHECK(p.only().rule == "wrong-type");
  CHECK(p.only().message == "a merge key (<<) takes a mapping or a list of mappings");
  CHECK(at(p.only().span.begin) == "2:8");
}

TEST_CASE("a merge key with a plain text value is wrong-type, not dropped") {
  Parsed p("item:\n  <<: 5\n  a: 1\n");
  REQUIRE(p.diagnostics.items().size() == 1);
  CHECK(p.only().rule == "wrong-type");
  CHECK(at(p.only().span.begin) == "2:7");
}

TEST_CASE("an alias of an unknown anchor is a syntax error") {
  Parsed p("a: 1\nb: *nope\n");
  CHECK_FALSE(p.root);
  const Diagnostic& d = p.only();
  CHECK(d.rule == "syntax");
  CHECK(d.message == "unknown anchor '*nope'");
  CHECK(d.hint == "define the anchor with '&nope' before this alias");
  CHECK(at(d.span.begin) == "2:4");
}

TEST_CASE("an alias inside its own anchor is an error, not a loop") {
  Parsed p("a: &x [1, *x]\n");
  CHECK_FALSE(p.root);
  CHECK(p.only().rule == "syntax");
  CHECK(p.only().message == "unknown anchor '*x'");
}

TEST_CASE("20,000 nested lists fail with too-deep, not a crash") {
  std::string text = "title: " + std::string(20000, '[') + std::string(20000, ']') + "\n";
  Parsed p(text);
  CHECK_FALSE(p.root);
  const Diagnostic& d = p.only();
  CHECK(d.rule == "too-deep");
  CHECK(d.message == "nesting deeper than 64 levels (the limit max_depth)");
  CHECK(at(d.span.begin) == "1:71");  // the root mapping is level 1, so the 64th '['
  CHECK(contains(d.hint, "flatten"));
}

TEST_CASE("nesting up to the depth limit is fine") {
  LoadLimits limits;
  limits.max_depth = 3;
  Parsed ok("a: [[1]]\n", limits);
  CHECK(ok.root);
  CHECK(ok.diagnostics.empty());
  Parsed deep("a: [[[1]]]\n", limits);
  CHECK_FALSE(deep.root);
  CHECK(deep.only().rule == "too-deep");
  CHECK(deep.only().message == "nesting deeper than 3 levels (the limit max_depth)");
  CHECK(at(deep.only().span.begin) == "1:6");
}

TEST_CASE("a file over the size limit is too-large before parsing") {
  LoadLimits limits;
  limits.max_file_bytes = 10;
  Parsed over("title: abcd", limits);  // 11 bytes
  CHECK_FALSE(over.root);
  CHECK(over.only().rule == "too-large");
  CHECK(over.only().message == "the file is 11 bytes; the limit max_file_size is 10 bytes");
  CHECK(at(over.only().span.begin) == "1:1");

  Parsed exact("title: abc", limits);  // 10 bytes
  CHECK(exact.root);
  CHECK(exact.diagnostics.empty());
}

TEST_CASE("an unclosed quote at the end of the file says where it started") {
  Parsed p(
      "jmap: 1\n"
      "stages:\n"
      "  - id: visit\n"
      "    name: \"Looks around\n");
  CHECK_FALSE(p.root);
  const Diagnostic& d = p.only();
  CHECK(d.rule == "syntax");
  CHECK(d.note == "while scanning a quoted scalar started at 4:11");
  CHECK(at(d.note_span.begin) == "4:11");
  CHECK(contains(d.hint, "close the quote"));
  CHECK(d.span.begin.line >= 4);
}

TEST_CASE("an unclosed quote on the last line, with no newline after it") {
  Parsed p("jmap: 1\ntitle: \"Open");
  CHECK_FALSE(p.root);
  const Diagnostic& d = p.only();
  CHECK(d.rule == "syntax");
  CHECK(d.note == "while scanning a quoted scalar started at 2:8");
  CHECK(contains(d.hint, "close the quote"));
}

TEST_CASE("an unclosed single quote gets the same note and hint") {
  Parsed p("a: 'open\nb: 2\n");
  CHECK_FALSE(p.root);
  CHECK(p.only().note == "while scanning a quoted scalar started at 1:4");
  CHECK(contains(p.only().hint, "inside '...' write ''"));
}

TEST_CASE("an unclosed quote in the middle of the file says where it started") {
  Parsed p(
      "jmap: 1\n"
      "title: \"Open quote\n"
      "description: the quote swallows this line\n"
      "stages: []\n");
  CHECK_FALSE(p.root);
  const Diagnostic& d = p.only();
  CHECK(d.rule == "syntax");
  CHECK(d.note == "while scanning a quoted scalar started at 2:8");
  CHECK(at(d.note_span.begin) == "2:8");
  CHECK(contains(d.hint, "close the quote"));
}

TEST_CASE("invalid UTF-8 is reported at the real line and column of the bad byte") {
  Parsed p("jmap: 1\ntitle: Caf\xC3\xA9\ndescription: caf\xE9 au lait\n");
  CHECK_FALSE(p.root);
  const Diagnostic& d = p.only();
  CHECK(d.rule == "syntax");
  CHECK(d.message == "invalid UTF-8: byte 0xE9 does not start a valid character");
  CHECK(at(d.span.begin) == "3:17");
  CHECK(d.span.begin.offset == 37);
  CHECK(contains(d.hint, "UTF-8"));
}

TEST_CASE("invalid UTF-8 after a BOM is reported at the right column") {
  // The BOM is no column: the bad byte is the 8th character of line 1.
  Parsed p("\xEF\xBB\xBFtitle: \xFF\n");
  CHECK_FALSE(p.root);
  const Diagnostic& d = p.only();
  CHECK(d.rule == "syntax");
  CHECK(at(d.span.begin) == "1:8");
}

TEST_CASE("a control character is a syntax error at its position") {
  Parsed p("a: 1\nb: x\x01y\n");
  CHECK_FALSE(p.root);
  const Diagnostic& d = p.only();
  CHECK(d.rule == "syntax");
  CHECK(at(d.span.begin) == "2:5");
  CHECK(contains(d.hint, "control character"));
}

TEST_CASE("a control character before invalid UTF-8 is reported as itself") {
  // The first problem is the control character on line 1, not the bad byte on line 2.
  Parsed p("a: \x01\nb: \xFF\n");
  CHECK_FALSE(p.root);
  const Diagnostic& d = p.only();
  CHECK(at(d.span.begin) == "1:4");
  CHECK(d.message == "control characters are not allowed");
}

TEST_CASE("a tab used for indentation is a syntax error with a hint about tabs") {
  Parsed p("jmap: 1\ntitle: Tabs\nstages:\n\t- id: visit\n");
  CHECK_FALSE(p.root);
  const Diagnostic& d = p.only();
  CHECK(d.rule == "syntax");
  CHECK(d.span.begin.line == 4);
  CHECK(contains(d.hint, "tabs"));
}

TEST_CASE("a tab indenting a key after a mapping gets the hint about tabs") {
  // libyaml says "found a tab character that violates indentation" here.
  Parsed p("jmap: 1\ntitle: T\n\tstages: []\n");
  CHECK_FALSE(p.root);
  const Diagnostic& d = p.only();
  CHECK(d.rule == "syntax");
  CHECK(d.span.begin.line == 3);
  CHECK(contains(d.hint, "tabs"));
}

TEST_CASE("a tab indenting a block scalar's line gets the hint about tabs") {
  // libyaml says "found a tab character where an indentation space is expected" here.
  Parsed p("description: |\n  text\n\t\tmore\n");
  CHECK_FALSE(p.root);
  CHECK(p.only().rule == "syntax");
  CHECK(contains(p.only().hint, "tabs"));
}

TEST_CASE("a tab after a colon is plain white space") {
  Parsed p("title:\tT\n");
  REQUIRE(p.root);
  CHECK(p.diagnostics.empty());
  CHECK(p.root->find("title")->text == "T");
}

TEST_CASE("a UTF-8 byte order mark is accepted and positions stay right") {
  Parsed p("\xEF\xBB\xBFjmap: 1\ntitle: x\n");
  REQUIRE(p.root);
  CHECK(p.diagnostics.empty());
  const yaml::Entry& jmap = p.root->entries.at(0);
  CHECK(jmap.key.text == "jmap");  // no BOM in the key
  CHECK(at(jmap.key.span.begin) == "1:1");
  CHECK(jmap.key.span.begin.offset == 3);
  const yaml::Entry& title = p.root->entries.at(1);
  CHECK(at(title.value.span.begin) == "2:8");
  CHECK(title.value.span.begin.offset == 18);
}

TEST_CASE("a second YAML document is an error") {
  Parsed p("title: one\n---\ntitle: two\n");
  CHECK_FALSE(p.root);
  const Diagnostic& d = p.only();
  CHECK(d.rule == "syntax");
  CHECK(d.message == "a journey file holds one YAML document; found a second");
  CHECK(at(d.span.begin) == "2:1");
  CHECK(contains(d.hint, "'---'"));
}

TEST_CASE("one document with an explicit start marker is fine") {
  Parsed p("---\ntitle: one\n");
  REQUIRE(p.root);
  CHECK(p.diagnostics.empty());
  CHECK(p.root->find("title")->text == "one");
}

TEST_CASE("an empty file is a null scalar at 1:1") {
  for (const char* text : {"", "# only a comment\n", "\n\n"}) {
    CAPTURE(text);
    Parsed p(text);
    REQUIRE(p.root);
    CHECK(p.diagnostics.empty());
    CHECK(p.root->is_null());
    CHECK(at(p.root->span.begin) == "1:1");
  }
}

TEST_CASE("a mapping value that holds ': ' in a block is a syntax error with a quoting hint") {
  Parsed p("title: Note: it is slow\n");
  CHECK_FALSE(p.root);
  const Diagnostic& d = p.only();
  CHECK(d.rule == "syntax");
  CHECK(at(d.span.begin) == "1:12");
  CHECK(contains(d.hint, "quote text that contains ': '"));
}

}  // TEST_SUITE

TEST_CASE("a text value longer than the string limit is too-large, at the value") {
  LoadLimits limits;
  limits.max_string_bytes = 5;
  Parsed exact("title: abcde\n", limits);
  CHECK(exact.root);
  CHECK(exact.diagnostics.empty());
  Parsed over("title: abcdef\n", limits);
  CHECK_FALSE(over.root);
  CHECK(over.only().rule == "too-large");
  CHECK(over.only().message == "a text value of 6 bytes; the limit max_string is 5 bytes");
  CHECK(contains(over.only().hint, "--max-string N"));
  CHECK(contains(over.only().hint, "limits: {max_string: N}"));
  CHECK(at(over.only().span.begin) == "1:8");
  Parsed key("abcdef: 1\n", limits);  // a key is text too
  CHECK_FALSE(key.root);
  CHECK(at(key.only().span.begin) == "1:1");
}

TEST_CASE("the default string limit is 1 MiB, counted in bytes after escapes") {
  Parsed exact("title: " + std::string(1024 * 1024, 'x') + "\n");
  CHECK(exact.root);
  CHECK(exact.diagnostics.empty());
  Parsed over("title: \"" + std::string(1024 * 1024, 'x') + "\\u00e9\"\n");  // one more character, 2 bytes
  CHECK_FALSE(over.root);
  CHECK(over.only().message == "a text value of 1048578 bytes; the limit max_string is 1048576 bytes");
}

TEST_CASE("every limit's message names the option that raises it") {
  LoadLimits limits;
  limits.max_depth = 1;
  CHECK(contains(Parsed("a: [1]\n", limits).only().hint, "--max-depth N"));
  limits = LoadLimits{};
  limits.max_nodes = 2;
  CHECK(contains(Parsed("a: [1]\n", limits).only().hint, "--max-nodes N"));
  limits = LoadLimits{};
  limits.max_alias_nodes = 1;
  CHECK(contains(Parsed("a: &a [1]\nb: *a\n", limits).only().hint, "--max-alias-nodes N"));
  limits = LoadLimits{};
  limits.max_file_bytes = 3;
  CHECK(contains(Parsed("a: 1\n", limits).only().hint, "--max-file-size N"));
}

TEST_CASE("a limit set higher than the default lets a file through") {
  std::string deep = "a: " + std::string(70, '[') + std::string(70, ']') + "\n";
  CHECK_FALSE(Parsed(deep).root);
  LoadLimits limits;
  limits.max_depth = 80;
  Parsed raised(deep, limits);
  CHECK(raised.root);
  CHECK(raised.diagnostics.empty());
}

TEST_CASE("a ListReader gets the root's list item by item, and the tree keeps nulls in their place") {
  SourceSet sources;
  Diagnostics diagnostics;
  std::vector<std::pair<std::size_t, std::string>> taken;
  yaml::ListReader reader{"stages", [&](std::size_t index, yaml::Node&& item) {
                            const yaml::Node* name = item.find("name");
                            taken.emplace_back(index, name ? std::string(name->text) : "?");
                          }};
  auto root = yaml::parse(sources.add("t.yaml", "title: x\nstages:\n  - name: A\n  - &b {name: B}\n  - *b\n"
                                                "other: [{name: C}]\nnested: {stages: [{name: D}]}\n"),
                          {}, diagnostics, &reader);
  REQUIRE(root);
  CHECK(diagnostics.empty());
  CHECK(taken == std::vector<std::pair<std::size_t, std::string>>{{0, "A"}, {1, "B"}, {2, "B"}});
  const yaml::Node* stages = root->find("stages");
  REQUIRE(stages);
  REQUIRE(stages->items.size() == 3);
  CHECK(stages->items[0].is_null());
  CHECK(stages->items[1].span.begin.line == 4);
  CHECK(root->find("other")->items.front().find("name"));  // other lists stay in the tree
  CHECK(root->find("nested")->find("stages")->items.front().find("name"));
}
