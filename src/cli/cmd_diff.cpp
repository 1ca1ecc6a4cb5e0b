// `jmap diff OLD NEW`: what changed between two versions of a journey. Each side is a
// file or `REV:path` (read with git); both are loaded and validated as build does.
#include <fmt/format.h>

#include "commands.hpp"
#include "compared_journey.hpp"
#include "jmap/diff.hpp"
#include "output_file.hpp"

namespace jmap::cli {

CLI::App* setup_diff(CLI::App& app, DiffOptions& options) {
  CLI::App* command = app.add_subcommand("diff", "Show what changed between two versions of a journey (files or REV:path)");
  command->add_option("old", options.old_input, "The old journey: a file, or REV:path read through git (HEAD:journey.yaml)")
      ->required();
  command->add_option("new", options.new_input, "The new journey: a file, or REV:path")->required();
  command->add_option("-f,--format", options.format, "human (default), markdown (a pull-request comment) or json")
      ->check(CLI::IsMember({"human", "markdown", "json"}))
      ->capture_default_str();
  command->add_option("-o,--output", options.output, "Write to this file instead of stdout");
  add_common_options(*command, options.common);
  return command;
}

int run_diff(const DiffOptions& options) {
  SourceSet sources;
  std::optional<Journey> old_journey = load_compared(options.old_input, options.common, sources);
  std::optional<Journey> new_journey = load_compared(options.new_input, options.common, sources);
  if (!old_journey || !new_journey) return k_exit_findings;
  JourneyDiff diff = diff_journeys(*old_journey, *new_journey);
  diff.old_name = options.old_input;
  diff.new_name = options.new_input;
  std::string text;
  if (options.format == "markdown") text = diff_markdown(diff);
  else if (options.format == "json") text = diff_json(diff);
  else text = diff_human(diff, options.output == "-" && use_color(options.common.color, stdout));
  write_output(options.output, text);
  return k_exit_ok;
}

}  // namespace jmap::cli
