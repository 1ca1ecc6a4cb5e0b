// jmap: the journey-map compiler. Parses the command line, runs one subcommand, and
// turns exceptions into `jmap: error: ...` and an exit code, here and nowhere else.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>

#include "commands.hpp"
#include "jmap/emit.hpp"

#ifndef JMAP_VERSION
#define JMAP_VERSION "0.0.0"
#endif

namespace {

using namespace jmap::cli;

int print_error(const std::string& message) {
  std::fprintf(stderr, "jmap: error: %s\n", message.c_str());
  return k_exit_usage;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"jmap: compile customer journey maps from YAML into SVG, PNG, PDF, HTML and DOT; lint them in CI.", "jmap"};
  app.set_version_flag("-V,--version", std::string("jmap ") + JMAP_VERSION);
  app.require_subcommand(1);
  app.footer("Exit codes: 0 success, 1 findings (errors; warnings with --strict), 2 usage or I/O problem.\n"
             "Run 'jmap help COMMAND' for a command's options; see jmap(1), jmap-format(5) and jmap-templates(7).");

  BuildOptions build_options;
  LintOptions lint_options;
  RulesOptions rules_options;
  TemplateOptions template_options;
  std::string help_topic;
  CLI::App* build = setup_build(app, build_options);
  CLI::App* lint = setup_lint(app, lint_options);
  CLI::App* rules = setup_rules(app, rules_options);
  CLI::App* explain = setup_explain(app, rules_options);
  CLI::App* schema = setup_schema(app);
  CLI::App* template_command = setup_template(app, template_options);
  CLI::App* help = app.add_subcommand("help", "Show help for jmap or one of its commands");
  help->add_option("command", help_topic, "build or lint");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) return app.exit(error);  // --help, --version
    std::fprintf(stderr, "jmap: error: %s\n", error.what());
    std::fprintf(stderr, "Run 'jmap --help' for usage.\n");
    return k_exit_usage;
  }

  try {
    if (build->parsed()) return run_build(build_options);
    if (lint->parsed()) return run_lint(lint_options);
    if (rules->parsed()) return run_rules(rules_options);
    if (explain->parsed()) return run_explain(rules_options);
    if (schema->parsed()) return run_schema();
    if (template_command->parsed()) return run_template(template_options);
    if (help->parsed()) {
      if (help_topic.empty()) {
        std::fputs(app.help().c_str(), stdout);
        return k_exit_ok;
      }
      for (CLI::App* command : {build, lint, rules, explain, schema, template_command})
        if (command->get_name() == help_topic) {
          std::fputs(command->help().c_str(), stdout);
          return k_exit_ok;
        }
      return print_error(fmt::format("no command '{}'; commands: build, lint, rules, explain, schema, template, help", help_topic));
    }
  } catch (const UsageError& error) {
    return print_error(error.what());
  } catch (const jmap::RenderError& error) {
    return print_error(error.what());
  } catch (const std::exception& error) {
    return print_error(fmt::format("internal error: {}", error.what()));
  }
  return k_exit_ok;
}
