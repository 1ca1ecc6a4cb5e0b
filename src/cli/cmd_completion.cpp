// `jmap completion bash|zsh|fish`: a completion script for the shell, and the hidden
// `jmap __complete personas FILE` the scripts call for the persona ids of a journey.
#include "commands.hpp"
#include "completion.hpp"
#include "jmap/load.hpp"
#include "standard_output.hpp"

namespace jmap::cli {

CLI::App* setup_completion(CLI::App& app, CompletionOptions& options) {
  CLI::App* command = app.add_subcommand("completion", "Print a shell completion script (bash, zsh or fish)");
  command->add_option("shell", options.shell, "The shell: bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));
  return command;
}

CLI::App* setup_complete_helper(CLI::App& app, CompletionOptions& options) {
  CLI::App* command = app.add_subcommand("__complete", "For the completion scripts");
  command->group("");  // hidden from --help and the command lists
  command->add_option("args", options.complete_args, "personas FILE");
  return command;
}

int run_completion(CLI::App& app, const CompletionOptions& options) {
  std::vector<CompletedCommand> commands = completed_commands(app);
  if (options.shell == "bash") write_stdout(bash_completion(commands));
  if (options.shell == "zsh") write_stdout(zsh_completion(commands));
  if (options.shell == "fish") write_stdout(fish_completion(commands));
  return k_exit_ok;
}

// Quiet by design: a half-typed line names a file that does not parse yet.
int run_complete_helper(const CompletionOptions& options) {
  if (options.complete_args.size() != 2 || options.complete_args[0] != "personas") return k_exit_ok;
  try {
    SourceSet sources;
    Diagnostics ignored;
    std::optional<Journey> journey = load_journey_file(options.complete_args[1], LoadOptions{}, sources, ignored);
    if (!journey) return k_exit_ok;
    for (const Persona& persona : journey->personas) write_stdout(persona.id.value + "\n");
  } catch (const Error&) {
  }
  return k_exit_ok;
}

}  // namespace jmap::cli
