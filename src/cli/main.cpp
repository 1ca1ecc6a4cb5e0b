// jmap: the journey-map compiler. Parses the command line, runs one subcommand, and
// turns exceptions into `jmap: error: ...` and an exit code, here and nowhere else.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>

#include "commands.hpp"
#include "jmap/error.hpp"
#include "site_steps.hpp"
#include "standard_output.hpp"
#include "util/spelling.hpp"

#ifndef JMAP_VERSION
#define JMAP_VERSION "0.0.0"
#endif

namespace {

using namespace jmap::cli;

int print_error(const std::string& message) {
  std::fprintf(stderr, "jmap: error: %s\n", message.c_str());
  return k_exit_usage;
}

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
    if (!command->get_group().empty()) names.push_back(command->get_name());  // not the hidden ones
  return names;
}

int unknown_command(const CLI::App& app, const std::string& name) {
  std::vector<std::string> names = command_names(app);
  return print_error(fmt::format("unknown command '{}'{}; commands: {}", name,
                                 jmap::did_you_mean(jmap::closest_match(name, names)), fmt::join(names, ", ")));
}

// The first word names the command. CLI11 takes an unknown one for a stray argument and
// says only that a command is required, so it is looked up here, before parsing.
bool names_unknown_command(const CLI::App& app, int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') return false;
  std::vector<std::string> names = command_names(app);
  return std::find(names.begin(), names.end(), argv[1]) == names.end() && std::string_view(argv[1]) != "__complete" &&
         std::string_view(argv[1]).rfind("__site-", 0) != 0;
}

// `jmap help [COMMAND]`. CLI11's help() describes the command that was parsed, which
// here is `help` itself: the formatter is asked for the top level directly.
int run_help(const CLI::App& app, const std::string& topic) {
  if (topic.empty()) {
    write_stdout(app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal));
    return k_exit_ok;
  }
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
    if (command->get_name() == topic) {
      write_stdout(command->help());
      return k_exit_ok;
    }
  return unknown_command(app, topic);
}

// Every command's output is checked here, once: a write that failed is exit 2.
int finish(int status) {
  std::string failure = stdout_failure();
  return failure.empty() ? status : print_error(failure);
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
  SchemaOptions schema_options;
  std::string help_topic;
  ExtractOptions extract_options;
  InitOptions init_options;
  CompletionOptions completion_options;
  ImportOptions import_options;
  MdOptions md_options;
  CLI::App* build = setup_build(app, build_options);
  CLI::App* lint = setup_lint(app, lint_options);
  CLI::App* rules = setup_rules(app, rules_options);
  CLI::App* explain = setup_explain(app, rules_options);
  CLI::App* schema = setup_schema(app, schema_options);
  CLI::App* template_command = setup_template(app, template_options);
  CLI::App* extract = setup_extract(app, extract_options);
  CLI::App* init = setup_init(app, init_options);
  CLI::App* completion = setup_completion(app, completion_options);
  CLI::App* complete_helper = setup_complete_helper(app, completion_options);
  CLI::App* import_command = setup_import(app, import_options);
  CLI::App* md = setup_md(app, md_options);
  DiffOptions diff_options;
  CLI::App* diff = setup_diff(app, diff_options);
  SiteCommandOptions site_options;  // jmap site, and the steps ninja runs for it
  SiteHiddenOptions site_step_options;
  CLI::App* site = setup_site(app, site_options);
  CLI::App* site_journey = setup_site_journey(app, site_step_options);
  CLI::App* site_pages = setup_site_pages(app, site_step_options);
  CLI::App* help = app.add_subcommand("help", "Show help for jmap or one of its commands");
  help->add_option("command", help_topic, "a command, e.g. build or lint");

  if (names_unknown_command(app, argc, argv)) return unknown_command(app, argv[1]);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) return finish(app.exit(error));  // --help, --version
    std::fprintf(stderr, "jmap: error: %s\n", error.what());
    std::fprintf(stderr, "Run 'jmap --help' for usage.\n");
    return k_exit_usage;
  }

  try {
    if (build->parsed()) return finish(run_build(build_options));
    if (lint->parsed()) return finish(run_lint(lint_options));
    if (rules->parsed()) return finish(run_rules(rules_options));
    if (explain->parsed()) return finish(run_explain(rules_options));
    if (schema->parsed()) return finish(run_schema(schema_options));
    if (template_command->parsed()) return finish(run_template(template_options));
    if (extract->parsed()) return finish(run_extract(extract_options));
    if (init->parsed()) return finish(run_init(init_options));
    if (completion->parsed()) return finish(run_completion(app, completion_options));
    if (complete_helper->parsed()) return finish(run_complete_helper(completion_options));
    if (import_command->parsed()) return finish(run_import(import_options));
    if (md->parsed()) return finish(run_md(md_options));
    if (diff->parsed()) return finish(run_diff(diff_options));
    if (site->parsed()) return finish(run_site(site_options));
    if (site_journey->parsed()) return finish(run_site_journey(site_step_options.journey));
    if (site_pages->parsed()) return finish(run_site_pages_from_list(site_step_options));
    if (help->parsed()) return finish(run_help(app, help_topic));
  } catch (const jmap::Error& error) {
    return print_error(error.what());
  } catch (const std::exception& error) {
    return print_error(fmt::format("internal error: {}", error.what()));
  }
  return k_exit_ok;
}
