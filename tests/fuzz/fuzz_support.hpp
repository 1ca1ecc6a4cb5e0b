// What every fuzz target shares: turning the fuzzer's bytes into a journey the way
// `jmap lint` and `jmap build` do (load -> validate), without touching the disk.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "jmap/diagnostic.hpp"
#include "jmap/load.hpp"
#include "jmap/model.hpp"
#include "jmap/validate.hpp"

namespace jmap::fuzz {

// The limits a fuzzer run needs: small enough that one input cannot take seconds
// (libFuzzer reports a slow input as a timeout, not as a finding of ours).
inline LoadLimits fuzz_limits() {
  LoadLimits limits;
  limits.max_file_bytes = 256 * 1024;
  limits.max_nodes = 50000;
  limits.max_alias_nodes = 20000;
  return limits;
}

struct Loaded {
  SourceSet sources;
  Diagnostics diagnostics;
  std::optional<Journey> journey;
};

// Imports resolve against a folder that does not exist, so an input naming
// `imports: [/etc/passwd]` reads nothing of the machine's.
inline void load(const std::uint8_t* data, std::size_t size, Loaded& out) {
  LoadOptions options;
  options.root = "/nonexistent-fuzz-root";
  options.limits = fuzz_limits();
  std::string text(reinterpret_cast<const char*>(data), size);
  out.journey = load_journey_text("/nonexistent-fuzz-root/fuzz.yaml", std::move(text), options, out.sources,
                                  out.diagnostics);
  if (out.journey) validate(*out.journey, out.diagnostics);
  out.diagnostics.sort_and_dedupe();
}

}  // namespace jmap::fuzz
