// `--stages FIRST..LAST`: which stages of a journey to show.
#pragma once

#include <string>

#include "jmap/model.hpp"

namespace jmap::cli {

// The journey cut to the stages a `--stages` spec names: "FIRST..LAST", "FIRST..",
// "..LAST" or one stage, each a stage id or a 1-based number. Throws UsageError for an
// unknown stage (with did-you-mean), a number out of range or FIRST after LAST.
Journey for_stages(const Journey& journey, const std::string& spec);

}  // namespace jmap::cli
