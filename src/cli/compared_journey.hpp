// One side of a comparison (`jmap diff OLD NEW`, `build --compare OLD`): a file or
// `REV:path`, loaded and validated as build does, its findings printed.
#pragma once

#include <optional>
#include <string>

#include "commands.hpp"
#include "jmap/model.hpp"

namespace jmap::cli {

// nullopt when the journey has errors (printed to stderr, with a "not compared" line).
// Throws UsageError when it cannot be read or is a catalogue.
std::optional<Journey> load_compared(const std::string& argument, const CommonOptions& options, SourceSet& sources);

}  // namespace jmap::cli
