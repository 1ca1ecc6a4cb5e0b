// The journey model: what a journey file says, typed, with the source span of every value.
// Built by the loader, checked by the validator, read by the views. No YAML types here.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "jmap/source.hpp"

namespace jmap {

// A value and where it was written. `present` is false when the key was absent, or
// when its value was reported as unreadable: then `span` still points at what was written.
template <class T>
struct Located {
  T value{};
  Span span{};
  bool present = false;
};

using Text = Located<std::string>;
using Number = Located<double>;
using TextList = std::vector<Text>;

struct Scope {
  Text product, goal, team, value_proposition;
};

struct Scale {
  Number min, max;                   // defaults 1 and 5
  std::map<int, Text> labels;        // value -> label
  Span span;

  int low() const { return min.present ? static_cast<int>(min.value) : 1; }
  int high() const { return max.present ? static_cast<int>(max.value) : 5; }
  // The label of a value on the scale, or empty.
  std::string label_of(int value) const;
};

struct Persona {
  Text id, name, description;
  TextList goals, frustrations;
  Span span;
  bool imported = false;  // defined in an imported catalogue
};

struct Touchpoint {
  Text id, name, channel, kind, owner;
  Span span;
  bool imported = false;
};

// Research behind a step or a pain. A quote is what a customer said (drawn in quote
// marks); a finding or a metric is a fact from research or analytics, drawn plainly.
enum class EvidenceKind { quote, finding, metric };

struct Evidence {
  EvidenceKind kind = EvidenceKind::quote;
  Text text, source, date;
  Span span;
};

// "quote", "finding" or "metric": the key it is written with.
std::string_view evidence_kind_name(EvidenceKind kind);

struct Pain {
  Text id, text, severity;  // severity: low | medium | high, default medium
  std::vector<Evidence> evidence;
  Span span;
  // P1, P2...: the pain's place in the whole journey's reading order (number_pains),
  // kept by journey_for_persona so that a pain has the same number in every view.
  int number = 0;
};

struct Opportunity {
  Text id, text;
  TextList addresses;  // pain ids: `ID` in this file, `PATH#ID` in another journey
  Span span;
};

// One emotion value as written: a number or a scale label, for one persona or all.
struct EmotionValue {
  Text persona;  // absent: applies to every persona of the step
  Text raw;      // the scalar as written
  std::optional<double> number;  // set when raw is numeric
  Span span;
};

struct Step {
  Text id, name, does, thinks, duration;
  TextList personas, touchpoints, next;
  std::vector<EmotionValue> emotion;  // empty, one value, or one per persona
  bool emotion_per_persona = false;
  std::vector<Evidence> evidence;
  std::vector<Pain> pains;
  std::vector<Opportunity> opportunities;
  TextList frontstage, backstage, support;
  Located<bool> fail_point;
  Text journey;  // `journey: PATH`: the sub-journey this step opens
  Span span;
};

// A dated value from a data file (`--data`, jmap/kpi_data.hpp): a KPI's actual or a
// stage's reached count on that day.
struct KpiSample {
  std::string date;  // YYYY-MM-DD
  double value = 0;
  Span span;  // the value in the data file
};

struct Kpi {
  Text id, name, unit, better, source;  // better: higher (default) | lower
  Number target, actual;
  std::vector<KpiSample> history;  // from --data, oldest first; the latest is `actual`
  Span span;
};

enum class KpiStatus { unknown, met, missed };
KpiStatus kpi_status(const Kpi& kpi);

struct Stage {
  Text id, name, objective;
  TextList motivations, questions, hurdles;
  std::vector<Pain> pains;
  std::vector<Opportunity> opportunities;
  Number reached;
  std::vector<KpiSample> reached_history;  // from --data, oldest first; the latest is `reached`
  std::vector<Step> steps;
  std::vector<Kpi> kpis;
  Span span;
};

// `--stages FIRST..LAST`: the stages a journey_for_stages copy keeps, and what the views
// still need of the whole journey (stage numbers, the funnel's reached counts).
struct StageRange {
  std::size_t first = 0, last = 0;  // 0-based, inclusive, in the whole journey
  std::size_t total = 0;            // stages of the whole journey
  std::vector<Number> reached;      // every stage's reached count, whole journey
  std::vector<std::string> names;   // every stage's name, whole journey
  // The steps just outside the part (a page of --page): the emotion curve runs on toward them.
  std::optional<Step> before, after;
};

// `related:` item: a path (relative to the file), or {journey: PATH, note: TEXT}.
struct RelatedJourney {
  Text journey, note;
  Span span;
};

// What this journey needs of another journey file it names (a related journey, a step's
// sub-journey, an address PATH#ID): read once by the loader, without that file's own
// references, so validate and the views need no I/O. Plain text: no spans into that file.
struct LinkedPain {
  std::string id, text;
  int number = 0;
};
// An opportunity of the linked file that addresses a pain of this one (PATH#ID back here).
struct LinkedAddress {
  std::string pain_id, opportunity_id, opportunity_text;
};
enum class LinkState { ok, missing, unreadable, not_journey, outside_root, self, too_many };
struct LinkedJourney {
  std::string path;   // as the referring file writes it, normalised ("today.yaml")
  std::string shown;  // as findings name it (relative to the working directory)
  LinkState state = LinkState::missing;
  std::string problem;     // why it is not ok, for the finding
  std::string suggestion;  // missing: the nearest journey file in that folder, written as `path` is
  std::string title, status;
  std::vector<LinkedPain> pains;            // those with an id, in reading order
  std::vector<LinkedAddress> addresses_here;
};

struct Journey {
  const SourceFile* file = nullptr;
  bool catalogue = false;  // a file of shared personas/touchpoints only: no title, no stages
  Number version;
  Text title, description, state;  // state: current (default) | future
  // Who keeps the journey and how far it has come: what a repository's index shows.
  Text owner, status, updated;  // status: draft | in-review | validated | archived; updated: YYYY-MM-DD
  TextList tags;
  std::vector<RelatedJourney> related;
  // Every other journey file the journey names, by `link_key` of the path as written.
  std::map<std::string, std::shared_ptr<const LinkedJourney>, std::less<>> links;
  Scope scope;
  Scale scale;
  TextList imports;
  std::vector<Persona> personas;        // the file's own, then imported ones
  std::vector<Touchpoint> touchpoints;  // likewise
  std::vector<Stage> stages;
  std::optional<StageRange> shown;  // set by journey_for_stages: a part of the journey
  Span span;
};

// Calls f for every opportunity of the journey: each stage's own, then its steps'.
template <class F>
void for_each_opportunity(const Journey& journey, F f) {
  for (const Stage& stage : journey.stages) {
    for (const Opportunity& opportunity : stage.opportunities) f(opportunity);
    for (const Step& step : stage.steps)
      for (const Opportunity& opportunity : step.opportunities) f(opportunity);
  }
}

// Numbers the pains 1, 2... in reading order: each stage's steps' pains, then the
// stage's own. The loader calls it; every view shows these numbers.
void number_pains(Journey& journey);

// The number of every pain that has an id, by id: what an opportunity's `addresses`
// names (P1, P2...). The one index every view uses.
std::map<std::string, int> pain_numbers_by_id(const Journey& journey);

// An address `PATH#ID` split at its last '#': path empty for a pain of the same file.
struct PainAddress {
  std::string_view path, id;
};
PainAddress split_address(std::string_view address);

// The key of a written path in Journey::links: lexically normal, '/' separated.
std::string link_key(std::string_view written);

// The linked journey a written path names, or null (not loaded: e.g. no such reference).
const LinkedJourney* find_link(const Journey& journey, std::string_view written);

// The emotion value on the scale: a number as written, or the value of a label.
std::optional<double> resolve_emotion(const Scale& scale, const EmotionValue& value);

const Persona* find_persona(const Journey& journey, std::string_view id);
const Touchpoint* find_touchpoint(const Journey& journey, std::string_view id);
// digital, physical or human: the format's default is digital.
const std::string& touchpoint_kind(const Touchpoint& touchpoint);

// A step's emotion for a persona ("" = the step's one value for everyone): the value
// written for that persona, else a value for everyone if the persona takes the step.
std::optional<double> emotion_for(const Scale& scale, const Step& step, std::string_view persona);

// Whether a step is taken by a persona (a step without `personas` is everyone's).
bool step_has_persona(const Step& step, std::string_view persona);

// The journey as one persona lives it: only that persona, its steps and its emotion
// values. The id must name a persona of the journey.
Journey journey_for_persona(const Journey& journey, std::string_view persona);

// The journey cut to stages first..last (0-based, inclusive, first <= last < size):
// `shown` keeps the whole journey's numbers and funnel for the views.
Journey journey_for_stages(const Journey& journey, std::size_t first, std::size_t last);
// Steps first..last (0-based, inclusive) of one stage: a stage too wide for a page. After
// its first part the stage is named "NAME (continued)" and leaves its own pains,
// opportunities and KPIs to the first part.
Journey journey_for_steps(const Journey& journey, std::size_t stage, std::size_t first, std::size_t last);

// A stage's number in the whole journey, 1-based ("Stage 4" stays 4 in a range).
std::size_t stage_number(const Journey& journey, std::size_t index);

// Every stage's reached count and name in the whole journey, in order: what funnel
// shares refer to.
std::vector<Number> whole_journey_reached(const Journey& journey);
std::vector<std::string> whole_journey_stage_names(const Journey& journey);

// "Stages 4–6 of 8: Checkout to Delivery", or "" for the whole journey.
std::string shown_stages_text(const Journey& journey);

}  // namespace jmap
