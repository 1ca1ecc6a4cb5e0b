// Stage 2, validate: the rules of the language that need the whole journey
// (ids, references, scale, KPIs, completeness). Collects; never stops early.
#pragma once

#include "jmap/diagnostic.hpp"
#include "jmap/model.hpp"

namespace jmap {

void validate(const Journey& journey, Diagnostics& diagnostics);

}  // namespace jmap
