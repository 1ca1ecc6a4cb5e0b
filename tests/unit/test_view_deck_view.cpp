// The deck view: what each slide of `-o deck.pptx` holds, decided before any OOXML.
#include <doctest/doctest.h>

#include "jmap/deck_view.hpp"
#include "test_support.hpp"

using namespace jmap;
using jmap::test::Loaded;

namespace {

const char* k_journey = R"(jmap: 1
title: Deck
description: A short journey
state: future
scope: {product: The app, team: Growth}
personas: [{id: a, name: Anna}]
stages:
  - id: one
    name: One
    objective: Get going
    steps:
      - id: s1
        name: First
        pains: [{text: It is slow, severity: high}]
    kpis: [{id: k, name: Speed, target: 10, actual: 12, better: lower, unit: s}]
  - id: two
    name: Two
    steps:
      - {id: s2, name: Second}
    pains: [{text: Nobody calls back}]
)";

std::vector<std::string> texts(const std::vector<DeckParagraph>& paragraphs) {
  std::vector<std::string> out;
  for (const DeckParagraph& p : paragraphs) out.push_back(p.text);
  return out;
}

}  // namespace

TEST_CASE("a deck: the title slide, the whole picture, then a slide per stage") {
  Loaded l(k_journey);
  REQUIRE(l.journey);
  ViewOptions options;
  options.kind = ViewKind::blueprint;
  options.persona = "a";
  options.theme = "dark";
  DeckView deck = make_deck_view(*l.journey, options);
  CHECK(deck.title == "Deck");
  CHECK(texts(deck.subtitle) ==
        std::vector<std::string>{"A short journey", "Product: The app", "Team: Growth", "Future state \u00B7 As lived by Anna"});
  REQUIRE(deck.slides.size() == 3);
  CHECK(deck.slides[0].title == "Service blueprint");
  CHECK(deck.slides[0].picture.kind == ViewKind::blueprint);
  CHECK(deck.slides[0].notes.at(0).text == deck.slides[0].picture.label.description);
  CHECK(deck.slides[1].title == "One");
  CHECK(deck.slides[2].title == "Two");
  // Each stage's picture is the stage alone, numbered in the whole journey.
  CHECK(deck.slides[2].picture.label.description.find("Stage 2 of 2: Two") != std::string::npos);
}

TEST_CASE("a stage's notes: its number, objective, KPIs with their status, pains numbered as on the map") {
  Loaded l(k_journey);
  REQUIRE(l.journey);
  DeckView deck = make_deck_view(*l.journey);
  CHECK(texts(deck.slides[1].notes) == std::vector<std::string>{
                                           "Stage 1 of 2: One", "Objective: Get going", "KPIs",
                                           "Speed: Actual 12 s \u00B7 Target \u2264\u00A010 s \u00B7 Missed",
                                           "Pain points", "P1 (high) \u00B7 First: It is slow"});
  CHECK(deck.slides[1].notes[3].item);
  CHECK_FALSE(deck.slides[1].notes[2].item);
  // A stage's own pain names no step; the default severity is medium.
  CHECK(texts(deck.slides[2].notes) == std::vector<std::string>{"Stage 2 of 2: Two", "Pain points", "P2 (medium): Nobody calls back"});
}
