// `jmap rules` and `jmap explain RULE`: the rule table as documentation.
#include <fmt/format.h>

#include <cstdio>

#include "commands.hpp"
#include "jmap/rules.hpp"
#include "util/spelling.hpp"

namespace jmap::cli {
namespace {

std::string indent(std::string_view text) {
  std::string out = "    ";
  for (char c : text) {
    out += c;
    if (c == '\n') out += "    ";
  }
  return out;
}

}  // namespace

CLI::App* setup_rules(CLI::App& app) {
  return app.add_subcommand("rules", "List every rule with its id, default severity and summary");
}

CLI::App* setup_explain(CLI::App& app, RulesOptions& options) {
  CLI::App* command = app.add_subcommand("explain", "Explain one rule: what it checks, why, a bad and a good example");
  command->add_option("rule", options.explain, "A rule id, e.g. unknown-key")->required();
  return command;
}

int run_rules() {
  for (const Rule& rule : all_rules())
    std::fputs(fmt::format("{:<26} {:<8} {}\n", rule.id, severity_name(rule.severity), rule.summary).c_str(), stdout);
  return k_exit_ok;
}

int run_explain(const RulesOptions& options) {
  const Rule* rule = find_rule(options.explain);
  if (!rule) {
    std::vector<std::string> ids;
    for (const Rule& r : all_rules()) ids.emplace_back(r.id);
    throw UsageError(fmt::format("no rule '{}'{}; `jmap rules` lists them", options.explain,
                                 did_you_mean(closest_match(options.explain, ids))));
  }
  std::fputs(fmt::format("{} ({} by default)\n\n{}\n\n{}\n\nBad:\n{}\n\nGood:\n{}\n", rule->id,
                         severity_name(rule->severity), rule->summary, rule->description, indent(rule->bad),
                         indent(rule->good))
                 .c_str(),
             stdout);
  return k_exit_ok;
}

}  // namespace jmap::cli
