// The model's own logic: KPI status, emotion values on the scale, lookups by id.
#include <doctest/doctest.h>

#include "jmap/model.hpp"

using namespace jmap;

namespace {

Kpi kpi(std::optional<double> target, std::optional<double> actual, const char* better = nullptr) {
  Kpi k;
  if (target) k.target = Number{*target, {}, true};
  if (actual) k.actual = Number{*actual, {}, true};
  if (better) k.better = Text{better, {}, true};
  return k;
}

EmotionValue emotion(const char* raw, std::optional<double> number = std::nullopt) {
  EmotionValue value;
  value.raw = Text{raw, {}, true};
  value.number = number;
  return value;
}

}  // namespace

TEST_SUITE("model::model") {

TEST_CASE("a KPI is met or missed against its target; unknown without both figures") {
  CHECK(kpi_status(kpi(2.5, 1.9)) == KpiStatus::missed);
  CHECK(kpi_status(kpi(2.5, 2.5)) == KpiStatus::met);
  CHECK(kpi_status(kpi(2.5, 3.0)) == KpiStatus::met);
  CHECK(kpi_status(kpi(5, 9, "lower")) == KpiStatus::missed);
  CHECK(kpi_status(kpi(5, 5, "lower")) == KpiStatus::met);
  CHECK(kpi_status(kpi(5, 3, "lower")) == KpiStatus::met);
  CHECK(kpi_status(kpi(5, 3, "higher")) == KpiStatus::missed);
  CHECK(kpi_status(kpi(std::nullopt, 3)) == KpiStatus::unknown);
  CHECK(kpi_status(kpi(5, std::nullopt)) == KpiStatus::unknown);
}

TEST_CASE("an emotion is its number, or the value of its label") {
  Scale scale;
  scale.labels[1] = Text{"sad", {}, true};
  scale.labels[5] = Text{"glad", {}, true};
  CHECK(resolve_emotion(scale, emotion("3", 3.0)) == 3.0);
  CHECK(resolve_emotion(scale, emotion("glad")) == 5.0);
  CHECK_FALSE(resolve_emotion(scale, emotion("meh")));
  CHECK(scale.label_of(1) == "sad");
  CHECK(scale.label_of(2).empty());
}

TEST_CASE("a scale defaults to 1..5") {
  Scale scale;
  CHECK(scale.low() == 1);
  CHECK(scale.high() == 5);
  scale.min = Number{0, {}, true};
  scale.max = Number{10, {}, true};
  CHECK(scale.low() == 0);
  CHECK(scale.high() == 10);
}

TEST_CASE("personas and touchpoints are found by id") {
  Journey journey;
  journey.personas.push_back(Persona{Text{"parent", {}, true}, Text{"Parent", {}, true}, {}, {}, {}, {}, false});
  journey.touchpoints.push_back(Touchpoint{Text{"web", {}, true}, Text{"Website", {}, true}, {}, {}, {}, {}, false});
  REQUIRE(find_persona(journey, "parent"));
  CHECK(find_persona(journey, "parent")->name.value == "Parent");
  CHECK(find_persona(journey, "web") == nullptr);
  REQUIRE(find_touchpoint(journey, "web"));
  CHECK(find_touchpoint(journey, "parent") == nullptr);
}

}  // TEST_SUITE

TEST_CASE("pains are numbered in reading order: a stage's steps, then the stage's own") {
  Journey journey;
  journey.stages.resize(2);
  journey.stages[0].steps.resize(2);
  journey.stages[0].steps[0].pains.resize(2);
  journey.stages[0].steps[1].pains.resize(1);
  journey.stages[0].pains.resize(1);
  journey.stages[1].steps.resize(1);
  journey.stages[1].steps[0].pains.resize(1);
  number_pains(journey);
  CHECK(journey.stages[0].steps[0].pains[0].number == 1);
  CHECK(journey.stages[0].steps[0].pains[1].number == 2);
  CHECK(journey.stages[0].steps[1].pains[0].number == 3);
  CHECK(journey.stages[0].pains[0].number == 4);
  CHECK(journey.stages[1].steps[0].pains[0].number == 5);
  // A persona's journey keeps the numbers of the whole one.
  journey.personas.push_back(Persona{Text{"a", {}, true}, {}, {}, {}, {}, {}, false});
  journey.stages[0].steps[0].personas.push_back(Text{"b", {}, true});
  Journey filtered = journey_for_persona(journey, "a");
  REQUIRE(filtered.stages[0].steps.size() == 1);
  CHECK(filtered.stages[0].steps[0].pains[0].number == 3);
}

TEST_CASE("split_address: PATH#ID at the last '#', a plain id is this file's") {
  jmap::PainAddress plain = jmap::split_address("wait");
  CHECK(plain.path.empty());
  CHECK(plain.id == "wait");
  jmap::PainAddress other = jmap::split_address("support/today.yaml#wait");
  CHECK(other.path == "support/today.yaml");
  CHECK(other.id == "wait");
  CHECK(jmap::link_key("./support/../today.yaml") == "today.yaml");
}
