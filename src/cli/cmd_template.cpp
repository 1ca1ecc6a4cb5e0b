// `jmap template --print`: the default HTML template, a starting point for --template.
#include "commands.hpp"
#include "jmap/render.hpp"
#include "standard_output.hpp"

namespace jmap::cli {

CLI::App* setup_template(CLI::App& app, TemplateOptions& options) {
  CLI::App* command = app.add_subcommand("template", "Print the default HTML template (a start for --template)");
  command->add_flag("--print", options.print, "Write the default template to standard output")->required();
  return command;
}

int run_template(const TemplateOptions& options) {
  if (!options.print) return k_exit_usage;
  write_stdout(default_html_template());
  return k_exit_ok;
}

}  // namespace jmap::cli
