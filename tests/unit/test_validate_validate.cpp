// The rules of the language, one by one: a small change to a clean journey triggers
// each rule, and a near miss does not. The import rules are in test_load_imports.cpp.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "test_support.hpp"

using namespace jmap;
using jmap::test::at;
using jmap::test::contains;
using jmap::test::k_clean_journey;
using jmap::test::Loaded;

namespace {

// The clean journey with the first `from` replaced by `to` (which must be there).
std::string clean_with(std::string_view from, std::string_view to) {
  std::string text(k_clean_journey);
  auto found = text.find(from);
  REQUIRE_MESSAGE(found != std::string::npos, "not in the clean journey: " << from);
  return text.replace(found, from.size(), to);
}

// The clean journey with `step` (a flow mapping) as its only step.
std::string with_step(std::string_view step) {
  return clean_with("{id: look, name: Looks around, touchpoints: [web]}", step);
}

// The clean journey with personas 'parent' and 'student', its one step's touchpoint
// list followed by `step_tail` (e.g. ", personas: [parent]").
std::string with_two_personas(std::string_view step_tail) {
  std::string text = clean_with("stages:", "personas:\n  - {id: parent, name: Parent}\n"
                                           "  - {id: student, name: Student}\nstages:");
  auto step = text.find("touchpoints: [web]}");
  return text.replace(step, 19, "touchpoints: [web]" + std::string(step_tail) + "}");
}

// The clean journey with lines added at the end of stage 'visit'.
std::string with_stage_lines(std::string_view lines) { return std::string(k_clean_journey) + std::string(lines); }

}  // namespace

TEST_SUITE("validate::validate") {

TEST_CASE("the clean journey has no findings") {
  Loaded l{std::string(k_clean_journey)};
  INFO(l.listing());
  CHECK(l.journey);
  CHECK(l.diagnostics.empty());
}

TEST_CASE("syntax: malformed YAML") {
  Loaded bad(clean_with("title: Clean", "title: \"Clean"));
  INFO(bad.listing());
  REQUIRE(bad.find("syntax"));
  CHECK_FALSE(bad.journey);
  CHECK(bad.find("syntax")->severity == Severity::error);
}

TEST_CASE("duplicate-key: a key given twice") {
  Loaded bad(std::string(k_clean_journey) + "title: Again\n");
  REQUIRE(bad.find("duplicate-key"));
  CHECK(at(bad.find("duplicate-key")->span.begin) == "11:1");
  CHECK(bad.find("duplicate-key")->note == "'title' is first defined at 2:1");
  Loaded ok(std::string(k_clean_journey) + "description: Once\n");
  CHECK(ok.count("duplicate-key") == 0);
}

TEST_CASE("too-large: a file over the byte limit") {
  LoadOptions small;
  small.limits.max_file_bytes = 64;
  Loaded bad(std::string(k_clean_journey), true, "journey.yaml", small);
  REQUIRE(bad.find("too-large"));
  CHECK(contains(bad.find("too-large")->message, "the limit max_file_size is 64 bytes"));
  Loaded ok{std::string(k_clean_journey)};
  CHECK(ok.count("too-large") == 0);
}

TEST_CASE("too-deep: nesting past the depth limit") {
  Loaded bad(clean_with("title: Clean", "title: " + std::string(70, '[') + std::string(70, ']')));
  REQUIRE(bad.find("too-deep"));
  CHECK(bad.find("too-deep")->message == "nesting deeper than 64 levels (the limit max_depth)");
  CHECK(at(bad.find("too-deep")->span.begin) == "2:71");
  Loaded ok(clean_with("title: Clean", "title: [[[[x]]]]"));
  CHECK(ok.count("too-deep") == 0);
}

TEST_CASE("unknown-key: a key the format does not define") {
  Loaded bad(clean_with("objective:", "objectve:"));
  const Diagnostic* d = bad.find("unknown-key");
  REQUIRE(d);
  CHECK(d->message == "unknown key 'objectve' in stage 'visit' (did you mean 'objective'?)");
  CHECK(at(d->span.begin) == "8:5");
  Loaded ok{std::string(k_clean_journey)};
  CHECK(ok.count("unknown-key") == 0);
}

TEST_CASE("wrong-type: a list where text belongs") {
  Loaded bad(clean_with("title: Clean", "title: [Clean]"));
  REQUIRE(bad.find("wrong-type"));
  CHECK(bad.find("wrong-type")->message == "'title' should be text, found a list");
  Loaded ok(clean_with("title: Clean", "title: \"[Clean]\""));
  CHECK(ok.count("wrong-type") == 0);
  CHECK(ok.journey->title.value == "[Clean]");
}

TEST_CASE("missing-required: no title") {
  Loaded bad(clean_with("title: Clean\n", ""));
  REQUIRE(bad.find("missing-required"));
  CHECK(bad.find("missing-required")->message == "the journey has no 'title'");
  CHECK(at(bad.find("missing-required")->span.begin) == "1:1");
  Loaded ok{std::string(k_clean_journey)};
  CHECK(ok.count("missing-required") == 0);
}

TEST_CASE("a catalogue file is not flagged for missing title or stages") {
  Loaded catalogue("personas:\n  - {id: parent, name: Parent}\ntouchpoints:\n  - {id: web, name: Website}\n");
  INFO(catalogue.listing());
  REQUIRE(catalogue.journey);
  CHECK(catalogue.journey->catalogue);
  CHECK(catalogue.diagnostics.empty());  // nor for unused personas and touchpoints
}

TEST_CASE("a catalogue still checks its touchpoints' values and ids") {
  Loaded catalogue("touchpoints:\n  - {id: web, name: Website, channel: webb}\n  - {id: web, name: Again}\n");
  CHECK(catalogue.find("bad-value"));
  CHECK(catalogue.find("duplicate-id"));
}

TEST_CASE("unsupported-version: a format version other than 1") {
  Loaded bad(clean_with("jmap: 1", "jmap: 2"));
  const Diagnostic* d = bad.find("unsupported-version");
  REQUIRE(d);
  CHECK(d->message == "this jmap reads format version 1; the file says 2");
  CHECK(d->hint == "write 'jmap: 1', or upgrade jmap");
  CHECK(at(d->span.begin) == "1:7");
  Loaded ok(clean_with("jmap: 1", "jmap: 1.0"));
  CHECK(ok.count("unsupported-version") == 0);
}

TEST_CASE("bad-value: a state outside current | future") {
  Loaded bad(clean_with("title: Clean\n", "title: Clean\nstate: futur\n"));
  const Diagnostic* d = bad.find("bad-value");
  REQUIRE(d);
  CHECK(d->message == "'futur' is not a valid state (did you mean 'future'?)");
  CHECK(d->hint == "use one of: current, future");
  CHECK(at(d->span.begin) == "3:8");
  Loaded ok(clean_with("title: Clean\n", "title: Clean\nstate: future\n"));
  CHECK(ok.count("bad-value") == 0);
}

TEST_CASE("bad-value: a touchpoint's channel and kind, a pain's severity") {
  Loaded channel(clean_with("channel: web", "channel: webb"));
  REQUIRE(channel.find("bad-value"));
  CHECK(channel.find("bad-value")->message == "'webb' is not a valid channel (did you mean 'web'?)");
  Loaded kind(clean_with("kind: digital", "kind: digitl"));
  REQUIRE(kind.find("bad-value"));
  CHECK(kind.find("bad-value")->message == "'digitl' is not a valid touchpoint kind (did you mean 'digital'?)");
  Loaded severity(with_step("{id: look, name: L, touchpoints: [web], pains: [{text: Slow, severity: hig}], "
                            "opportunities: [Faster]}"));
  REQUIRE(severity.find("bad-value"));
  CHECK(severity.find("bad-value")->message == "'hig' is not a valid severity (did you mean 'high'?)");
  Loaded ok(clean_with("channel: web, kind: digital", "channel: in-person, kind: human"));
  CHECK(ok.count("bad-value") == 0);
}

TEST_CASE("bad-value: a scale whose max is not above its min, a label off the scale") {
  Loaded inverted(clean_with("title: Clean\n", "title: Clean\nscale: {min: 5, max: 5}\n"));
  REQUIRE(inverted.find("bad-value"));
  CHECK(inverted.find("bad-value")->message == "the scale's max (5) should be greater than its min (5)");
  Loaded label(clean_with("title: Clean\n", "title: Clean\nscale: {min: 1, max: 3, labels: {4: great}}\n"));
  REQUIRE(label.find("bad-value"));
  CHECK(label.find("bad-value")->message == "scale label 'great' is for 4, outside the scale 1..3");
  Loaded ok(clean_with("title: Clean\n", "title: Clean\nscale: {min: -2, max: 2, labels: {-2: awful, 2: great}}\n"));
  CHECK(ok.count("bad-value") == 0);
}

TEST_CASE("bad-id: an id with characters other than a-z, 0-9, '-' and '_'") {
  Loaded bad(clean_with("id: visit", "id: Visit Stage"));
  const Diagnostic* d = bad.find("bad-id");
  REQUIRE(d);
  CHECK(d->message == "stage id 'Visit Stage' has characters other than a-z, 0-9, '-' and '_'");
  CHECK(at(d->span.begin) == "6:9");
  CHECK(contains(d->hint, "lowercase"));
  Loaded ok(clean_with("id: visit", "id: visit_2-b"));
  CHECK(ok.count("bad-id") == 0);
}

TEST_CASE("duplicate-id: two steps with one id, across stages") {
  Loaded bad(std::string(k_clean_journey) +
             "  - id: buy\n    name: Buy\n    objective: O\n    steps:\n"
             "      - {id: look, name: Looks again, touchpoints: [web]}\n");
  const Diagnostic* d = bad.find("duplicate-id");
  REQUIRE(d);
  CHECK(d->message == "duplicate step id 'look'");
  CHECK(at(d->span.begin) == "15:14");
  CHECK(d->note == "'look' is first defined at journey.yaml:10:14");
  CHECK(at(d->note_span.begin) == "10:14");
}

TEST_CASE("duplicate-id: ids of different kinds may be equal") {
  Loaded ok(clean_with("id: visit", "id: look"));  // a stage and a step both 'look'
  INFO(ok.listing());
  CHECK(ok.count("duplicate-id") == 0);
  CHECK(ok.diagnostics.empty());
}

TEST_CASE("unknown-reference: a touchpoint, with did-you-mean and the known ids") {
  Loaded bad(with_step("{id: look, name: L, touchpoints: [webb]}"));
  const Diagnostic* d = bad.find("unknown-reference");
  REQUIRE(d);
  CHECK(d->message == "step 'look' names unknown touchpoint 'webb' (did you mean 'web'?)");
  CHECK(d->hint == "known touchpoint ids: web");
  CHECK(at(d->span.begin) == "10:43");
  Loaded ok{std::string(k_clean_journey)};
  CHECK(ok.count("unknown-reference") == 0);
}

TEST_CASE("unknown-reference: a persona") {
  std::string text = clean_with("stages:", "personas:\n  - {id: parent, name: Parent}\nstages:");
  auto step = text.find("touchpoints: [web]}");
  Loaded bad(std::string(text).replace(step, 19, "touchpoints: [web], personas: [parnet]}"));
  const Diagnostic* d = bad.find("unknown-reference");
  REQUIRE(d);
  CHECK(d->message == "step 'look' names unknown persona 'parnet' (did you mean 'parent'?)");
  CHECK(d->hint == "known persona ids: parent");
  Loaded ok(std::string(text).replace(step, 19, "touchpoints: [web], personas: [parent]}"));
  INFO(ok.listing());
  CHECK(ok.diagnostics.empty());
}

TEST_CASE("unknown-reference: a persona with none defined") {
  Loaded bad(with_step("{id: look, name: L, touchpoints: [web], personas: [parent]}"));
  const Diagnostic* d = bad.find("unknown-reference");
  REQUIRE(d);
  CHECK(d->message == "step 'look' names unknown persona 'parent'");
  CHECK(d->hint == "define the persona first");
}

TEST_CASE("unknown-reference: a persona in a per-persona emotion") {
  Loaded bad(with_step("{id: look, name: L, touchpoints: [web], emotion: {nobody: 3}}"));
  const Diagnostic* d = bad.find("unknown-reference");
  REQUIRE(d);
  CHECK(d->message == "the emotion of step 'look' names unknown persona 'nobody'");
}

TEST_CASE("unknown-reference: a step named in 'next'") {
  Loaded bad(with_step("{id: look, name: L, touchpoints: [web], next: [lok]}"));
  const Diagnostic* d = bad.find("unknown-reference");
  REQUIRE(d);
  CHECK(d->message == "step 'look' ('next') names unknown step 'lok' (did you mean 'look'?)");
  Loaded ok(with_step("{id: look, name: L, touchpoints: [web], next: [look]}"));
  CHECK(ok.count("unknown-reference") == 0);
}

TEST_CASE("unknown-reference: a pain named in 'addresses'") {
  Loaded bad(with_step("{id: look, name: L, touchpoints: [web], pains: [{text: Slow, id: slow}], "
                       "opportunities: [{text: Faster, addresses: [slo]}]}"));
  const Diagnostic* d = bad.find("unknown-reference");
  REQUIRE(d);
  CHECK(d->message == "an opportunity's 'addresses' names unknown pain 'slo' (did you mean 'slow'?)");
  Loaded ok(with_step("{id: look, name: L, touchpoints: [web], pains: [{text: Slow, id: slow}], "
                      "opportunities: [{text: Faster, addresses: [slow]}]}"));
  INFO(ok.listing());
  CHECK(ok.diagnostics.empty());
}

TEST_CASE("emotion-out-of-scale: a number off the scale") {
  Loaded bad(with_step("{id: look, name: L, touchpoints: [web], emotion: 7}"));
  const Diagnostic* d = bad.find("emotion-out-of-scale");
  REQUIRE(d);
  CHECK(d->message == "emotion 7 lies outside the scale 1..5");
  CHECK(at(d->span.begin) == "10:58");
  CHECK(contains(d->hint, "widen the scale"));
  Loaded ok(with_step("{id: look, name: L, touchpoints: [web], emotion: 5}"));
  CHECK(ok.count("emotion-out-of-scale") == 0);
}

TEST_CASE("emotion-out-of-scale: a label the scale does not have") {
  Loaded bad(with_step("{id: look, name: L, touchpoints: [web], emotion: hapy}"));
  const Diagnostic* d = bad.find("emotion-out-of-scale");
  REQUIRE(d);
  CHECK(d->message == "emotion 'hapy' is neither a number nor a label of the scale (did you mean 'happy'?)");
  CHECK(d->hint == "use a number from 1 to 5, or one of: frustrated, unhappy, neutral, happy, delighted");
  Loaded ok(with_step("{id: look, name: L, touchpoints: [web], emotion: happy}"));
  CHECK(ok.count("emotion-out-of-scale") == 0);
}

TEST_CASE("emotion-out-of-scale: a scale's own labels replace the defaults") {
  std::string text = clean_with("title: Clean\n", "title: Clean\nscale: {min: 1, max: 3, labels: {1: meh, 3: yay}}\n");
  auto step = text.find("touchpoints: [web]}");
  Loaded ok(std::string(text).replace(step, 19, "touchpoints: [web], emotion: yay}"));
  CHECK(ok.count("emotion-out-of-scale") == 0);
  Loaded bad(std::string(text).replace(step, 19, "touchpoints: [web], emotion: happy}"));
  REQUIRE(bad.find("emotion-out-of-scale"));
  CHECK(bad.find("emotion-out-of-scale")->hint == "use a number from 1 to 3, or one of: meh, yay");
}

TEST_CASE("emotion-out-of-scale: `nan` is not on the scale") {
  // NaN compares false with both bounds: read as a number, it would pass and put
  // "nan" coordinates into the SVG.
  Loaded bad(with_step("{id: look, name: L, touchpoints: [web], emotion: nan}"));
  CHECK(bad.find("emotion-out-of-scale"));
}

TEST_CASE("bad-kpi: a target with a unit, a 'better' that is not higher or lower") {
  Loaded unit(with_stage_lines("    kpis:\n      - {id: ctr, name: CTR, target: 2.5%}\n"));
  REQUIRE(unit.find("bad-kpi"));
  CHECK(unit.find("bad-kpi")->message == "the KPI's 'target' should be a number, found '2.5%'");
  Loaded better(with_stage_lines("    kpis:\n      - {id: ctr, name: CTR, target: 2.5, better: more}\n"));
  REQUIRE(better.find("bad-kpi"));
  CHECK(better.find("bad-kpi")->message == "'more' is not a valid value for 'better'");
  CHECK(better.find("bad-kpi")->hint == "use one of: higher, lower");
  Loaded ok(with_stage_lines("    kpis:\n      - {id: ctr, name: CTR, target: 2.5, better: lower}\n"));
  INFO(ok.listing());
  CHECK(ok.diagnostics.empty());
}

TEST_CASE("stage-without-objective") {
  Loaded bad(clean_with("    objective: Customers look around\n", ""));
  const Diagnostic* d = bad.find("stage-without-objective");
  REQUIRE(d);
  CHECK(d->severity == Severity::warning);
  CHECK(d->message == "stage 'visit' has no objective");
  CHECK(at(d->span.begin) == "6:9");
  Loaded ok{std::string(k_clean_journey)};
  CHECK(ok.count("stage-without-objective") == 0);
}

TEST_CASE("a stage without an id is named sensibly in messages, not as ''") {
  Loaded bad(clean_with("  - id: visit\n    name: Visit\n    objective: Customers look around\n",
                        "  - name: Visit\n"));
  const Diagnostic* d = bad.find("stage-without-objective");
  REQUIRE(d);
  CHECK_FALSE(contains(d->message, "''"));
}

TEST_CASE("stage-without-touchpoints") {
  Loaded bad(with_step("{id: look, name: Looks around}"));
  const Diagnostic* d = bad.find("stage-without-touchpoints");
  REQUIRE(d);
  CHECK(d->severity == Severity::warning);
  CHECK(d->message == "no step of stage 'visit' names a touchpoint");
  Loaded ok{std::string(k_clean_journey)};
  CHECK(ok.count("stage-without-touchpoints") == 0);
}

TEST_CASE("kpi-without-target") {
  Loaded bad(with_stage_lines("    kpis:\n      - {id: nps, name: NPS, actual: 30}\n"));
  const Diagnostic* d = bad.find("kpi-without-target");
  REQUIRE(d);
  CHECK(d->severity == Severity::warning);
  CHECK(d->message == "KPI 'nps' has no target");
  CHECK(at(d->span.begin) == "12:14");
  CHECK(bad.count("kpi-missed") == 0);  // no target: neither met nor missed
  Loaded ok(with_stage_lines("    kpis:\n      - {id: nps, name: NPS, target: 20, actual: 30}\n"));
  INFO(ok.listing());
  CHECK(ok.diagnostics.empty());
  // A target written as "20%" is a bad-kpi; saying it has no target too would be noise.
  Loaded unreadable(with_stage_lines("    kpis:\n      - {id: nps, name: NPS, target: \"20%\", actual: 30}\n"));
  CHECK(unreadable.count("bad-kpi") == 1);
  CHECK(unreadable.count("kpi-without-target") == 0);
}

TEST_CASE("unused-persona: only when steps name personas and none names it") {
  Loaded bad(with_two_personas(", personas: [parent]"));
  const Diagnostic* d = bad.find("unused-persona");
  REQUIRE(d);
  CHECK(d->severity == Severity::warning);
  CHECK(d->message == "persona 'student' is used by no step");
  CHECK(at(d->span.begin) == "7:10");
  CHECK(bad.count("unused-persona") == 1);
  Loaded every(with_two_personas(""));  // a step without `personas:` involves every persona
  CHECK(every.count("unused-persona") == 0);
  // An emotion for a persona outside the step's `personas:` is one finding: that bad-value.
  Loaded by_emotion(with_two_personas(", personas: [parent], emotion: {student: 3}"));
  CHECK(by_emotion.count("unused-persona") == 0);
  CHECK(by_emotion.count("bad-value") == 1);
}

TEST_CASE("unused-touchpoint") {
  Loaded bad(clean_with("stages:", "  - {id: app, name: App, channel: app, kind: digital}\nstages:"));
  const Diagnostic* d = bad.find("unused-touchpoint");
  REQUIRE(d);
  CHECK(d->severity == Severity::warning);
  CHECK(d->message == "touchpoint 'app' is used by no step");
  CHECK(at(d->span.begin) == "5:10");
  Loaded ok{std::string(k_clean_journey)};
  CHECK(ok.count("unused-touchpoint") == 0);
}

TEST_CASE("empty-stage") {
  Loaded bad(std::string(k_clean_journey) + "  - {id: later, name: Later, objective: Come back}\n");
  const Diagnostic* d = bad.find("empty-stage");
  REQUIRE(d);
  CHECK(d->severity == Severity::warning);
  CHECK(d->message == "stage 'later' has no steps");
  CHECK(at(d->span.begin) == "11:10");
  CHECK(bad.count("stage-without-touchpoints") == 0);  // one finding for one cause
  Loaded ok{std::string(k_clean_journey)};
  CHECK(ok.count("empty-stage") == 0);
}

TEST_CASE("pain-without-opportunity: a pain with no opportunity beside it") {
  Loaded bad(with_step("{id: look, name: L, touchpoints: [web], pains: [Slow]}"));
  const Diagnostic* d = bad.find("pain-without-opportunity");
  REQUIRE(d);
  CHECK(d->severity == Severity::info);
  CHECK(d->message == "pain 'Slow' has no opportunity addressing it");
  CHECK(contains(d->hint, "add an opportunity beside it"));
  Loaded ok(with_step("{id: look, name: L, touchpoints: [web], pains: [Slow], opportunities: [Faster]}"));
  CHECK(ok.count("pain-without-opportunity") == 0);
}

TEST_CASE("pain-without-opportunity: a pain with an id needs an opportunity that addresses it") {
  Loaded bad(with_step("{id: look, name: L, touchpoints: [web], pains: [{text: Slow, id: slow}], "
                       "opportunities: [Faster]}"));
  const Diagnostic* d = bad.find("pain-without-opportunity");
  REQUIRE(d);
  CHECK(d->hint == "add an opportunity with 'addresses: [slow]'");
}

TEST_CASE("pain-without-opportunity: an opportunity that addresses another pain does not answer one without an id") {
  Loaded bad(with_step("{id: look, name: L, touchpoints: [web], pains: [Slow, {text: Rude, id: rude}], "
                       "opportunities: [{text: Train staff, addresses: [rude]}]}"));
  REQUIRE(bad.count("pain-without-opportunity") == 1);
  CHECK(bad.find("pain-without-opportunity")->message == "pain 'Slow' has no opportunity addressing it");
}

TEST_CASE("bad-value: an emotion for a persona who does not take the step") {
  Loaded bad(with_two_personas(", personas: [parent], emotion: {parent: 4, student: 2}"));
  const Diagnostic* d = bad.find("bad-value");
  REQUIRE(d);
  CHECK(d->message == "step 'look' gives an emotion for persona 'student', who does not take this step");
  CHECK(d->hint == "add 'student' to the step's 'personas:', or remove this emotion");
  Loaded every(with_two_personas(", emotion: {parent: 4, student: 2}"));
  CHECK(every.count("bad-value") == 0);  // no `personas:`: every persona takes it
}

TEST_CASE("pain-without-opportunity: stage-level pains") {
  Loaded bad(with_stage_lines("    pains: [Queues]\n"));
  REQUIRE(bad.find("pain-without-opportunity"));
  CHECK(bad.find("pain-without-opportunity")->message == "pain 'Queues' has no opportunity addressing it");
  Loaded ok(with_stage_lines("    pains: [Queues]\n    opportunities: [Book a slot]\n"));
  CHECK(ok.count("pain-without-opportunity") == 0);
}

TEST_CASE("kpi-missed: higher is better by default") {
  Loaded bad(with_stage_lines("    kpis:\n      - {id: ctr, name: CTR, target: 2.5, actual: 1.9}\n"));
  const Diagnostic* d = bad.find("kpi-missed");
  REQUIRE(d);
  CHECK(d->severity == Severity::info);
  CHECK(d->message == "KPI 'CTR' misses its target: 1.9 against 2.5 (higher is better)");
  CHECK(at(d->span.begin) == "12:51");
  Loaded met(with_stage_lines("    kpis:\n      - {id: ctr, name: CTR, target: 2.5, actual: 2.5}\n"));
  CHECK(met.count("kpi-missed") == 0);
}

TEST_CASE("kpi-missed: when lower is better") {
  Loaded bad(with_stage_lines("    kpis:\n      - {id: wait, name: Wait, target: 5, actual: 9, better: lower}\n"));
  REQUIRE(bad.find("kpi-missed"));
  CHECK(bad.find("kpi-missed")->message == "KPI 'Wait' misses its target: 9 against 5 (lower is better)");
  Loaded met(with_stage_lines("    kpis:\n      - {id: wait, name: Wait, target: 5, actual: 3, better: lower}\n"));
  CHECK(met.count("kpi-missed") == 0);
}

TEST_CASE("every finding of a file comes in one pass") {
  Diagnostics diagnostics;
  SourceSet sources;
  auto journey = load_journey_file(JMAP_TEST_DATA "/many-findings.yaml", {}, sources, diagnostics);
  REQUIRE(journey);
  validate(*journey, diagnostics);
  std::vector<std::string_view> rules;
  for (const Diagnostic& d : diagnostics.items()) rules.push_back(d.rule);
  for (std::string_view rule : {"bad-value", "bad-id", "unknown-key", "unknown-reference", "emotion-out-of-scale",
                                "bad-kpi", "stage-without-objective", "empty-stage", "unused-persona"}) {
    CAPTURE(rule);
    CHECK(std::find(rules.begin(), rules.end(), rule) != rules.end());
  }
}

}  // TEST_SUITE
