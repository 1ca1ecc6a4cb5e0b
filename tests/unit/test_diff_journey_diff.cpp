#include "jmap/diff.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "test_support.hpp"

using jmap::Change;
using jmap::ChangeItem;
using jmap::ChangeKind;
using jmap::test::Loaded;

namespace {

const char* k_old = R"(jmap: 1
title: T
personas:
  - {id: a, name: A}
  - {id: b, name: B}
stages:
  - id: one
    name: One
    reached: 100
    steps:
      - {id: s1, name: First, emotion: {a: 2, b: 3}}
      - {id: s2, name: Second, emotion: {a: 2, b: 3}}
      - {id: s3, name: Third, emotion: {a: 2, b: 3}}
    pains:
      - {text: No id here, severity: low}
    kpis:
      - {id: k, name: K, target: 80, actual: 64, unit: "%"}
  - id: two
    name: Two
    steps:
      - {id: s4, name: Fourth, emotion: 3}
)";

// The journey `k_old` with `from` replaced by `to`.
std::string edited(std::string_view from, std::string_view to) {
  std::string text = k_old;
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

std::vector<Change> changes(const std::string& new_text) {
  Loaded before(k_old), after(new_text);
  INFO(before.listing() << after.listing());
  REQUIRE(!before.diagnostics.has_errors());
  REQUIRE(!after.diagnostics.has_errors());
  return jmap::diff_journeys(*before.journey, *after.journey).changes;
}

const Change* find(const std::vector<Change>& list, ChangeKind kind, ChangeItem item, std::string_view id) {
  auto it = std::find_if(list.begin(), list.end(),
                         [&](const Change& c) { return c.kind == kind && c.item == item && c.id == id; });
  return it == list.end() ? nullptr : &*it;
}

}  // namespace

TEST_SUITE("diff::journey_diff") {
  TEST_CASE("the same journey has no changes") { CHECK(changes(k_old).empty()); }

  TEST_CASE("a step added, removed, renamed") {
    auto list = changes(edited("      - {id: s2, name: Second, emotion: {a: 2, b: 3}}\n",
                               "      - {id: s9, name: Ninth, emotion: {a: 2, b: 3}}\n"));
    const Change* added = find(list, ChangeKind::added, ChangeItem::step, "s9");
    REQUIRE(added);
    CHECK(added->stage == "one");
    CHECK(added->new_span.begin.line == 12);
    const Change* removed = find(list, ChangeKind::removed, ChangeItem::step, "s2");
    REQUIRE(removed);
    CHECK(removed->old_span.begin.line == 12);
    CHECK(!removed->new_span.known());
    auto renamed = changes(edited("name: Third", "name: Third step"));
    REQUIRE(renamed.size() == 1);
    CHECK(renamed[0].kind == ChangeKind::renamed);
    CHECK(renamed[0].old_text == "Third");
    CHECK(renamed[0].new_text == "Third step");
  }

  TEST_CASE("a step moved in its stage is one move, not three") {
    auto list = changes(edited("      - {id: s1, name: First, emotion: {a: 2, b: 3}}\n      - {id: s2, name: Second, emotion: {a: 2, b: 3}}\n      - {id: s3, name: Third, emotion: {a: 2, b: 3}}\n",
                               "      - {id: s2, name: Second, emotion: {a: 2, b: 3}}\n      - {id: s3, name: Third, emotion: {a: 2, b: 3}}\n      - {id: s1, name: First, emotion: {a: 2, b: 3}}\n"));
    REQUIRE(list.size() == 1);
    CHECK(list[0].kind == ChangeKind::moved);
    CHECK(list[0].id == "s1");
    CHECK(list[0].field == "position");
    CHECK(list[0].old_text == "1");
    CHECK(list[0].new_text == "3");
  }

  TEST_CASE("a step moved to another stage") {
    std::string text = edited("      - {id: s3, name: Third, emotion: {a: 2, b: 3}}\n", "");
    text += "      - {id: s3, name: Third, emotion: {a: 2, b: 3}}\n";
    auto list = changes(text);
    REQUIRE(list.size() == 1);
    CHECK(list[0].field == "stage");
    CHECK(list[0].old_text == "one");
    CHECK(list[0].new_text == "two");
    CHECK(list[0].stage == "two");
  }

  TEST_CASE("emotion per persona, with the delta on the scale") {
    auto list = changes(edited("{id: s2, name: Second, emotion: {a: 2, b: 3}}", "{id: s2, name: Second, emotion: {a: 4, b: 3}}"));
    REQUIRE(list.size() == 1);
    CHECK(list[0].item == ChangeItem::emotion);
    CHECK(list[0].persona == "a");
    CHECK(list[0].old_text == "2 (unhappy)");
    CHECK(list[0].new_text == "4 (happy)");
    REQUIRE(list[0].delta);
    CHECK(*list[0].delta == 2);
  }

  TEST_CASE("one emotion for everyone is one change") {
    auto list = changes(edited("emotion: 3}", "emotion: 1}"));
    REQUIRE(list.size() == 1);
    CHECK(list[0].persona.empty());
    CHECK(*list[0].delta == -2);
  }

  TEST_CASE("a pain without an id is matched by its text") {
    auto list = changes(edited("{text: No id here, severity: low}", "{text: No id here, severity: high}"));
    REQUIRE(list.size() == 1);
    CHECK(list[0].by_name);
    CHECK(list[0].field == "severity");
    CHECK(list[0].old_text == "low");
    CHECK(list[0].new_text == "high");
    auto gone = changes(edited("    pains:\n      - {text: No id here, severity: low}\n", ""));
    REQUIRE(gone.size() == 1);
    CHECK(gone[0].kind == ChangeKind::removed);
    CHECK(gone[0].item == ChangeItem::pain);
  }

  TEST_CASE("a KPI met now: target, actual and the status flip") {
    auto list = changes(edited("target: 80, actual: 64", "target: 80, actual: 85"));
    REQUIRE(list.size() == 2);
    CHECK(list[0].field == "actual");
    CHECK(list[0].old_text == "64%");
    CHECK(list[0].new_text == "85%");
    CHECK(*list[0].delta == 21);
    CHECK(list[1].field == "status");
    CHECK(list[1].old_text == "missed");
    CHECK(list[1].new_text == "met");
  }

  TEST_CASE("the funnel and the journey's title and state") {
    auto list = changes(edited("reached: 100", "reached: 120"));
    REQUIRE(list.size() == 1);
    CHECK(list[0].item == ChangeItem::funnel);
    CHECK(*list[0].delta == 20);
    auto state = changes(edited("title: T\n", "title: U\nstate: future\n"));
    REQUIRE(state.size() == 2);
    CHECK(state[0].field == "title");
    CHECK(state[1].field == "state");
    CHECK(state[1].old_text == "current");
  }

  TEST_CASE("two stages swapped: one moved") {
    std::string text = k_old;
    auto two = text.find("  - id: two");
    auto one = text.find("  - id: one");
    text = text.substr(0, one) + text.substr(two) + text.substr(one, two - one);
    auto list = changes(text);
    REQUIRE(list.size() == 1);
    CHECK(list[0].kind == ChangeKind::moved);
    CHECK(list[0].item == ChangeItem::stage);
  }

  TEST_CASE("personas added and removed") {
    auto list = changes(edited("  - {id: b, name: B}\n", "  - {id: b, name: B}\n  - {id: c, name: C}\n"));
    REQUIRE(list.size() == 1);
    CHECK(list[0].kind == ChangeKind::added);
    CHECK(list[0].item == ChangeItem::persona);
    CHECK(list[0].stage.empty());
  }
}
