// What the completions offer, read from the app: CLI11 knows each command's options and
// whether they take a value; the tables know the values.
#include <fmt/format.h>

#include "commands.hpp"
#include "completion.hpp"
#include "jmap/render.hpp"
#include "jmap/rules.hpp"
#include "jmap/pages.hpp"
#include "jmap/view.hpp"

namespace jmap::cli {
namespace {

template <class Table>
std::vector<std::string> names_of(const Table& table) {
  std::vector<std::string> names;
  for (const auto& row : table) names.emplace_back(row.name);
  return names;
}

bool is_visible(const CLI::App* command) { return !command->get_group().empty(); }

// An IsMember check describes itself as "{a,b,c}": its members are the values.
std::vector<std::string> member_values(CLI::Option* option) {
  std::vector<std::string> values;
  for (int i = 0;; ++i) {
    CLI::Validator* validator = nullptr;
    try {
      validator = option->get_validator(i);
    } catch (const CLI::OptionNotFound&) {
      return values;
    }
    std::string text = validator->get_description();
    if (text.size() < 2 || text.front() != '{' || text.back() != '}') continue;
    std::string inner = text.substr(1, text.size() - 2);
    for (std::size_t start = 0, end; start <= inner.size(); start = end + 1) {
      end = std::min(inner.find(',', start), inner.size());
      if (end > start) values.push_back(inner.substr(start, end - start));
    }
    return values;
  }
}

// Values jmap's own tables hold, by command and option; "" matches any command.
std::vector<std::string> table_values(const std::string& command, const std::string& option) {
  if (command == "build" && option == "--format") return output_format_names();
  if (option == "--view") return names_of(view_table());
  if (option == "--theme") return names_of(theme_table());
  if (command == "init" && option == "--template") return init_template_names();
  if (command == "build" && option == "--page") return names_of(paper_table());
  if (command == "build" && option == "--orientation") return {"landscape", "portrait"};
  if (command == "build" && option == "--fit") return {"page"};
  return {};
}

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

CompletedOption completed_option(const std::string& command, CLI::Option* option) {
  CompletedOption out;
  for (const std::string& name : option->get_snames()) out.names.push_back("-" + name);
  for (const std::string& name : option->get_lnames()) out.names.push_back("--" + name);
  out.description = first_line(option->get_description());
  out.takes_value = option->get_expected_max() > 0;  // a flag expects none
  const std::string& long_name = out.names.back();
  out.personas = long_name == "--persona";
  out.values = table_values(command, long_name);
  if (out.values.empty()) out.values = member_values(option);
  return out;
}

std::vector<std::string> argument_values(const std::string& command, CLI::App& app, CLI::Option* positional) {
  if (command == "explain") return rule_ids();
  if (command == "help") {
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App* c) { return is_visible(c); }))
      names.push_back(sub->get_name());
    return names;
  }
  return member_values(positional);
}

}  // namespace

std::vector<CompletedCommand> completed_commands(CLI::App& app) {
  std::vector<CompletedCommand> commands;
  for (CLI::App* sub : app.get_subcommands([](CLI::App* c) { return is_visible(c); })) {
    CompletedCommand command{sub->get_name(), first_line(sub->get_description()), {}, {}};
    for (CLI::Option* option : sub->get_options()) {
      if (option->nonpositional()) command.options.push_back(completed_option(command.name, option));
      else if (command.arguments.empty()) command.arguments = argument_values(command.name, app, option);
    }
    commands.push_back(std::move(command));
  }
  return commands;
}

}  // namespace jmap::cli
