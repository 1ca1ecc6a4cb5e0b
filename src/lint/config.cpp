// .jmap.yaml: parsed with the loader's YAML tree, so a bad config gets line and column.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include "jmap/lint.hpp"
#include "jmap/load.hpp"
#include "jmap/rules.hpp"
#include "jmap/map_reader.hpp"
#include "util/iso_date.hpp"
#include "util/read_file.hpp"
#include "jmap/yaml_tree.hpp"
#include "util/spelling.hpp"

namespace fs = std::filesystem;

namespace jmap {

std::optional<Severity> parse_severity(std::string_view name) {
  if (name == "error") return Severity::error;
  if (name == "warning") return Severity::warning;
  if (name == "info") return Severity::info;
  return std::nullopt;
}

namespace {

void read_rules(const yaml::Node& node, LintConfig& config, Diagnostics& d) {
  if (node.kind != yaml::Kind::mapping) {
    d.report(rules::bad_config, node.span, fmt::format("'rules' should be a mapping of rule ids to severities, found {}",
                                                  yaml::describe(node)),
             "e.g. rules: {pain-without-opportunity: off, stage-without-objective: error}");
    return;
  }
  for (const yaml::Entry& entry : node.entries) {
    const std::string id(entry.key.text);
    if (!find_rule(id)) {
      d.report(rules::bad_config, entry.key.span, fmt::format("no rule '{}'{}", id, did_you_mean(closest_match(id, rule_ids()))),
               "`jmap rules` lists them");
      continue;
    }
    if (id == "bad-config") {
      d.report(rules::bad_config, entry.key.span,
               "'bad-config' cannot be turned off or changed: a broken configuration is always an error",
               "remove the line, and fix the configuration instead");
      continue;
    }
    std::string_view value = entry.value.is_scalar() ? entry.value.text : "";
    if (value == "off" || value == "false") {
      config.rules[id] = std::nullopt;
    } else if (auto severity = parse_severity(value)) {
      config.rules[id] = severity;
    } else {
      d.report(rules::bad_config, entry.value.span,
               fmt::format("the severity of '{}' should be error, warning, info or off, found {}", id, yaml::found(entry.value)));
    }
  }
}

// `fail_on: warning`, `show: info`: a severity name, else a bad-config finding.
std::optional<Severity> read_severity_key(const MapReader& map, std::string_view key, Diagnostics& d) {
  Text value = map.text(key);
  if (!value.present) return std::nullopt;
  std::optional<Severity> severity = parse_severity(value.value);
  if (!severity)
    d.report(rules::bad_config, value.span, fmt::format("'{}' should be error, warning or info, found '{}'", key, value.value));
  return severity;
}

// `limits: {max_nodes: 2000000, max_string: 4194304}`: each a whole number above zero.
void read_limits(const yaml::Node& node, LintConfig& config, Diagnostics& d) {
  std::vector<std::string_view> keys;
  for (const LimitInfo& row : limit_table()) keys.push_back(row.key);
  Diagnostics shape;
  MapReader map(node, "'limits'", keys, shape);
  for (const Diagnostic& found : shape.items()) d.report(rules::bad_config, found.span, found.message, found.hint);
  if (node.kind != yaml::Kind::mapping) return;
  for (const yaml::Entry& entry : node.entries) {
    if (std::find(keys.begin(), keys.end(), entry.key.text) == keys.end()) continue;
    std::string_view text = entry.value.text;
    std::size_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (!entry.value.is_scalar() || text.empty() || ec != std::errc() || end != text.data() + text.size() || value == 0) {
      d.report(rules::bad_config, entry.value.span,
               fmt::format("the limit '{}' should be a whole number above zero, found {}", entry.key.text,
                           yaml::found(entry.value)),
               "e.g. limits: {max_nodes: 2000000}");
      continue;
    }
    config.limits[std::string(entry.key.text)] = value;
  }
}

// `statuses: [draft, review, live]`: the words a journey's `status:` may be.
void read_statuses(const MapReader& map, LintConfig& config, Diagnostics& d) {
  const yaml::Node* node = map.get("statuses");
  if (!node) return;
  TextList statuses = map.text_list("statuses");  // a wrong type: in the map's findings, made bad-config
  if (node->kind == yaml::Kind::sequence && statuses.empty())
    d.report(rules::bad_config, node->span, "'statuses' should list at least one status",
             "e.g. statuses: [draft, review, live]; remove the key for the default set");
  for (const Text& status : statuses) config.statuses.push_back(status.value);
}

// `stale_after_days: 180`: a whole number above zero.
void read_stale_after_days(const MapReader& map, LintConfig& config, Diagnostics& d) {
  const yaml::Node* node = map.get("stale_after_days");
  if (!node) return;
  std::string_view text = node->is_scalar() ? node->text : "";
  long value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value <= 0) {
    d.report(rules::bad_config, node->span,
             fmt::format("'stale_after_days' should be a whole number of days above zero, found {}", yaml::found(*node)),
             "e.g. stale_after_days: 180");
    return;
  }
  config.stale_after_days = value;
}

}  // namespace

ValidateOptions validate_options(const LintConfig& config) {
  ValidateOptions options;
  options.statuses = config.statuses;
  for (const auto& [id, severity] : config.rules) {
    const Rule* rule = find_rule(id);
    if (severity && rule && !rule->on_by_default) options.enabled.insert(id);
  }
  if (config.stale_after_days) options.stale_after_days = *config.stale_after_days;
  if (!options.enabled.contains(rules::stale_journey.name())) return options;
  options.today = today_in_days();
  if (!options.today)
    throw UsageError(fmt::format("SOURCE_DATE_EPOCH should be a whole number of seconds since 1970-01-01, found '{}'",
                                 std::getenv("SOURCE_DATE_EPOCH")));
  return options;
}

LintConfig load_lint_config(const fs::path& path, SourceSet& sources, Diagnostics& d) {
  LintConfig config;
  config.directory = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  ReadResult read = read_file(path, LoadLimits{}.max_file_bytes);
  if (!read.error.empty()) throw IoError(fmt::format("cannot read config '{}': {}", path.string(), read.error));
  const SourceFile& file = sources.add(path.string(), std::move(read.text));
  Diagnostics parsed;
  std::optional<yaml::Node> root = yaml::parse(file, LoadLimits{}, parsed);
  // Findings about the config file are bad-config, whatever the parser called them.
  for (const Diagnostic& found : parsed.items()) {
    Diagnostic& copy = d.report(rules::bad_config, found.span, found.message, found.hint);
    copy.note = found.note;
    copy.note_span = found.note_span;
  }
  if (!root || root->is_null()) return config;
  Diagnostics shape;
  MapReader map(*root, "the configuration",
                {"rules", "ignore", "fail_on", "show", "limits", "statuses", "stale_after_days"}, shape);
  if (const yaml::Node* rules = map.get("rules")) read_rules(*rules, config, d);
  for (const Text& glob : map.text_list("ignore")) config.ignore.push_back(glob.value);
  config.fail_on = read_severity_key(map, "fail_on", d);
  config.show = read_severity_key(map, "show", d);
  if (const yaml::Node* limits = map.get("limits")) read_limits(*limits, config, d);
  read_statuses(map, config, d);
  read_stale_after_days(map, config, d);
  for (const Diagnostic& found : shape.items()) d.report(rules::bad_config, found.span, found.message, found.hint);
  return config;
}

std::optional<fs::path> find_lint_config(const fs::path& file) {
  std::error_code ec;
  fs::path dir = fs::absolute(file, ec).parent_path();
  for (; !dir.empty(); dir = dir.parent_path()) {
    if (fs::is_regular_file(dir / ".jmap.yaml", ec)) return dir / ".jmap.yaml";
    if (fs::exists(dir / ".git", ec) || dir == dir.root_path()) break;
  }
  return std::nullopt;
}

bool glob_match(std::string_view pattern, std::string_view path) {
  if (pattern.empty()) return path.empty();
  if (pattern.starts_with("**")) {
    std::string_view rest = pattern.substr(2);
    if (rest.starts_with('/')) rest.remove_prefix(1);
    if (rest.empty()) return true;  // a trailing ** matches everything below
    for (std::size_t i = 0; i <= path.size(); ++i)
      if ((i == 0 || path[i - 1] == '/') && glob_match(rest, path.substr(i))) return true;
    return false;
  }
  if (pattern.front() == '*') {
    for (std::size_t i = 0; i <= path.size(); ++i) {
      if (glob_match(pattern.substr(1), path.substr(i))) return true;
      if (i < path.size() && path[i] == '/') break;
    }
    return false;
  }
  if (path.empty()) return false;
  if (pattern.front() == '?' ? path.front() != '/' : pattern.front() == path.front())
    return glob_match(pattern.substr(1), path.substr(1));
  return false;
}

namespace {

// As in .gitignore, a pattern matches the path or one of its parent folders
// ("journeys/drafts" ignores every file below it); with a trailing '/' only folders.
// A leading '/' or './' names the config's folder, where every pattern starts anyway.
bool pattern_matches(std::string_view pattern, std::string_view path) {
  if (pattern.starts_with("./")) pattern.remove_prefix(2);
  else if (pattern.starts_with('/')) pattern.remove_prefix(1);
  bool folders_only = pattern.ends_with('/');
  while (pattern.ends_with('/')) pattern.remove_suffix(1);
  if (pattern.empty()) return false;
  if (!folders_only && glob_match(pattern, path)) return true;
  for (std::size_t slash = path.find('/'); slash != std::string_view::npos; slash = path.find('/', slash + 1))
    if (glob_match(pattern, path.substr(0, slash))) return true;
  return false;
}

}  // namespace

bool is_ignored(const LintConfig& config, const fs::path& file) {
  std::error_code ec;
  fs::path folder = fs::absolute(config.directory, ec).lexically_normal();
  fs::path relative = fs::absolute(file, ec).lexically_normal().lexically_relative(folder);
  std::string path = relative.generic_string();
  if (path.empty() || path.starts_with("../")) return false;  // not below the config
  for (const std::string& pattern : config.ignore)
    if (pattern_matches(pattern, path)) return true;
  return false;
}

void apply_lint_config(const LintConfig& config, Diagnostics& diagnostics) {
  diagnostics.retain([&](Diagnostic& d) {
    if (d.rule == "bad-config") return true;  // the config cannot silence its own errors
    auto found = config.rules.find(d.rule);
    if (found == config.rules.end()) return true;
    if (!found->second) return false;
    d.severity = *found->second;
    return true;
  });
}

}  // namespace jmap
