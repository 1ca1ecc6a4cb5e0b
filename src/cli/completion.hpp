// Shell completions, read from the CLI11 app at run time: every command and option
// another part of jmap adds is completed without a list to keep in step.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace jmap::cli {

struct CompletedOption {
  std::vector<std::string> names;  // "-f", "--format"
  std::string description;         // its first line
  bool takes_value = false;
  std::vector<std::string> values;  // empty: a file or a free value
  bool personas = false;            // the persona ids of the journey on the line
};

struct CompletedCommand {
  std::string name;
  std::string description;
  std::vector<CompletedOption> options;
  std::vector<std::string> arguments;  // values of its positional arguments; empty: files
};

// The visible commands, their options and the values the tables know (formats, views,
// themes, rule ids, init templates) or the options' IsMember checks list.
std::vector<CompletedCommand> completed_commands(CLI::App& app);

std::string bash_completion(const std::vector<CompletedCommand>& commands);
std::string zsh_completion(const std::vector<CompletedCommand>& commands);
std::string fish_completion(const std::vector<CompletedCommand>& commands);

}  // namespace jmap::cli
