#include "check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

#include "jmap/kpi_data.hpp"
#include "jmap/load.hpp"
#include "jmap/validate.hpp"

namespace jmap::cli {

void add_limit_options(CLI::App& command, LimitSettings& limits) {
  LoadLimits defaults;
  for (const LimitInfo& row : limit_table()) {
    std::string key(row.key);
    bool bytes = row.what.starts_with("bytes");
    CLI::Option* option = command.add_option_function<std::size_t>(
        std::string(row.option), [&limits, key](std::size_t value) { limits[key] = value; },
        fmt::format("Limit: {} (default {}{})", row.what, defaults.*row.member, bytes ? "; K, M and G suffixes: 64M" : ""));
    if (bytes) option->transform(CLI::AsSizeValue(false));  // "64M" is 64 MiB, as a user writes a size
    option->check(CLI::Range(std::size_t{1}, std::numeric_limits<std::size_t>::max()))
        ->option_text(bytes ? "SIZE" : "N")
        ->group("Limits");
  }
}

namespace {

// The data file is read even when the journey is not, so that its findings show at once.
void bind_data(const std::filesystem::path& path, SourceSet& sources, CheckedFile& checked) {
  KpiData data;
  try {
    data = read_kpi_data(path, sources, checked.diagnostics);
  } catch (const IoError& error) {
    throw UsageError(error.what());
  }
  checked.files_read.push_back(path);
  if (checked.journey) bind_kpi_data(*checked.journey, data, checked.diagnostics);
}

}  // namespace

CheckedFile check_file(const std::filesystem::path& path, const CommonOptions& options, SourceSet& sources,
                       const LimitSettings& configured, const ValidateOptions& validation,
                       const std::optional<std::filesystem::path>& data) {
  CheckedFile checked;
  LoadOptions load_options;
  load_options.root = options.root;
  load_options.limits = with_settings(with_settings(LoadLimits{}, configured), options.limits);
  load_options.files_read = &checked.files_read;
  try {
    checked.journey = load_journey_file(path, load_options, sources, checked.diagnostics);
  } catch (const IoError& error) {
    throw UsageError(error.what());
  }
  if (data) bind_data(*data, sources, checked);
  if (checked.journey) validate(*checked.journey, validation, checked.diagnostics);
  checked.diagnostics.sort_and_dedupe();
  return checked;
}

LintConfig project_config(const std::filesystem::path& input, SourceSet& sources, Diagnostics& findings,
                          std::vector<std::filesystem::path>& inputs) {
  std::optional<std::filesystem::path> path = find_lint_config(input);
  if (!path) return {};
  std::error_code ec;
  std::filesystem::path shown = std::filesystem::proximate(*path, ec);  // named relative to here, as lint names it
  if (!ec && !shown.empty()) path = shown;
  inputs.push_back(*path);
  try {
    return load_lint_config(*path, sources, findings);
  } catch (const IoError& error) {
    throw UsageError(error.what());
  }
}

CheckedFile lint_file(const std::filesystem::path& path, const CommonOptions& options, SourceSet& sources,
                      const LintConfig* config, const std::optional<std::filesystem::path>& data) {
  CheckedFile checked = check_file(path, options, sources, config ? config->limits : LimitSettings{},
                                   config ? validate_options(*config) : ValidateOptions{}, data);
  std::vector<const SourceFile*> files;  // the YAML files: a data file has no suppression comments
  for (const Diagnostic& d : checked.diagnostics.items())
    if (d.span.file && std::find(files.begin(), files.end(), d.span.file) == files.end() &&
        !(data && d.span.file->path == data->string()))
      files.push_back(d.span.file);
  if (checked.journey && checked.journey->file &&
      std::find(files.begin(), files.end(), checked.journey->file) == files.end())
    files.push_back(checked.journey->file);
  apply_suppressions(checked.diagnostics, files);
  if (config) apply_lint_config(*config, checked.diagnostics);
  checked.diagnostics.sort_and_dedupe();
  return checked;
}

CheckedFile check_text(std::string name, std::string text, const std::filesystem::path& import_base,
                       const CommonOptions& options, SourceSet& sources) {
  CheckedFile checked;
  LoadOptions load_options;
  load_options.root = options.root;
  load_options.limits = with_settings(LoadLimits{}, options.limits);
  load_options.files_read = &checked.files_read;
  load_options.import_base = import_base;
  checked.journey = load_journey_text(std::move(name), std::move(text), load_options, sources, checked.diagnostics);
  if (checked.journey) validate(*checked.journey, checked.diagnostics);
  checked.diagnostics.sort_and_dedupe();
  return checked;
}

}  // namespace jmap::cli
