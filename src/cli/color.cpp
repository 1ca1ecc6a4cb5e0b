#include <unistd.h>

#include <cstdlib>

#include "commands.hpp"

namespace jmap::cli {

bool use_color(const std::string& choice, std::FILE* stream) {
  if (choice == "always") return true;
  if (choice == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");  // https://no-color.org: any non-empty value
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string(term) == "dumb") return false;
  return isatty(fileno(stream)) != 0;
}

void add_common_options(CLI::App& command, CommonOptions& options) {
  command.add_option("--root", options.root,
                     "Project root that imports may not leave (default: nearest dir with .jmap.yaml or .git)")
      ->check(CLI::ExistingDirectory);
  command.add_option("--color", options.color, "Colour the messages: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  add_limit_options(command, options.limits);
}

}  // namespace jmap::cli
