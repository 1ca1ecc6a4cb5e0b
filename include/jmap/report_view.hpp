// The report view: the whole journey, render-ready, for the outputs that show all of it
// (the HTML page; later Markdown, JSON, slides). Plain structs of formatted text, no
// template-library types and no model: a renderer turns it into its own language and
// never derives a number, a level or a word itself.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "jmap/model.hpp"
#include "jmap/view.hpp"

namespace jmap {

struct ReportViewOptions {
  std::string persona;            // set when the journey was filtered to one persona
  std::string theme = "default";  // the pictures' theme; with "default" the dark ones come too
  // `build --compare OLD`: the old state (it outlives the rendering) and its name as given.
  const Journey* compare = nullptr;
  std::string compare_name;
};

using OptionalText = std::optional<std::string>;  // absent: the journey does not say

// A link inside the page: what it reads and the id it leads to.
struct ReportLink {
  std::string text, anchor;
};

// "1 stage", "7 pain points": a count and the sentence piece that agrees with it.
struct ReportCount {
  std::size_t value = 0;
  std::string text;  // "7 pain points"
  std::string word;  // "pain points"
};

// Another journey file: its title (or its path when it does not load) and the page
// built from it, `x.yaml` -> `x.html` in the same folder, relative to this page.
struct ReportJourneyLink {
  std::string path, title, href;
  OptionalText note;
  bool found = false;  // the file loads as a journey
};

struct ReportScope {
  OptionalText product, goal, team, value_proposition;
};

struct ReportHeader {
  std::string generator;  // "jmap 0.1.0"
  std::string title;
  OptionalText description;
  bool future = false;
  std::string state, state_label;  // "current", "Current state"
  struct Persona {
    std::string id, name;
  };
  std::optional<Persona> for_persona;  // when built with --persona
  OptionalText stages_shown;  // --stages: "Stages 4–6 of 8: Checkout to Delivery"
  std::optional<ReportScope> scope;
  // Who keeps the journey and how far it has come: the line under the title.
  OptionalText owner, status, status_label, updated;  // "in-review", "In review"
  std::vector<std::string> tags;
  OptionalText meta;  // the same as one line: "Owner: Growth · Validated · Updated 2026-10-14 · checkout"
};

struct ReportPersona {
  std::string id, name;
  OptionalText description;
  std::vector<std::string> goals, frustrations;
  std::size_t colour = 0;  // 0-5: the persona's curve colour in the page's palette
};

struct ReportTouchpoint {
  std::string id, name, kind;  // kind: digital, physical or human
  OptionalText channel, owner;
};

// Research: a quote is drawn in quote marks; a finding or metric as a plain fact.
struct ReportEvidence {
  std::string kind;  // quote, finding or metric
  bool quoted = true;
  std::string text;
  OptionalText source, date;
  OptionalText cite;  // "Interview P7, 2026-03-12"
};

struct ReportPersonaEmotion {
  std::string persona;  // the persona's name
  std::string value;    // "2", "3.5"
  OptionalText label;   // the scale's word
  std::string text;     // "2 · unhappy"
  int level = 3;        // 1 (worst) to 5 (best)
};

// A step's emotion: one value, or the mean of the personas' with their spread.
struct ReportEmotion {
  std::string value;
  OptionalText label;
  std::string text;    // "2 · unhappy", or "2 · unhappy (1–3)" when personas differ
  OptionalText spread; // "1–3"
  int level = 3;
  std::vector<ReportPersonaEmotion> by_persona;  // when the step gives a value per persona
};

struct ReportPainRef {
  std::string number, anchor;  // "P1", "pain-1"
  std::string href;            // "#pain-1", or "today.html#pain-wait" for a pain of another journey
  OptionalText text, journey;  // a pain of another journey: its text and that journey's title
};

// An opportunity of a related journey that addresses this pain.
struct ReportCrossLink {
  std::string text, journey, href;  // the opportunity, its journey's title, that journey's page
};

struct ReportPain {
  std::string number, anchor;  // "P1", "pain-1": the whole journey's numbering
  OptionalText id;
  std::string text, severity, stage;
  OptionalText step, step_id;  // absent for a stage-level pain
  std::vector<ReportEvidence> evidence;
  std::vector<ReportLink> addressed_by;
  std::vector<ReportCrossLink> addressed_elsewhere;  // by related journeys' opportunities
  OptionalText id_anchor;  // "pain-wait": what another journey's page links to
};

struct ReportOpportunity {
  std::string anchor;  // "opportunity-1"
  OptionalText id;
  std::string text, stage;
  OptionalText step, step_id;
  std::vector<ReportPainRef> addresses;
};

// A dated value from --data, formatted: "2026-03-31", "88.5%".
struct ReportSample {
  std::string date, value;
};

// A KPI's trend over its --data history (two values or more): a sparkline in a
// 120 × 28 box (SVG user units) and which way the latest value moved.
struct ReportTrend {
  std::string points, last_x, last_y;  // the polyline, and the latest value's dot
  OptionalText target_y;               // the target's dashed line
  std::string arrow;                   // "▲" rose, "▼" fell, "→" unchanged
  std::string direction;               // "improving", "worsening", "steady" (by `better`)
  std::string previous;                // the value before the latest: "86.2%"
  std::string first_date, latest_date;
  std::string text;                    // "▲ improving since 86.2% · 2026-01-31 – 2026-06-30"
  std::string label;                   // every value, for a screen reader
};

struct ReportKpi {
  std::string id, name;
  OptionalText target, actual, unit, source;  // target and actual with their unit
  std::string better, comparison;             // "higher", "≥"
  std::string status, status_label;           // "met", "Met" / "missed" / "unknown", "No data"
  OptionalText figures;                       // "Actual 88.5% · Target ≥ 95%"
  std::vector<ReportSample> history;          // from --data, oldest first
  OptionalText as_of;                         // the latest date, when the actual is from --data
  std::optional<ReportTrend> trend;           // with two dated values or more
};

struct ReportStep {
  std::string id, name, anchor;
  OptionalText does, thinks, duration;
  bool fail_point = false;
  std::vector<std::string> personas;  // names; empty: everyone
  std::vector<ReportTouchpoint> touchpoints;
  std::optional<ReportEmotion> emotion;
  std::vector<ReportEvidence> evidence;
  std::vector<std::string> frontstage, backstage, support;
  std::vector<ReportLink> next;
  OptionalText next_label;  // "Next" for one target, "Branches" for more
  std::vector<ReportPain> pains;
  std::vector<ReportOpportunity> opportunities;
  std::optional<ReportJourneyLink> opens;  // `journey:`: the sub-journey this step opens
};

struct ReportMixSegment {
  std::string kind, count, x, width;  // x and width in percent of the bar
};

struct ReportMix {
  std::size_t digital = 0, physical = 0, human = 0, total = 0;
  std::string digital_share, physical_share, human_share;  // "50%"
  std::vector<ReportMixSegment> segments;
};

struct ReportStage {
  std::string id, name, number, anchor;
  OptionalText objective;
  std::vector<std::string> motivations, questions, hurdles;
  OptionalText reached;  // "48,000"
  std::vector<ReportSample> reached_history;  // from --data, oldest first: "2026-03-31", "48,000"
  std::size_t columns = 1;  // step columns, at least 1
  std::vector<ReportStep> steps;
  std::vector<ReportPain> pains;                  // the steps', then the stage's own
  std::vector<ReportOpportunity> opportunities;   // likewise
  std::vector<ReportPain> own_pains;              // the stage's own (they span the stage)
  std::vector<ReportOpportunity> own_opportunities;
  std::vector<ReportKpi> kpis;
  ReportMix mix;
};

struct ReportDot {
  std::string x, y, title;
};

// An emotion curve over the grid: x is 100 per step column (its centre at 50), y runs
// from 10 (the scale's best) to 90 (its worst).
struct ReportCurve {
  OptionalText persona;  // a name, or absent for the one curve of everyone
  std::size_t colour = 0;        // 0-5
  std::string pattern = "solid";  // solid, dashed, dotted: once the six colours repeat
  std::string points, path;       // through every point
  std::vector<std::string> segments;  // paths, broken over steps the persona does not take
  std::vector<ReportDot> dots;
};

struct ReportFunnelRow {
  std::string stage, anchor, reached, share, bar;
  OptionalText kept, drop;  // against the previous row; drop is negative when it grew
  OptionalText change;      // signed: "−80%", "+20%"
  bool grew = false;
};

struct ReportCatalogueEntry {
  ReportTouchpoint touchpoint;
  std::vector<ReportLink> steps;
  std::size_t uses = 0;
};

struct ReportKpiSummary {
  std::size_t met = 0, missed = 0, unknown = 0;
  std::string met_text;  // "1 KPI met", "3 KPIs met"
  std::string met_word;  // "KPI", "KPIs": agrees with met
  std::string text;      // "3 met · 1 missed · 2 without data"
};

// Which lanes of the map have anything, anywhere (an empty lane is left out, as on the map).
struct ReportLanes {
  bool objective = false, motivations = false, questions = false, touchpoints = false, thinks = false;
  bool emotion = false, evidence = false, hurdles = false;
  bool pains = false, stage_pains = false, opportunities = false, stage_opportunities = false, kpis = false;
  bool frontstage = false, backstage = false, support = false;
};

struct ReportScaleLabel {
  std::string value, label;
};

// A picture of the page, made on demand; empty when the page has no such picture.
using PagePicture = std::function<Picture()>;

// `build --compare OLD -o page.html`: what changed since OLD, in the words of `jmap diff`,
// grouped as it groups them, and the map with both states' curves.
struct ReportChange {
  std::string kind;  // "added", "removed", "moved", "renamed", "changed": a CSS class
  std::string verb, subject;
  OptionalText detail;  // absent when the change has none ("added step x")
};
struct ReportChangeGroup {
  std::string heading;  // `Stage contact "Contact"`, or "Journey"
  std::vector<ReportChange> changes;
};
struct ReportComparison {
  std::string old_name, summary;
  std::vector<ReportChangeGroup> groups;
  PagePicture map;
  PagePicture map_dark;  // with the default theme, for dark readers (as blueprint_dark); else empty
};

struct ReportView {
  ReportHeader header;
  std::string scale_min, scale_max;
  std::vector<ReportScaleLabel> scale_labels;
  std::vector<ReportPersona> personas;
  std::vector<ReportStage> stages;
  std::vector<ReportPain> pains;  // every pain, in reading order
  std::vector<ReportOpportunity> opportunities;
  std::vector<ReportCurve> curves;
  std::vector<ReportFunnelRow> funnel;
  std::vector<ReportCatalogueEntry> touchpoints;
  std::optional<ReportKpiSummary> kpi_summary;  // absent when no stage has KPIs
  ReportLanes lanes;
  std::vector<ReportJourneyLink> related;  // `related:`
  ReportCount stage_count, step_count, persona_count, pain_count, opportunity_count, kpi_count, touchpoint_count;
  std::size_t columns = 0;  // step columns of the map (a stage without steps counts one)
  bool wide_map = false;    // more columns than a printed page holds

  // The page's pictures, each made when the renderer draws it: at 5,000 steps one
  // picture's drawing outweighs the page's text, and four at once, with their SVGs, did
  // not fit the memory target. They read the journey, which outlives the rendering.
  PagePicture blueprint, flow;            // drawn in the chosen theme
  PagePicture blueprint_dark, flow_dark;  // with the default theme, for dark readers; else empty
  std::optional<ReportComparison> comparison;
};

ReportView make_report_view(const Journey& journey, const ReportViewOptions& options = {});

}  // namespace jmap
