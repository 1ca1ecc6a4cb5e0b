#include "compared_journey.hpp"

#include <fmt/format.h>

#include <cstdio>

#include "check.hpp"
#include "git_show.hpp"
#include "jmap/report.hpp"

namespace jmap::cli {

std::optional<Journey> load_compared(const std::string& argument, const CommonOptions& options, SourceSet& sources) {
  std::optional<GitFile> git = read_git_file(argument);
  CheckedFile checked = git ? check_text(git->name, std::move(git->text), git->worktree_path, options, sources)
                            : check_file(argument, options, sources);
  ReportOptions report{use_color(options.color, stderr)};
  for (const Diagnostic& d : checked.diagnostics.items())  // the observations (info) are for `jmap lint`
    if (d.severity != Severity::info) std::fputs(format_human(d, report).c_str(), stderr);
  if (checked.diagnostics.has_errors() || !checked.journey) {
    std::fprintf(stderr, "jmap: %s not compared: %s\n", argument.c_str(), summarize(checked.diagnostics).c_str());
    return std::nullopt;
  }
  if (checked.journey->catalogue)
    throw UsageError(fmt::format("'{}' holds only personas/touchpoints (a catalogue for imports); compare journey files", argument));
  return std::move(checked.journey);
}

}  // namespace jmap::cli
