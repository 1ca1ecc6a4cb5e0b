// `jmap init [--template NAME] [FILE]`: a commented, lint-clean journey to start from.
// The templates are templates/init/*.yaml, compiled in.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "commands.hpp"
#include "init_templates.hpp"
#include "output_file.hpp"
#include "standard_output.hpp"
#include "util/spelling.hpp"

namespace fs = std::filesystem;

namespace jmap::cli {
namespace {

std::vector<std::string> template_names() {
  std::vector<std::string> names;
  for (const generated::InitTemplate& entry : generated::k_init_templates) names.emplace_back(entry.name);
  return names;
}

// The template's first line says what it is for: "# e-commerce: a shopper's first order".
std::string_view description(const generated::InitTemplate& entry) {
  std::string_view line = entry.text.substr(0, entry.text.find('\n'));
  std::size_t colon = line.find(": ");
  return colon == std::string_view::npos ? line : line.substr(colon + 2);
}

const generated::InitTemplate& pick_template(const std::string& name) {
  for (const generated::InitTemplate& entry : generated::k_init_templates)
    if (entry.name == name) return entry;
  std::vector<std::string> names = template_names();
  throw UsageError(fmt::format("unknown template '{}'{}; templates: {} (jmap init --list)", name,
                               did_you_mean(closest_match(name, names)), fmt::join(names, ", ")));
}

}  // namespace

std::vector<std::string> init_template_names() { return template_names(); }

CLI::App* setup_init(CLI::App& app, InitOptions& options) {
  CLI::App* command = app.add_subcommand("init", "Write a commented starting journey from a template");
  command->add_option("file", options.output, "The journey to write, or - for stdout")->capture_default_str();
  command->add_option("-t,--template", options.template_name, "The template (jmap init --list)")
      ->capture_default_str();
  command->add_flag("--list", options.list, "List the templates with what each is for");
  command->add_flag("--force", options.force, "Overwrite FILE if it exists");
  return command;
}

int run_init(const InitOptions& options) {
  if (options.list) {
    for (const generated::InitTemplate& entry : generated::k_init_templates)
      write_stdout(fmt::format("{:<18} {}\n", entry.name, description(entry)));
    return k_exit_ok;
  }
  const generated::InitTemplate& chosen = pick_template(options.template_name);
  std::error_code ec;
  if (options.output != "-" && fs::exists(options.output, ec) && !options.force)
    throw UsageError(fmt::format("'{}' exists; jmap init never overwrites a file: pass --force, or name another file",
                                 options.output));
  write_output(options.output, chosen.text);
  if (options.output != "-")
    std::fprintf(stderr, "jmap: wrote %s from the %s template; next: jmap build %s -o map.svg\n",
                 options.output.c_str(), std::string(chosen.name).c_str(), options.output.c_str());
  return k_exit_ok;
}

}  // namespace jmap::cli
