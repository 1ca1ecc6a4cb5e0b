// The rule table: the one place that names every rule, with the texts that feed
// `jmap rules`, `jmap explain`, SARIF and docs/rules.md. Add a rule here and its constant in
// include/jmap/rules.hpp, then report it by that constant (jmap::rules::...).
#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

#include "jmap/rules.hpp"

namespace jmap {
namespace {

using enum Severity;

constexpr std::array k_rules{
    Rule{rules::syntax, error, "The file is not well-formed YAML.",
         "The YAML parser (libyaml) could not read the file: an unclosed quote, a tab used for indentation, a byte that is not UTF-8, a second document. Nothing after the error can be checked, so this finding comes alone.",
         "title: \"Online grocery\nstages: []",
         "title: \"Online grocery\"\nstages: []"},
    Rule{rules::duplicate_key, error, "A mapping names the same key twice.",
         "YAML keeps only one value per key, so one of the two values would be lost without a word. Both places are shown.",
         "title: First order\ntitle: Repeat order",
         "title: First order\ndescription: Repeat order"},
    Rule{rules::too_large, error, "The file, or what its aliases expand to, exceeds a size limit.",
         "Files over 16 MiB (--max-file-size), alias expansions over 100,000 nodes (--max-alias-nodes), files of more than 1,000,000 YAML nodes, copies kept for anchors included (--max-nodes), text values over 1 MiB (--max-string) and journeys importing more than 100 files (--max-imports) are refused, so that a hostile file (a 'billion laughs', anchors nested around a huge list) cannot exhaust memory or time in CI. Each limit can be raised with its option or in .jmap.yaml (limits: {max_nodes: N}); see LIMITS in jmap(1).",
         "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
         "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
         "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]  # 111,110 nodes",
         "personas: [{id: parent, name: Parent}]"},
    Rule{rules::too_deep, error, "The YAML nests deeper than the loader allows.",
         "A journey needs a handful of levels; more than 64 is refused so that a hostile file cannot exhaust the stack of a tool downstream. Raise it with --max-depth N or 'limits: {max_depth: N}' in .jmap.yaml.",
         "title: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
         "title: Online grocery"},
    Rule{rules::unknown_key, error, "A key that the format does not define (a typo, most often).",
         "Unknown keys are reported, not dropped, because a misspelt key (objectve) would silently lose its content from the map. The message suggests the nearest known key.",
         "stages:\n  - id: awareness\n    objectve: Customers discover the offer",
         "stages:\n  - id: awareness\n    objective: Customers discover the offer"},
    Rule{rules::wrong_type, error, "A value of the wrong kind: a list where text belongs, and so on.",
         "Each key takes one kind of value. A classic trap: in a flow list, text with ': ' becomes a mapping, so quote it.",
         "motivations: [Note: it is slow]",
         "motivations: [\"Note: it is slow\"]"},
    Rule{rules::missing_required, error, "A required key is absent or empty.",
         "jmap, title and stages are required in a journey; id and name in personas, touchpoints, stages, steps and KPIs; text in pains and opportunities; in evidence, one of quote, finding or metric. A required key must have a value: `title:` alone, `~` or blank text is reported at the key as empty.",
         "stages:\n  - id: awareness",
         "stages:\n  - id: awareness\n    name: Awareness"},
    Rule{rules::unsupported_version, error, "The `jmap:` format version is not one this jmap reads.",
         "The first line names the format version so that files stay readable as the format grows. This jmap reads version 1.",
         "jmap: 2",
         "jmap: 1"},
    Rule{rules::bad_value, error, "A value outside its allowed set (state, channel, kind, severity, scale, counts).",
         "Enumerations keep maps comparable across teams: state is current or future; channel one of web, app, email, sms, phone, chat, social, store, mail, in-person, other; kind digital, physical or human; severity low, medium or high; funnel counts are whole numbers; scale bounds and label keys are whole numbers within +-1,000,000,000. A piece of evidence is one quote, one finding or one metric, never two of them. An emotion given for a persona who does not take the step is a bad value too: the map would draw a point the step's personas contradict.",
         "touchpoints:\n  - {id: ad, name: Ad, channel: instagram}",
         "touchpoints:\n  - {id: ad, name: Ad, channel: social}"},
    Rule{rules::bad_id, error, "An id uses characters other than lowercase letters, digits, '-' and '_'.",
         "Ids are referenced from other places and become ids in the SVG; a restricted alphabet keeps them stable and safe.",
         "personas:\n  - {id: Busy Parent, name: Busy parent}",
         "personas:\n  - {id: busy-parent, name: Busy parent}"},
    Rule{rules::duplicate_id, error, "Two things of one kind share an id.",
         "Ids are unique within their kind (personas, touchpoints, stages, steps, pains, opportunities, KPIs) across the journey and its imports, or a reference would be ambiguous.",
         "steps:\n  - {id: pay, name: Pays}\n  - {id: pay, name: Pays again}",
         "steps:\n  - {id: pay, name: Pays}\n  - {id: pay-retry, name: Pays again}"},
    Rule{rules::unknown_reference, error, "A reference names an id that does not exist.",
         "personas, touchpoints, next and addresses name ids defined elsewhere; a typo would drop the link from the map. The message suggests the nearest id.",
         "touchpoints: [instagarm]",
         "touchpoints: [instagram]"},
    Rule{rules::emotion_out_of_scale, error, "An emotion value lies off the scale or is not one of its labels.",
         "Emotions are numbers on the journey's scale (1 to 5 unless the file says otherwise) or exactly one of the scale's labels.",
         "emotion: 7",
         "emotion: happy"},
    Rule{rules::bad_kpi, error, "A KPI's target or actual is not a number, or `better` is not higher/lower.",
         "A KPI is met or missed by comparing actual with target in the direction of better; that needs plain numbers. Put the unit under unit:.",
         "kpis:\n  - {id: ctr, name: CTR, target: \"2.5%\"}",
         "kpis:\n  - {id: ctr, name: CTR, unit: \"%\", target: 2.5}"},
    Rule{rules::import_outside_root, error, "An import is absolute or climbs above the project root.",
         "Imports stay inside the project root (the nearest folder with .jmap.yaml or .git, or --root), also through symbolic links, so that a map under review cannot pull other files of the machine into its output or messages.",
         "imports: [/etc/passwd]",
         "imports: [catalog/personas.yaml]"},
    Rule{rules::import_cycle, error, "Imports form a cycle.",
         "A file that imports itself, directly or through others, would never finish loading.",
         "# a.yaml\nimports: [b.yaml]\n# b.yaml\nimports: [a.yaml]",
         "# a.yaml\nimports: [b.yaml]\n# b.yaml: no imports"},
    Rule{rules::import_missing, error, "An imported file does not exist or cannot be read.",
         "Paths are relative to the importing file.",
         "imports: [catalog/persons.yaml]",
         "imports: [catalog/personas.yaml]"},
    Rule{rules::stage_without_objective, warning, "A stage has no objective.",
         "An objective says what the business wants customers to achieve in the stage; without one, KPIs and opportunities have nothing to serve.",
         "- id: checkout\n  name: Checkout",
         "- id: checkout\n  name: Checkout\n  objective: Customers pay without leaving the app"},
    Rule{rules::stage_without_touchpoints, warning, "No step of a stage names a touchpoint.",
         "Touchpoints are where customers meet the service; a stage without any cannot be acted on.",
         "steps:\n  - {id: pay, name: Pays}",
         "steps:\n  - {id: pay, name: Pays, touchpoints: [app]}"},
    Rule{rules::kpi_without_target, warning, "A KPI has no target, so it cannot be met or missed.",
         "Quantitative data shows where customers fall through the cracks only against a target.",
         "kpis:\n  - {id: csat, name: CSAT, actual: 4.1}",
         "kpis:\n  - {id: csat, name: CSAT, target: 4.3, actual: 4.1}"},
    Rule{rules::unused_persona, warning, "A persona defined in the file is used by no step.",
         "A step without personas: involves every persona, so this fires only when every step lists its personas and none lists this one. Imported personas are not checked.",
         "personas: [{id: student, name: Student}]\n# no step names student",
         "steps:\n  - {id: look, name: Looks, personas: [student]}"},
    Rule{rules::unused_touchpoint, warning, "A touchpoint defined in the file is used by no step.",
         "A touchpoint no step uses does not appear on the map. Imported touchpoints are not checked.",
         "touchpoints: [{id: sms, name: SMS}]\n# no step names sms",
         "steps:\n  - {id: code, name: Gets a code, touchpoints: [sms]}"},
    Rule{rules::empty_stage, warning, "A stage has no steps.",
         "A stage is a group of customer steps; an empty one draws an empty column.",
         "- id: loyalty\n  name: Loyalty",
         "- id: loyalty\n  name: Loyalty\n  steps: [{id: reorder, name: Reorders}]"},
    Rule{rules::unused_suppression, warning, "A jmap-disable comment suppresses nothing, or names no rule.",
         "Stale suppressions hide future findings; remove the comment once the finding is gone.",
         "# jmap-disable-next-line empty-stage\n- id: visit\n  steps: [{id: look, name: Looks}]",
         "- id: visit\n  steps: [{id: look, name: Looks}]"},
    Rule{rules::bad_config, error, "The .jmap.yaml configuration file is invalid.",
         "A configuration names rules by id and severities as error, warning, info or off; a typo would silently change what CI checks.",
         "rules:\n  empty-stage: of",
         "rules:\n  empty-stage: off"},
    Rule{rules::pain_without_opportunity, info, "A pain point that no opportunity addresses.",
         "Pain points are worth mapping because they lead to opportunities. A pain with an id is addressed by an opportunity that names it under addresses; a pain without an id by an opportunity beside it.",
         "pains: [{id: slow-sms, text: The code is slow}]",
         "pains: [{id: slow-sms, text: The code is slow}]\nopportunities: [{text: Sign in with a passkey, addresses: [slow-sms]}]"},
    Rule{rules::kpi_missed, info, "A KPI's actual value misses its target.",
         "Shown so that the map's readers see where the journey underperforms; not a problem with the file.",
         "{id: csat, name: CSAT, target: 4.3, actual: 4.1}",
         "{id: csat, name: CSAT, target: 4.3, actual: 4.5}"},
    Rule{rules::comment_in_text, warning, "A text is cut short where ' #' starts a YAML comment.",
         "In unquoted text, a '#' after a space starts a comment, so `thinks: Page #3 again? #fail` reads as \"Page\". Reported when a text is followed by one space and a '#' glued to a word; a real comment after two spaces (`name: Pays  # why`) is not. Quote the text to keep it whole.",
         "thinks: Page #3 again? #fail",
         "thinks: \"Page #3 again? #fail\""},
    Rule{rules::funnel_grows, info, "A stage reaches more customers than the stage before it.",
         "`reached` counts the customers who get to each stage, so a funnel can only keep or lose customers from one stage to the next. More customers in a later stage usually means the stages count different things (visits and people) or are out of order.",
         "- {id: visit, name: Visit, reached: 1000}\n- {id: buy, name: Buy, reached: 1200}",
         "- {id: visit, name: Visit, reached: 1000}\n- {id: buy, name: Buy, reached: 120}"},
    Rule{rules::mermaid, error, "`jmap import mermaid` cannot read a Mermaid journey, or reads it with a loss.",
         "An error stops the import and nothing is written: a diagram that is not a `journey`, a score that is not a whole number from 1 to 5, a task before any section, no section at all, a ';', text that is not UTF-8. A warning names what the journey file cannot keep: a directive, front matter other than the title, text after a task's actors, an accessible title other than the title, a missing title, a section without tasks.",
         "journey\n  title Make tea\n  section Morning\n    Boil water: 7: Me",
         "journey\n  title Make tea\n  section Morning\n    Boil water: 5: Me",
         "mermaid"},
    Rule{rules::jmap_block, error, "A `jmap` code block of a Markdown page cannot be drawn by `jmap md`.",
         "`jmap md` draws each `jmap` code block of a page (a journey in YAML, or one `file: PATH` line relative to the page) and writes nothing if one fails: a block never closed, a `file:` that names no file, a block holding only personas and touchpoints. Findings in the journey itself are reported under their own rules at their line in the page.",
         "# Tea\n\n```jmap\njmap: 1\ntitle: Make tea\nstages: [{id: boil, name: Boil, steps: [{id: fill, name: Fills the kettle}]}]",
         "# Tea\n\n```jmap\njmap: 1\ntitle: Make tea\nstages: [{id: boil, name: Boil, steps: [{id: fill, name: Fills the kettle}]}]\n```",
         "markdown"},
    Rule{rules::bad_data, error, "A `--data` file (CSV or JSON) cannot be read as dated KPI values.",
         "`jmap build --data` and `jmap lint --data` read dated values for the journey's KPIs and funnel: a CSV file whose header names the columns id, date and value (in any order; other columns are an error, so a misspelt one is caught), or a JSON array of {\"id\", \"date\", \"value\"} objects. Each of these is an error at its place in the data file, and the build writes nothing: a missing or unknown column, a row with too many or too few fields, a quote never closed, an empty id, a date that is not YYYY-MM-DD or no real day (2026-02-30), a value that is not a plain number (no digit grouping, no unit), two values for one id on one date, a stage's count that is not a whole number, 0 or more.",
         "id,date,value\nconversion,2026-02-30,3.1",
         "id,date,value\nconversion,2026-02-28,3.1",
         "csv"},
    Rule{rules::unknown_data_id, error, "A `--data` row names no KPI and no stage of the journey.",
         "A data row's id is the id of a KPI (its value is the KPI's actual on that date) or of a stage (the customers who reached it). An id that is neither is usually a typo or a KPI renamed in the journey; the value would otherwise be silently lost. Reported once per id, at its first row, with the nearest id.",
         "id,date,value\nconversoin,2026-01-31,3.1",
         "id,date,value\nconversion,2026-01-31,3.1",
         "csv"},
    Rule{rules::pain_without_evidence, warning, "A pain point without evidence (off by default).",
         "A governance rule, for a repository whose pains must rest on research: every pain has at least one quote, finding or metric under evidence. Turn it on in .jmap.yaml with rules: {pain-without-evidence: warning}.",
         "pains: [{id: slow-sms, text: The code is slow}]",
         "pains:\n  - id: slow-sms\n    text: The code is slow\n    evidence: [{finding: 1 in 5 codes takes a minute, source: SMS logs}]",
         "yaml", false},
    Rule{rules::stale_journey, warning, "A journey not updated for too long, or without an updated date (off by default).",
         "A governance rule: a map nobody has checked for months misleads. The journey's updated date must be at most stale_after_days days old (180 unless .jmap.yaml says otherwise). Today is SOURCE_DATE_EPOCH when it is set (a reproducible build's date), else the clock. Turn it on with rules: {stale-journey: warning}.",
         "updated: 2020-01-15",
         "updated: 2026-11-20",
         "yaml", false},
    Rule{rules::kpi_without_source, warning, "A KPI without a source (off by default).",
         "A governance rule: a figure is trusted when its reader can find where it comes from. Every KPI names its source (a dashboard, a survey). Turn it on with rules: {kpi-without-source: warning}.",
         "kpis:\n  - {id: csat, name: CSAT, target: 4.3}",
         "kpis:\n  - {id: csat, name: CSAT, target: 4.3, source: Support survey}",
         "yaml", false},
    Rule{rules::persona_without_goal, warning, "A persona without goals (off by default).",
         "A governance rule: a persona is a person with something to get done; without goals the map cannot say whether the journey serves them. Imported personas are checked in their catalogue's own journeys. Turn it on with rules: {persona-without-goal: warning}.",
         "personas: [{id: p, name: Shopper}]",
         "personas: [{id: p, name: Shopper, goals: [Groceries delivered tonight]}]",
         "yaml", false},
};

constexpr bool ids_are_unique() {
  for (std::size_t i = 0; i < k_rules.size(); ++i)
    for (std::size_t j = i + 1; j < k_rules.size(); ++j)
      if (k_rules[i].id == k_rules[j].id) return false;
  return true;
}
static_assert(ids_are_unique(), "two rules in the table share an id");

}  // namespace

std::span<const Rule> all_rules() { return k_rules; }

const Rule* find_rule(std::string_view id) {
  auto found = std::find_if(k_rules.begin(), k_rules.end(), [&](const Rule& r) { return r.id.name() == id; });
  return found == k_rules.end() ? nullptr : &*found;
}

std::vector<std::string> rule_ids() {
  std::vector<std::string> ids;
  for (const Rule& rule : k_rules) ids.emplace_back(rule.id.name());
  return ids;
}

const Rule& rule(RuleId id) {
  if (const Rule* found = find_rule(id.name())) return *found;
  throw std::logic_error("jmap: internal error: no rule '" + std::string(id.name()) + "'");
}

}  // namespace jmap
