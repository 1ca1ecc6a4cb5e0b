// What changed between two versions of a journey (`jmap diff`, `build --compare`):
// plain values computed from two validated journeys, read by the writers and the views.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "jmap/model.hpp"

namespace jmap {

enum class ChangeKind { added, removed, moved, renamed, changed };

enum class ChangeItem { journey, persona, touchpoint, stage, step, emotion, pain, opportunity, kpi, funnel };

// One change. Items are matched by id; one written without an id is matched by its name
// (a pain or an opportunity by its text), and `by_name` says so.
struct Change {
  ChangeKind kind = ChangeKind::changed;
  ChangeItem item = ChangeItem::journey;
  std::string id;       // the item's id, or its name when it has none
  std::string name;     // what a reader calls it: a name, or a pain's text
  std::string stage;    // where: the stage's id (NEW's; OLD's for what is gone), "" = the journey
  std::string step;     // the step's id, "" = the stage itself
  std::string field;    // what changed: name, position, stage, title, state, severity, target,
                        // actual, status, addresses, reached, emotion
  std::string persona;  // an emotion's persona, "" = everyone
  std::string old_text, new_text;  // the values, as text ("" = none)
  std::optional<double> delta;     // new - old, for numbers (emotion, KPI, reached)
  Span old_span, new_span;         // where in each file; unknown for the side it is missing from
  bool by_name = false;
};

struct JourneyDiff {
  std::string old_name, new_name;  // the files as given (`REV:path` for git)
  std::vector<Change> changes;     // the journey's own, then each stage in NEW's order, then removed stages
  std::map<std::string, std::string> stage_names;  // stage id -> name: NEW's, else OLD's
};

JourneyDiff diff_journeys(const Journey& old_journey, const Journey& new_journey);

// "added", "removed", ...; "stage", "step", ... as the JSON and the docs spell them.
std::string_view change_kind_name(ChangeKind kind);
std::string_view change_item_name(ChangeItem item);

// How a change reads in plain words, unescaped (each output escapes for its language):
// the verb ("added", "resolved"...), the subject (`step compare "Compare models"`) and
// the detail (`2 (unhappy) -> 4 (happy), +2`, maybe ""); the heading of a stage's group,
// and the counts ("3 added, 1 removed, 4 changed"). The HTML page's changes read the same.
std::string change_verb(const Change& change);
std::string change_subject(const Change& change);
std::string change_detail(const Change& change);
std::string change_stage_heading(const JourneyDiff& diff, const std::string& stage);
std::string change_summary(const JourneyDiff& diff);

// The writers of `jmap diff -f human|markdown|json`; deterministic.
std::string diff_human(const JourneyDiff& diff, bool color);
std::string diff_markdown(const JourneyDiff& diff);
std::string diff_json(const JourneyDiff& diff);

}  // namespace jmap
