// Reading the format's vocabulary into the model: every element of the format-v1
// example, and the findings for values of the wrong shape.
#include <doctest/doctest.h>

#include <string>

#include "load/journey_reader.hpp"
#include "jmap/yaml_tree.hpp"
#include "test_support.hpp"

using namespace jmap;
using jmap::test::at;
using jmap::test::contains;
using jmap::test::Loaded;

namespace {

// The example of format-v1.md, as written there.
constexpr std::string_view k_format_example = R"(jmap: 1                              # required: format version (integer)
title: Online grocery - first order  # required
description: How a busy parent places a first order.   # optional
state: current                       # current | future (default current)
scope:                               # optional: what this map covers
  product: FreshCart app
  goal: Place a first order and get it delivered      # the customer's goal
  team: Growth                       # the department the map belongs to
  value_proposition: Fresh groceries at your door in two hours, no fees on the first order
scale:                               # optional emotion scale (default below)
  min: 1
  max: 5
  labels: {1: frustrated, 2: unhappy, 3: neutral, 4: happy, 5: delighted}
imports:                             # optional: shared catalogues, paths relative to this file
  - ../catalog/personas.yaml         # a file holding personas: and/or touchpoints:

personas:
  - id: busy-parent                  # ids: lowercase letters, digits, '-', '_'
    name: Busy parent
    description: Two kids, shops on the phone in the evening
    goals: [Save time, Fresh food]
    frustrations: [Hidden fees]

touchpoints:                         # catalogue, referenced by id from steps
  - id: instagram
    name: Instagram ad
    channel: social                  # web app email sms phone chat social store mail in-person other
    kind: digital                    # digital | physical | human
    owner: Marketing                 # optional: the team that owns it

stages:                              # required, ordered: the columns of the map
  - id: awareness
    name: Awareness
    objective: Customers discover FreshCart and understand the offer
    motivations: [Wants to save time]          # why the customer moves on
    questions: ["Is delivery really free?"]      # ambiguities that hold them back
    hurdles: [No prices in the ad]             # process, cost, other roadblocks
    pains: []                        # stage-level pains/opportunities are allowed too
    opportunities: []
    reached: 12000                   # optional funnel count: customers reaching this stage
    steps:                           # ordered customer actions inside the stage
      - id: see-ad
        name: Sees an ad
        does: Scrolls Instagram and sees a free-delivery promo
        personas: [busy-parent]      # default: every persona
        touchpoints: [instagram]
        emotion: 4                   # a number on the scale, a label of it, or
                                     # a map persona-id -> value for one curve per persona
        thinks: "Free delivery? Nice."
        evidence:                    # qualitative data that tells why: a string, or
          - quote: "I never click ads that hide the price"   # {quote, source, date}
            source: Interview P7
        pains:                       # a string, or {text, severity: low|medium|high, id}
          - text: The ad shows no prices
            severity: medium
            id: no-prices
        opportunities:               # a string, or {text, addresses: [pain-id...], id}
          - text: Show a sample basket price in the ad
            addresses: [no-prices]
        frontstage: [Ad served to a lookalike audience]   # blueprint lanes:
        backstage: [Campaign targeting tuned weekly]      # visible staff/system actions,
        support: [Ad platform, CRM audience sync]         # invisible ones, supporting systems
        fail_point: false            # optional blueprint fail-point marker
        duration: 10s                # optional time standard for the step
        next: [read-reviews]         # optional explicit flow; default: the next step in order
    kpis:
      - id: ad-ctr
        name: Ad click-through rate
        unit: "%"
        target: 2.5
        actual: 1.9
        better: higher               # higher | lower
        source: Ads manager          # where the figure comes from
)";

// Parses and reads a journey without resolving imports or validating.
struct Read {
  explicit Read(std::string_view text) {
    const SourceFile& file = sources.add("journey.yaml", std::string(text));
    root = yaml::parse(file, {}, diagnostics);
    REQUIRE(root);
    journey = read_journey(*root, file, diagnostics);
  }
  const Diagnostic* find(std::string_view rule) const {
    for (const Diagnostic& d : diagnostics.items())
      if (d.rule == rule) return &d;
    return nullptr;
  }
  SourceSet sources;
  Diagnostics diagnostics;
  std::optional<yaml::Node> root;
  Journey journey;
};

// A journey with one stage whose single step has `step_extra` lines added.
std::string with_step(std::string_view step_extra) {
  return "jmap: 1\ntitle: T\nstages:\n  - id: s\n    name: S\n    steps:\n      - id: a\n        name: A\n" +
         std::string(step_extra);
}

// A journey with one stage that has `stage_extra` lines added.
std::string with_stage(std::string_view stage_extra) {
  return "jmap: 1\ntitle: T\nstages:\n  - id: s\n    name: S\n" + std::string(stage_extra);
}

}  // namespace

TEST_SUITE("load::journey_reader") {

TEST_CASE("the format-v1 example reads without findings") {
  Read r(k_format_example);
  INFO(r.diagnostics.items().size());
  CHECK(r.diagnostics.empty());
  CHECK_FALSE(r.journey.catalogue);
}

TEST_CASE("the example's header, scope and scale") {
  Read r(k_format_example);
  const Journey& j = r.journey;
  CHECK(j.version.present);
  CHECK(j.version.value == 1);
  CHECK(j.title.value == "Online grocery - first order");
  CHECK(at(j.title.span.begin) == "2:8");
  CHECK(j.description.value == "How a busy parent places a first order.");
  CHECK(j.state.value == "current");
  CHECK(j.scope.product.value == "FreshCart app");
  CHECK(j.scope.goal.value == "Place a first order and get it delivered");
  CHECK(j.scope.team.value == "Growth");
  CHECK(j.scope.value_proposition.value == "Fresh groceries at your door in two hours, no fees on the first order");
  CHECK(j.scale.low() == 1);
  CHECK(j.scale.high() == 5);
  REQUIRE(j.scale.labels.size() == 5);
  CHECK(j.scale.label_of(1) == "frustrated");
  CHECK(j.scale.label_of(4) == "happy");
  CHECK(j.scale.label_of(5) == "delighted");
  REQUIRE(j.imports.size() == 1);
  CHECK(j.imports[0].value == "../catalog/personas.yaml");
  CHECK(at(j.imports[0].span.begin) == "15:5");
}

TEST_CASE("the example's persona and touchpoint") {
  Read r(k_format_example);
  REQUIRE(r.journey.personas.size() == 1);
  const Persona& p = r.journey.personas[0];
  CHECK(p.id.value == "busy-parent");
  CHECK(at(p.id.span.begin) == "18:9");
  CHECK(p.name.value == "Busy parent");
  CHECK(p.description.value == "Two kids, shops on the phone in the evening");
  REQUIRE(p.goals.size() == 2);
  CHECK(p.goals[0].value == "Save time");
  CHECK(p.goals[1].value == "Fresh food");
  REQUIRE(p.frustrations.size() == 1);
  CHECK(p.frustrations[0].value == "Hidden fees");
  CHECK_FALSE(p.imported);

  REQUIRE(r.journey.touchpoints.size() == 1);
  const Touchpoint& t = r.journey.touchpoints[0];
  CHECK(t.id.value == "instagram");
  CHECK(t.name.value == "Instagram ad");
  CHECK(t.channel.value == "social");
  CHECK(t.kind.value == "digital");
  CHECK(t.owner.value == "Marketing");
}

TEST_CASE("the example's stage") {
  Read r(k_format_example);
  REQUIRE(r.journey.stages.size() == 1);
  const Stage& s = r.journey.stages[0];
  CHECK(s.id.value == "awareness");
  CHECK(s.name.value == "Awareness");
  CHECK(s.objective.value == "Customers discover FreshCart and understand the offer");
  REQUIRE(s.motivations.size() == 1);
  CHECK(s.motivations[0].value == "Wants to save time");
  REQUIRE(s.questions.size() == 1);
  CHECK(s.questions[0].value == "Is delivery really free?");
  REQUIRE(s.hurdles.size() == 1);
  CHECK(s.hurdles[0].value == "No prices in the ad");
  CHECK(s.pains.empty());
  CHECK(s.opportunities.empty());
  CHECK(s.reached.present);
  CHECK(s.reached.value == 12000);
  CHECK(s.steps.size() == 1);
}

TEST_CASE("the example's step") {
  Read r(k_format_example);
  REQUIRE(r.journey.stages.size() == 1);
  REQUIRE(r.journey.stages[0].steps.size() == 1);
  const Step& step = r.journey.stages[0].steps[0];
  CHECK(step.id.value == "see-ad");
  CHECK(step.name.value == "Sees an ad");
  CHECK(step.does.value == "Scrolls Instagram and sees a free-delivery promo");
  REQUIRE(step.personas.size() == 1);
  CHECK(step.personas[0].value == "busy-parent");
  REQUIRE(step.touchpoints.size() == 1);
  CHECK(step.touchpoints[0].value == "instagram");
  CHECK(step.thinks.value == "Free delivery? Nice.");
  CHECK(step.duration.value == "10s");
  REQUIRE(step.next.size() == 1);
  CHECK(step.next[0].value == "read-reviews");
  CHECK(step.fail_point.present);
  CHECK_FALSE(step.fail_point.value);

  SUBCASE("emotion: one number for every persona") {
    CHECK_FALSE(step.emotion_per_persona);
    REQUIRE(step.emotion.size() == 1);
    CHECK(step.emotion[0].raw.value == "4");
    CHECK(step.emotion[0].number == 4.0);
    CHECK_FALSE(step.emotion[0].persona.present);
  }
  SUBCASE("evidence as {quote, source}") {
    REQUIRE(step.evidence.size() == 1);
    CHECK(step.evidence[0].text.value == "I never click ads that hide the price");
    CHECK(step.evidence[0].source.value == "Interview P7");
    CHECK_FALSE(step.evidence[0].date.present);
  }
  SUBCASE("a pain with severity and id") {
    REQUIRE(step.pains.size() == 1);
    CHECK(step.pains[0].text.value == "The ad shows no prices");
    CHECK(step.pains[0].severity.value == "medium");
    CHECK(step.pains[0].id.value == "no-prices");
  }
  SUBCASE("an opportunity with the pains it addresses") {
    REQUIRE(step.opportunities.size() == 1);
    CHECK(step.opportunities[0].text.value == "Show a sample basket price in the ad");
    REQUIRE(step.opportunities[0].addresses.size() == 1);
    CHECK(step.opportunities[0].addresses[0].value == "no-prices");
  }
  SUBCASE("blueprint lanes") {
    REQUIRE(step.frontstage.size() == 1);
    CHECK(step.frontstage[0].value == "Ad served to a lookalike audience");
    REQUIRE(step.backstage.size() == 1);
    CHECK(step.backstage[0].value == "Campaign targeting tuned weekly");
    REQUIRE(step.support.size() == 2);
    CHECK(step.support[0].value == "Ad platform");
    CHECK(step.support[1].value == "CRM audience sync");
  }
}

TEST_CASE("the example's KPI") {
  Read r(k_format_example);
  REQUIRE(r.journey.stages.size() == 1);
  REQUIRE(r.journey.stages[0].kpis.size() == 1);
  const Kpi& k = r.journey.stages[0].kpis[0];
  CHECK(k.id.value == "ad-ctr");
  CHECK(k.name.value == "Ad click-through rate");
  CHECK(k.unit.value == "%");
  CHECK(k.target.value == doctest::Approx(2.5));
  CHECK(k.actual.value == doctest::Approx(1.9));
  CHECK(k.better.value == "higher");
  CHECK(k.source.value == "Ads manager");
  CHECK(kpi_status(k) == KpiStatus::missed);
}

TEST_CASE("an emotion may be a label of the scale") {
  Read r(with_step("        emotion: happy\n"));
  CHECK(r.diagnostics.empty());
  const Step& step = r.journey.stages.at(0).steps.at(0);
  REQUIRE(step.emotion.size() == 1);
  CHECK(step.emotion[0].raw.value == "happy");
  CHECK_FALSE(step.emotion[0].number);
  CHECK(resolve_emotion(r.journey.scale, step.emotion[0]) == 4.0);  // the default labels
}

TEST_CASE("an emotion may be a map of persona ids to values") {
  Read r(with_step("        emotion: {busy-parent: 2, student: delighted}\n"));
  CHECK(r.diagnostics.empty());
  const Step& step = r.journey.stages.at(0).steps.at(0);
  CHECK(step.emotion_per_persona);
  REQUIRE(step.emotion.size() == 2);
  CHECK(step.emotion[0].persona.value == "busy-parent");
  CHECK(step.emotion[0].number == 2.0);
  CHECK(step.emotion[1].persona.value == "student");
  CHECK(step.emotion[1].raw.value == "delighted");
  CHECK(at(step.emotion[1].span.begin) == "9:44");
}

TEST_CASE("an emotion that is a list is wrong-type") {
  Read r(with_step("        emotion: [1, 2]\n"));
  const Diagnostic* d = r.find("wrong-type");
  REQUIRE(d);
  CHECK(d->message == "'emotion' should be a number, a scale label or a map of persona ids, found a list");
  CHECK(at(d->span.begin) == "9:18");
}

TEST_CASE("a persona's emotion left empty is wrong-type") {
  Read r(with_step("        emotion: {busy-parent: }\n"));
  const Diagnostic* d = r.find("wrong-type");
  REQUIRE(d);
  CHECK(contains(d->message, "the emotion of persona 'busy-parent' should be a number or a scale label"));
}

TEST_CASE("evidence, pains and opportunities may be plain strings") {
  Read r(with_step("        evidence: It takes ages\n"
                   "        pains: [Slow page]\n"
                   "        opportunities: [Cache the page]\n"));
  CHECK(r.diagnostics.empty());
  const Step& step = r.journey.stages.at(0).steps.at(0);
  REQUIRE(step.evidence.size() == 1);
  CHECK(step.evidence[0].text.value == "It takes ages");
  REQUIRE(step.pains.size() == 1);
  CHECK(step.pains[0].text.value == "Slow page");
  CHECK_FALSE(step.pains[0].id.present);
  CHECK_FALSE(step.pains[0].severity.present);
  REQUIRE(step.opportunities.size() == 1);
  CHECK(step.opportunities[0].text.value == "Cache the page");
}

TEST_CASE("evidence is a list of strings and objects, and a pain may carry evidence") {
  Read r(with_step("        evidence:\n"
                   "          - Said twice in interviews\n"
                   "          - {quote: Too slow, source: Survey, date: 2024-05-01}\n"
                   "        pains:\n"
                   "          - text: Slow\n"
                   "            evidence: [Support tickets]\n"));
  CHECK(r.diagnostics.empty());
  const Step& step = r.journey.stages.at(0).steps.at(0);
  REQUIRE(step.evidence.size() == 2);
  CHECK(step.evidence[0].text.value == "Said twice in interviews");
  CHECK(step.evidence[1].text.value == "Too slow");
  CHECK(step.evidence[1].source.value == "Survey");
  CHECK(step.evidence[1].date.value == "2024-05-01");
  REQUIRE(step.pains.size() == 1);
  REQUIRE(step.pains[0].evidence.size() == 1);
  CHECK(step.pains[0].evidence[0].text.value == "Support tickets");
}

TEST_CASE("evidence comes in three kinds: a quote, a finding, a metric") {
  Read r(with_step("        evidence:\n"
                   "          - I never click ads that hide the price\n"
                   "          - {quote: Too slow, source: Interview P7, date: 2026-03-12}\n"
                   "          - {finding: 38% did not understand the excess, source: Usability test, date: 2026-02}\n"
                   "          - metric: Checkout abandonment 64% (GA4, Q3)\n"
                   "            source: GA4\n"
                   "        pains:\n"
                   "          - text: Slow\n"
                   "            evidence: {metric: p95 load 6.1 s}\n"));
  INFO(r.diagnostics.items().size());
  CHECK(r.diagnostics.empty());
  const Step& step = r.journey.stages.at(0).steps.at(0);
  REQUIRE(step.evidence.size() == 4);
  CHECK(step.evidence[0].kind == EvidenceKind::quote);
  CHECK(step.evidence[1].kind == EvidenceKind::quote);
  CHECK(step.evidence[1].text.value == "Too slow");
  CHECK(step.evidence[2].kind == EvidenceKind::finding);
  CHECK(step.evidence[2].text.value == "38% did not understand the excess");
  CHECK(step.evidence[2].source.value == "Usability test");
  CHECK(step.evidence[2].date.value == "2026-02");
  CHECK(step.evidence[3].kind == EvidenceKind::metric);
  CHECK(step.evidence[3].text.value == "Checkout abandonment 64% (GA4, Q3)");
  CHECK(step.evidence[3].source.value == "GA4");
  CHECK(at(step.evidence[3].text.span.begin) == "13:21");
  REQUIRE(step.pains.at(0).evidence.size() == 1);
  CHECK(step.pains[0].evidence[0].kind == EvidenceKind::metric);
}

TEST_CASE("evidence with none of quote, finding and metric is missing-required, at the mapping") {
  Read r(with_step("        evidence:\n"
                   "          - {source: Interview P7, date: 2026-03-12}\n"));
  const Diagnostic* d = r.find("missing-required");
  REQUIRE(d);
  CHECK(d->message == "evidence has no 'quote', 'finding' or 'metric'");
  CHECK(contains(d->hint, "'finding:' for a research result"));
  CHECK(at(d->span.begin) == "10:13");
  CHECK(r.diagnostics.items().size() == 1);
}

TEST_CASE("evidence with two of quote, finding and metric is bad-value, at the second key") {
  Read r(with_step("        evidence:\n"
                   "          - quote: It takes ages\n"
                   "            metric: p95 load 6.1 s\n"));
  const Diagnostic* d = r.find("bad-value");
  REQUIRE(d);
  CHECK(d->message == "evidence is either a quote, a finding or a metric: this one has both 'quote' and 'metric'");
  CHECK(contains(d->hint, "its own item"));
  CHECK(at(d->span.begin) == "11:13");
  CHECK(r.diagnostics.items().size() == 1);
}

TEST_CASE("a finding left empty is missing-required at its key; a typo is unknown-key") {
  Read empty(with_step("        evidence: [{finding: , source: Survey}]\n"));
  const Diagnostic* d = empty.find("missing-required");
  REQUIRE(d);
  CHECK(d->message == "'finding' of evidence is empty");
  CHECK(at(d->span.begin) == "9:21");
  Read typo(with_step("        evidence: [{findings: Most skip it}]\n"));
  const Diagnostic* unknown = typo.find("unknown-key");
  REQUIRE(unknown);
  CHECK(contains(unknown->message, "did you mean 'finding'"));
}

TEST_CASE("stage-level pains and opportunities are read") {
  Read r(with_stage("    pains: [{text: Queue, id: queue}]\n    opportunities: [{text: Book a slot, addresses: [queue]}]\n"));
  CHECK(r.diagnostics.empty());
  const Stage& s = r.journey.stages.at(0);
  REQUIRE(s.pains.size() == 1);
  CHECK(s.pains[0].id.value == "queue");
  REQUIRE(s.opportunities.size() == 1);
  CHECK(s.opportunities[0].addresses.at(0).value == "queue");
}

TEST_CASE("state future is read; a missing state is absent") {
  Read future("jmap: 1\ntitle: T\nstate: future\nstages: []\n");
  CHECK(future.journey.state.value == "future");
  Read none("jmap: 1\ntitle: T\nstages: []\n");
  CHECK_FALSE(none.journey.state.present);
}

TEST_CASE("a 1..5 scale without labels gets the default labels") {
  Read r("jmap: 1\ntitle: T\nstages: []\n");
  CHECK(r.journey.scale.label_of(1) == "frustrated");
  CHECK(r.journey.scale.label_of(3) == "neutral");
  Read wide("jmap: 1\ntitle: T\nscale: {min: 0, max: 10}\nstages: []\n");
  CHECK(wide.journey.scale.labels.empty());
  CHECK(wide.journey.scale.low() == 0);
  CHECK(wide.journey.scale.high() == 10);
}

TEST_CASE("a single item may stand alone where a list is expected") {
  Read r(with_step("        personas: busy-parent\n"));
  CHECK(r.diagnostics.empty());
  const Step& step = r.journey.stages.at(0).steps.at(0);
  REQUIRE(step.personas.size() == 1);
  CHECK(step.personas[0].value == "busy-parent");
}

TEST_CASE("scalars are typed by the schema, not by YAML's guesses") {
  Read r("jmap: 1\ntitle: 1.0\ndescription: yes\nstages:\n  - {id: s, name: no, objective: 007}\n");
  CHECK(r.diagnostics.empty());
  CHECK(r.journey.title.value == "1.0");
  CHECK(r.journey.description.value == "yes");
  REQUIRE(r.journey.stages.size() == 1);
  CHECK(r.journey.stages[0].name.value == "no");
  CHECK(r.journey.stages[0].objective.value == "007");
}

TEST_CASE("`motivations: [Note: it is slow]` is wrong-type with a quoting hint") {
  Read r(with_stage("    motivations: [Note: it is slow]\n"));
  const Diagnostic* d = r.find("wrong-type");
  REQUIRE(d);
  CHECK(d->message == "an item of 'motivations' should be text, found a mapping");
  CHECK(at(d->span.begin) == "6:19");
  CHECK(contains(d->hint, "quote text that contains ': '"));
  CHECK(contains(d->hint, "\"Note: it is slow\""));
}

TEST_CASE("an unknown key suggests the nearest known one") {
  Read r(with_stage("    objectve: Typo in the key\n"));
  const Diagnostic* d = r.find("unknown-key");
  REQUIRE(d);
  CHECK(d->message == "unknown key 'objectve' in stage 's' (did you mean 'objective'?)");
  CHECK(at(d->span.begin) == "6:5");
  CHECK(d->hint.empty());
}

TEST_CASE("an unknown key far from any known one lists the known keys") {
  Read r("jmap: 1\ntitle: T\nstages: []\ncolour: blue\n");
  const Diagnostic* d = r.find("unknown-key");
  REQUIRE(d);
  CHECK(d->message == "unknown key 'colour' in the journey");
  CHECK(contains(d->hint, "known keys here: jmap, title, description"));
}

TEST_CASE("missing required keys are reported") {
  SUBCASE("title") {
    Read r("jmap: 1\nstages: []\n");
    const Diagnostic* d = r.find("missing-required");
    REQUIRE(d);
    CHECK(d->message == "the journey has no 'title'");
    CHECK(d->hint == "add 'title: ...'");
  }
  SUBCASE("stages") {
    Read r("jmap: 1\ntitle: T\n");
    const Diagnostic* d = r.find("missing-required");
    REQUIRE(d);
    CHECK(d->message == "the journey has no 'stages'");
  }
  SUBCASE("jmap") {
    Read r("title: T\nstages: []\n");
    const Diagnostic* d = r.find("missing-required");
    REQUIRE(d);
    CHECK(d->message == "the journey has no 'jmap'");
  }
  SUBCASE("a step's name") {
    Read r("jmap: 1\ntitle: T\nstages:\n  - id: s\n    name: S\n    steps:\n      - id: look\n");
    const Diagnostic* d = r.find("missing-required");
    REQUIRE(d);
    CHECK(d->message == "step 'look' has no 'name'");
    CHECK(at(d->span.begin) == "7:9");
  }
}

TEST_CASE("a required key with an empty value is reported at the key, as empty") {
  SUBCASE("nothing, null, ~ and blank text") {
    for (const char* empty : {"", " ~", " null", " \"\"", " '  '"}) {
      CAPTURE(empty);
      Read r(std::string("jmap: 1\ntitle:") + empty + "\nstages: [{id: s, name: S}]\n");
      REQUIRE(r.diagnostics.items().size() == 1);
      const Diagnostic* d = r.find("missing-required");
      CHECK(d->message == "'title' of the journey is empty");
      CHECK(d->hint == "write a value after 'title:' ('~' and \"\" are no value)");
      CHECK(at(d->span.begin) == "2:1");
      CHECK_FALSE(r.journey.title.present);
    }
  }
  SUBCASE("ids and names of stages, steps, personas, touchpoints and KPIs") {
    Read r("jmap: 1\ntitle: T\n"
           "personas: [{id: p, name: ''}]\n"
           "touchpoints: [{id: '', name: Web}]\n"
           "stages:\n"
           "  - id: s\n"
           "    name:\n"
           "    kpis: [{id: k, name: ~}]\n"
           "    steps:\n"
           "      - id: ' '\n"
           "        name: Looks\n");
    std::vector<std::string> found;
    for (const Diagnostic& d : r.diagnostics.items())
      if (d.rule == "missing-required") found.push_back(at(d.span.begin) + " " + d.message);
    CHECK(found == std::vector<std::string>{"3:20 'name' of persona 'p' is empty",
                                            "4:16 'id' of touchpoint is empty",
                                            "7:5 'name' of stage 's' is empty",
                                            "10:9 'id' of step is empty",
                                            "8:20 'name' of KPI 'k' is empty"});
  }
  SUBCASE("a blank id is reported once, as empty, not also as a bad id") {
    test::Loaded l(with_step("").replace(with_step("").find("id: a"), 5, "id: ' '"));
    CHECK(l.count("missing-required") == 1);
    CHECK(l.count("bad-id") == 0);
  }
  SUBCASE("the required text of a pain") {
    Read r(with_stage("    pains: [{text: ''}]\n"));
    const Diagnostic* d = r.find("missing-required");
    REQUIRE(d);
    CHECK(d->message == "'text' of pain is empty");
  }
}

TEST_CASE("`reached: 12,000` is wrong-type with a hint about separators") {
  Read r(with_stage("    reached: 12,000\n"));
  const Diagnostic* d = r.find("wrong-type");
  REQUIRE(d);
  CHECK(d->message == "'reached' should be a number, found '12,000'");
  CHECK(d->hint == "write the number without separators, e.g. 12000");
  CHECK(at(d->span.begin) == "6:14");
  CHECK_FALSE(r.journey.stages.at(0).reached.present);
}

TEST_CASE("`reached` is a whole number, 0 or more") {
  Read fraction(with_stage("    reached: 12.5\n"));
  REQUIRE(fraction.find("bad-value"));
  CHECK(fraction.find("bad-value")->message == "'reached' should be a whole number of customers, 0 or more");
  Read negative(with_stage("    reached: -1\n"));
  CHECK(negative.find("bad-value"));
  Read zero(with_stage("    reached: 0\n"));
  CHECK(zero.diagnostics.empty());
}

TEST_CASE("`reached: infinity` is not a number") {
  // std::from_chars reads "inf", "infinity" and "nan"; the format's numbers are finite.
  Read r(with_stage("    reached: infinity\n"));
  const Diagnostic* d = r.find("wrong-type");
  REQUIRE(d);
  CHECK(d->message == "'reached' should be a number, found 'infinity'");
}

TEST_CASE("`target: 2.5%` is bad-kpi with a hint about the unit") {
  Read r(with_stage("    kpis:\n      - {id: ctr, name: CTR, target: 2.5%, actual: 1.9}\n"));
  const Diagnostic* d = r.find("bad-kpi");
  REQUIRE(d);
  CHECK(d->message == "the KPI's 'target' should be a number, found '2.5%'");
  CHECK(contains(d->hint, "'unit:'"));
  CHECK(at(d->span.begin) == "7:38");
  CHECK_FALSE(r.journey.stages.at(0).kpis.at(0).target.present);
}

TEST_CASE("a KPI figure of `nan` is bad-kpi, not a missed target") {
  Read r(with_stage("    kpis:\n      - {id: ctr, name: CTR, target: nan, actual: 1.9}\n"));
  const Diagnostic* d = r.find("bad-kpi");
  REQUIRE(d);
  CHECK(d->message == "the KPI's 'target' should be a number, found 'nan'");
}

TEST_CASE("`fail_point: yes` is wrong-type") {
  Read r(with_step("        fail_point: yes\n"));
  const Diagnostic* d = r.find("wrong-type");
  REQUIRE(d);
  CHECK(d->message == "'fail_point' should be true or false, found 'yes'");
  CHECK(at(d->span.begin) == "9:21");
  Read ok(with_step("        fail_point: true\n"));
  CHECK(ok.diagnostics.empty());
  CHECK(ok.journey.stages.at(0).steps.at(0).fail_point.value);
}

TEST_CASE("a list where text belongs is wrong-type") {
  Read r("jmap: 1\ntitle: [a, b]\nstages: []\n");
  const Diagnostic* d = r.find("wrong-type");
  REQUIRE(d);
  CHECK(d->message == "'title' should be text, found a list");
  CHECK(at(d->span.begin) == "2:8");
}

TEST_CASE("a mapping where a list belongs is wrong-type with a hint") {
  Read r("jmap: 1\ntitle: T\nstages:\n  id: s\n  name: S\n");
  const Diagnostic* d = r.find("wrong-type");
  REQUIRE(d);
  CHECK(d->message == "'stages' should be a list, found a mapping");
  CHECK(contains(d->hint, "starting with '- '"));
}

TEST_CASE("a journey that is not a mapping is wrong-type") {
  Read r("- a\n- b\n");
  const Diagnostic* d = r.find("wrong-type");
  REQUIRE(d);
  CHECK(d->message == "the journey should be a mapping of keys, found a list");
  CHECK(at(d->span.begin) == "1:1");
}

TEST_CASE("scale labels are keyed by whole numbers") {
  Read r("jmap: 1\ntitle: T\nscale: {min: 1, max: 3, labels: {low: sad}}\nstages: []\n");
  const Diagnostic* d = r.find("bad-value");
  REQUIRE(d);
  CHECK(d->message == "a scale label's key should be a whole number on the scale, found 'low'");
  Read bounds("jmap: 1\ntitle: T\nscale: {min: 1.5, max: 3}\nstages: []\n");
  REQUIRE(bounds.find("bad-value"));
  CHECK(bounds.find("bad-value")->message == "scale bounds should be whole numbers from -1000000000 to 1000000000");
  // Past an int, a cast would give nonsense ("max (-2147483648)"): refused instead.
  Read huge("jmap: 1\ntitle: T\nscale: {min: 1, max: 3000000000, labels: {1e300: huge}}\nstages: []\n");
  REQUIRE(huge.find("bad-value"));
  CHECK(huge.find("bad-value")->message == "scale bounds should be whole numbers from -1000000000 to 1000000000");
  bool label_refused = false;
  for (const Diagnostic& found : huge.diagnostics.items()) label_refused |= found.message.find("found '1e300'") != std::string::npos;
  CHECK(label_refused);
}

TEST_CASE("a file of personas and touchpoints only is a catalogue") {
  Read r("personas:\n  - {id: p, name: P}\ntouchpoints:\n  - {id: web, name: Web}\n");
  CHECK(r.diagnostics.empty());
  CHECK(r.journey.catalogue);
  CHECK(r.journey.personas.size() == 1);
  CHECK(r.journey.touchpoints.size() == 1);
}

TEST_CASE("read_catalogue reads an imported file") {
  SourceSet sources;
  Diagnostics diagnostics;
  const SourceFile& file =
      sources.add("cat.yaml", "jmap: 1\nimports: [more.yaml]\npersonas:\n  - {id: p, name: P}\n");
  auto root = yaml::parse(file, {}, diagnostics);
  REQUIRE(root);
  Catalogue catalogue = read_catalogue(*root, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(catalogue.personas.size() == 1);
  CHECK(catalogue.personas[0].id.value == "p");
  REQUIRE(catalogue.imports.size() == 1);
  CHECK(catalogue.imports[0].value == "more.yaml");
}

TEST_CASE("an empty journey file is an error at 1:1") {
  Loaded l("");
  REQUIRE(l.diagnostics.has_errors());
  const Diagnostic& d = l.diagnostics.items().front();
  CHECK(at(d.span.begin) == "1:1");
  CHECK(d.rule == "wrong-type");
  CHECK(contains(d.message, "found nothing"));
}

}  // TEST_SUITE
