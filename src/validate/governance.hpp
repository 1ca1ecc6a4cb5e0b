// The governance rules (off by default). Private to src/validate.
#pragma once

#include "jmap/diagnostic.hpp"
#include "jmap/model.hpp"
#include "jmap/validate.hpp"

namespace jmap {

// Runs the rules of `options.enabled` among pain-without-evidence, stale-journey,
// kpi-without-source and persona-without-goal.
void check_governance(const Journey& journey, const ValidateOptions& options, Diagnostics& diagnostics);

}  // namespace jmap
