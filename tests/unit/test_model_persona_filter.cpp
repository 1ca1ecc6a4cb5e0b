// `--persona`: the journey as one persona lives it.
#include <doctest/doctest.h>

#include "jmap/model.hpp"
#include "test_support.hpp"

using namespace jmap;
using jmap::test::Loaded;

TEST_CASE("journey_for_persona keeps that persona's steps and emotion values only") {
  Loaded l(R"(jmap: 1
title: T
personas: [{id: a, name: A}, {id: b, name: B}]
stages:
  - id: s
    name: S
    steps:
      - {id: both, name: Both, emotion: {a: 2, b: 4}}
      - {id: only-a, name: Only A, personas: [a], emotion: 3}
      - {id: only-b, name: Only B, personas: [b], next: [both]}
      - {id: everyone, name: Everyone}
)");
  REQUIRE(l.journey);
  Journey filtered = journey_for_persona(*l.journey, "a");
  REQUIRE(filtered.personas.size() == 1);
  CHECK(filtered.personas[0].id.value == "a");
  const auto& steps = filtered.stages[0].steps;
  REQUIRE(steps.size() == 3);
  CHECK(steps[0].id.value == "both");
  CHECK(steps[1].id.value == "only-a");
  CHECK(steps[2].id.value == "everyone");
  // One value left, no longer tied to a persona: one curve.
  REQUIRE(steps[0].emotion.size() == 1);
  CHECK(steps[0].emotion[0].raw.value == "2");
  CHECK_FALSE(steps[0].emotion[0].persona.present);
  CHECK_FALSE(steps[0].emotion_per_persona);
  // The original is untouched.
  CHECK(l.journey->stages[0].steps.size() == 4);
}

TEST_CASE("step_has_persona: a step without personas is everyone's") {
  Step step;
  CHECK(step_has_persona(step, "anyone"));
  step.personas.push_back(Text{"a", {}, true});
  CHECK(step_has_persona(step, "a"));
  CHECK_FALSE(step_has_persona(step, "b"));
}
