// Stage 2, validate: the rules of the language that need the whole journey
// (ids, references, scale, KPIs, completeness). Collects; never stops early.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "jmap/diagnostic.hpp"
#include "jmap/model.hpp"

namespace jmap {

// What a project's .jmap.yaml changes in validation.
struct ValidateOptions {
  std::vector<std::string> statuses;  // `statuses:`; empty: draft, in-review, validated, archived
  // The rules off by default that the project turned on (`rules: {stale-journey: warning}`).
  std::set<std::string, std::less<>> enabled;
  long stale_after_days = 180;
  std::optional<long> today;  // days since 1970-01-01: what stale-journey measures from
};

// The statuses a journey may have when the project names none.
const std::vector<std::string>& default_statuses();

void validate(const Journey& journey, Diagnostics& diagnostics);
void validate(const Journey& journey, const ValidateOptions& options, Diagnostics& diagnostics);

}  // namespace jmap
