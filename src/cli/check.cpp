#include "check.hpp"

#include <fmt/format.h>

#include <limits>

#include "jmap/load.hpp"
#include "jmap/validate.hpp"

namespace jmap::cli {

void add_limit_options(CLI::App& command, LimitSettings& limits) {
  LoadLimits defaults;
  for (const LimitInfo& row : limit_table()) {
    std::string key(row.key);
    command
        .add_option_function<std::size_t>(
            std::string(row.option), [&limits, key](std::size_t value) { limits[key] = value; },
            fmt::format("Limit: {} (default {})", row.what, defaults.*row.member))
        ->check(CLI::Range(std::size_t{1}, std::numeric_limits<std::size_t>::max()))
        ->option_text("N")
        ->group("Limits");
  }
}

CheckedFile check_file(const std::filesystem::path& path, const CommonOptions& options, SourceSet& sources,
                       const LimitSettings& configured, const ValidateOptions& validation) {
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
  if (checked.journey) validate(*checked.journey, validation, checked.diagnostics);
  checked.diagnostics.sort_and_dedupe();
  return checked;
}

}  // namespace jmap::cli
