// The three shells' completion scripts, written from the commands read off the app.
// Each script completes commands, options, option values, the values of a command's
// argument (rule ids for explain...), else files; `--persona` asks
// `jmap __complete personas FILE` for the ids of the journey on the line.
#include <fmt/format.h>

#include <functional>

#include "completion.hpp"

namespace jmap::cli {
namespace {

// Inside single quotes, for all three shells ('\'' ends, escapes and reopens; fish reads \' ).
std::string quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string fish_quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string words(const std::vector<std::string>& values) { return fmt::format("{}", fmt::join(values, " ")); }

std::string option_words(const CompletedCommand& command) {
  std::vector<std::string> names;
  for (const CompletedOption& option : command.options)
    for (const std::string& name : option.names) names.push_back(name);
  return words(names);
}

std::vector<std::string> command_names(const std::vector<CompletedCommand>& commands) {
  std::vector<std::string> names;
  for (const CompletedCommand& command : commands) names.push_back(command.name);
  return names;
}

// One `case "$prev"` arm per option that takes a value (shared by bash and zsh).
using ListAction = std::function<std::string(const std::vector<std::string>&)>;
std::string value_arms(const CompletedCommand& command, const ListAction& list, const std::string& personas,
                       const std::string& other) {
  std::string out;
  for (const CompletedOption& option : command.options) {
    if (!option.takes_value) continue;
    std::string action = option.personas        ? personas
                         : option.values.empty() ? other
                                                 : list(option.values);
    out += fmt::format("        {}) {}; return;;\n", fmt::join(option.names, "|"), action);
  }
  return out;
}

}  // namespace

std::string bash_completion(const std::vector<CompletedCommand>& commands) {
  std::string out =
      "# bash completion for jmap, written by `jmap completion bash`.\n"
      "# Load it with: source <(jmap completion bash)\n"
      "# or save it as ~/.local/share/bash-completion/completions/jmap\n\n"
      "_jmap_journey() {  # the journey on the line: its first *.yaml or *.yml word\n"
      "  local word\n"
      "  for word in \"${COMP_WORDS[@]:2}\"; do\n"
      "    case \"$word\" in *.yaml|*.yml) printf '%s\\n' \"$word\"; return;; esac\n"
      "  done\n"
      "}\n\n"
      "_jmap() {\n"
      "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
      "  COMPREPLY=()\n"
      "  if [ \"$COMP_CWORD\" -eq 1 ]; then\n" +
      fmt::format("    COMPREPLY=($(compgen -W {} -- \"$cur\"))\n", quoted(words(command_names(commands)))) +
      "    return\n"
      "  fi\n"
      "  case \"${COMP_WORDS[1]}\" in\n";
  auto list = [](const std::vector<std::string>& values) {
    return fmt::format("COMPREPLY=($(compgen -W {} -- \"$cur\"))", quoted(words(values)));
  };
  const std::string personas =
      "COMPREPLY=($(compgen -W \"$(\"${COMP_WORDS[0]}\" __complete personas \"$(_jmap_journey)\" 2>/dev/null)\" -- "
      "\"$cur\"))";
  for (const CompletedCommand& command : commands) {
    out += fmt::format("    {})\n      case \"$prev\" in\n", command.name);
    out += value_arms(command, list, personas, "COMPREPLY=()");
    out += "      esac\n";
    out += fmt::format("      case \"$cur\" in -*) COMPREPLY=($(compgen -W {} -- \"$cur\")); return;; esac\n",
                       quoted(option_words(command)));
    if (!command.arguments.empty())
      out += fmt::format("      COMPREPLY=($(compgen -W {} -- \"$cur\"))\n", quoted(words(command.arguments)));
    out += "      ;;\n";
  }
  out += "  esac\n}\n\n# -o default: files where jmap offers nothing (journeys, outputs, templates)\n"
         "complete -o default -F _jmap jmap\n";
  return out;
}

std::string zsh_completion(const std::vector<CompletedCommand>& commands) {
  std::string out =
      "#compdef jmap\n"
      "# zsh completion for jmap, written by `jmap completion zsh`.\n"
      "# Load it with: source <(jmap completion zsh)  (after compinit),\n"
      "# or save it as _jmap in a folder of $fpath.\n\n"
      "_jmap_journey() {  # the journey on the line: its first *.yaml or *.yml word\n"
      "  local word\n"
      "  for word in ${words[3,-1]}; do\n"
      "    [[ $word == *.(yaml|yml) ]] && { print -r -- $word; return }\n"
      "  done\n"
      "}\n\n"
      "_jmap() {\n"
      "  local cur=${words[CURRENT]} prev=${words[CURRENT-1]}\n"
      "  if (( CURRENT == 2 )); then\n"
      "    local -a commands=(\n";
  for (const CompletedCommand& command : commands)
    out += fmt::format("      {}\n", quoted(command.name + ":" + command.description));
  out += "    )\n    _describe command commands\n    return\n  fi\n  case ${words[2]} in\n";
  // the values are plain words (names from jmap's tables): no quoting needed
  auto list = [](const std::vector<std::string>& values) { return "compadd -- " + words(values); };
  const std::string personas =
      "compadd -- ${(f)\"$(${words[1]} __complete personas \"$(_jmap_journey)\" 2>/dev/null)\"}";
  for (const CompletedCommand& command : commands) {
    out += fmt::format("    {})\n      case $prev in\n", command.name);
    out += value_arms(command, list, personas, "_files");
    out += "      esac\n      if [[ $cur == -* ]]; then\n        local -a options=(\n";
    for (const CompletedOption& option : command.options)
      for (const std::string& name : option.names)
        out += fmt::format("          {}\n", quoted(name + ":" + option.description));
    out += "        )\n        _describe option options\n        return\n      fi\n";
    out += command.arguments.empty() ? "      _files\n"
                                     : "      " + list(command.arguments) + "\n";
    out += "      ;;\n";
  }
  out += "  esac\n}\n\n"
         "if [[ $funcstack[1] == _jmap ]]; then _jmap \"$@\"; else compdef _jmap jmap; fi\n";
  return out;
}

std::string fish_completion(const std::vector<CompletedCommand>& commands) {
  std::string out =
      "# fish completion for jmap, written by `jmap completion fish`.\n"
      "# Load it with: jmap completion fish | source\n"
      "# or save it as ~/.config/fish/completions/jmap.fish\n\n"
      "function __jmap_personas  # the persona ids of the journey on the line\n"
      "    set -l line (commandline -opc)\n"
      "    for word in $line[3..-1]\n"
      "        if string match -qr '\\.ya?ml$' -- $word\n"
      "            $line[1] __complete personas $word 2>/dev/null\n"
      "            return\n"
      "        end\n"
      "    end\n"
      "end\n\n"
      "complete -c jmap -f\n";
  std::string all = words(command_names(commands));
  for (const CompletedCommand& command : commands)
    out += fmt::format("complete -c jmap -n {} -a {} -d {}\n", fish_quoted("not __fish_seen_subcommand_from " + all),
                       command.name, fish_quoted(command.description));
  for (const CompletedCommand& command : commands) {
    std::string when = fish_quoted("__fish_seen_subcommand_from " + command.name);
    out += command.arguments.empty()
               ? fmt::format("complete -c jmap -n {} -F\n", when)
               : fmt::format("complete -c jmap -n {} -a {}\n", when, fish_quoted(words(command.arguments)));
    for (const CompletedOption& option : command.options) {
      std::string line = fmt::format("complete -c jmap -n {}", when);
      for (const std::string& name : option.names)
        line += name.starts_with("--") ? " -l " + name.substr(2) : " -s " + name.substr(1);
      if (option.personas) line += " -x -a '(__jmap_personas)'";
      else if (!option.values.empty()) line += " -x -a " + fish_quoted(words(option.values));
      else if (option.takes_value) line += " -r -F";
      out += line + " -d " + fish_quoted(option.description) + "\n";
    }
  }
  return out;
}

}  // namespace jmap::cli
