// The rule table. Add a rule here, report it by id, and document it in man/jmap.1.
#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

#include "jmap/rules.hpp"

namespace jmap {
namespace {

using enum Severity;

constexpr std::array k_rules{
    // Reading the file
    Rule{"syntax", error, "The file is not well-formed YAML."},
    Rule{"duplicate-key", error, "A mapping names the same key twice."},
    Rule{"too-large", error, "The file, or what its aliases expand to, exceeds a size limit."},
    Rule{"too-deep", error, "The YAML nests deeper than the loader allows."},
    // Shape of the document
    Rule{"unknown-key", error, "A key that the format does not define (a typo, most often)."},
    Rule{"wrong-type", error, "A value of the wrong kind: a list where text belongs, and so on."},
    Rule{"missing-required", error, "A required key is absent."},
    Rule{"unsupported-version", error, "The `jmap:` format version is not one this jmap reads."},
    Rule{"bad-value", error, "A value outside its allowed set (state, channel, kind, severity, scale)."},
    Rule{"bad-id", error, "An id uses characters other than lowercase letters, digits, '-' and '_'."},
    Rule{"duplicate-id", error, "Two things of one kind share an id."},
    Rule{"unknown-reference", error, "A reference names an id that does not exist."},
    Rule{"emotion-out-of-scale", error, "An emotion value lies off the scale or is not one of its labels."},
    Rule{"bad-kpi", error, "A KPI's target or actual is not a number, or `better` is not higher/lower."},
    // Imports
    Rule{"import-outside-root", error, "An import is absolute or climbs above the project root."},
    Rule{"import-cycle", error, "Imports form a cycle."},
    Rule{"import-missing", error, "An imported file does not exist or cannot be read."},
    // Completeness
    Rule{"stage-without-objective", warning, "A stage has no objective."},
    Rule{"stage-without-touchpoints", warning, "No step of a stage names a touchpoint."},
    Rule{"kpi-without-target", warning, "A KPI has no target, so it cannot be met or missed."},
    Rule{"unused-persona", warning, "A persona defined in the file is used by no step."},
    Rule{"unused-touchpoint", warning, "A touchpoint defined in the file is used by no step."},
    Rule{"empty-stage", warning, "A stage has no steps."},
    // Observations
    Rule{"pain-without-opportunity", info, "A pain point that no opportunity addresses."},
    Rule{"kpi-missed", info, "A KPI's actual value misses its target."},
};

}  // namespace

std::span<const Rule> all_rules() { return k_rules; }

const Rule* find_rule(std::string_view id) {
  auto found = std::find_if(k_rules.begin(), k_rules.end(), [&](const Rule& r) { return r.id == id; });
  return found == k_rules.end() ? nullptr : &*found;
}

const Rule& rule(std::string_view id) {
  if (const Rule* found = find_rule(id)) return *found;
  throw std::logic_error("jmap: internal error: no rule '" + std::string(id) + "'");
}

}  // namespace jmap
