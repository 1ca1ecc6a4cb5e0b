// `--watch`: run a command again whenever a file it read changes, until Ctrl-C.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace jmap::cli {

// One run of a watched command: its exit code, the one line that says how it went
// ("built map.svg", "journey.yaml not built: 2 errors") and what it read.
struct RunOutcome {
  int status = 0;
  std::string summary;
  std::vector<std::filesystem::path> inputs;  // files, or folders (any *.yaml / *.yml in them)
};

// Runs `run` now and after every change to its inputs (inotify on their folders, so an
// editor that saves by renaming is seen), a burst of changes counting once. Prints one
// line per run on stderr; a run that throws jmap::Error is reported and watched on with
// `fallback` and the last inputs. Returns 0 on SIGINT or SIGTERM.
int watch(const std::function<RunOutcome()>& run, const std::vector<std::filesystem::path>& fallback);

}  // namespace jmap::cli
