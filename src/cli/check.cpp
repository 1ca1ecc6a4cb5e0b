#include "check.hpp"

#include "jmap/load.hpp"
#include "jmap/validate.hpp"

namespace jmap::cli {

CheckedFile check_file(const std::filesystem::path& path, const CommonOptions& options, SourceSet& sources) {
  CheckedFile checked;
  LoadOptions load_options;
  load_options.root = options.root;
  try {
    checked.journey = load_journey_file(path, load_options, sources, checked.diagnostics);
  } catch (const IoError& error) {
    throw UsageError(error.what());
  }
  if (checked.journey) validate(*checked.journey, checked.diagnostics);
  checked.diagnostics.sort_and_dedupe();
  return checked;
}

}  // namespace jmap::cli
