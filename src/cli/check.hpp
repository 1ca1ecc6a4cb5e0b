// load -> validate for one file: what `build` and `lint` share.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "jmap/diagnostic.hpp"
#include "jmap/lint.hpp"
#include "jmap/model.hpp"
#include "jmap/validate.hpp"

namespace jmap::cli {

struct CheckedFile {
  std::optional<Journey> journey;  // absent when the file could not be parsed
  Diagnostics diagnostics;         // sorted
  std::vector<std::filesystem::path> files_read;  // the journey, then its imports
};

// Throws UsageError when the file cannot be read at all. The limits: the defaults, then
// `configured` (.jmap.yaml), then the command line's; `validation` is also the config's.
// `data` (--data): KPI values bound to the journey before it is validated; its findings
// join the journey's.
CheckedFile check_file(const std::filesystem::path& path, const CommonOptions& options, SourceSet& sources,
                       const LimitSettings& configured = {}, const ValidateOptions& validation = {},
                       const std::optional<std::filesystem::path>& data = std::nullopt);

// The .jmap.yaml that governs `input` (none: the defaults), added to `inputs` (a depfile's);
// its own findings (bad-config) go to `findings`. Build and site read the limits,
// statuses and governance rules from it as lint does, so all three agree on a file.
LintConfig project_config(const std::filesystem::path& input, SourceSet& sources, Diagnostics& findings,
                          std::vector<std::filesystem::path>& inputs);

// A file checked as `jmap lint` checks it (and `jmap site` before it builds): `config`'s
// limits and validate options, then the suppression comments of the YAML files (not of
// the data file), then `config`'s severities; sorted.
CheckedFile lint_file(const std::filesystem::path& path, const CommonOptions& options, SourceSet& sources,
                      const LintConfig* config, const std::optional<std::filesystem::path>& data = std::nullopt);

// The same for a text read elsewhere (`git show REV:path`): named `name` in findings,
// its imports resolved against `import_base`'s directory.
CheckedFile check_text(std::string name, std::string text, const std::filesystem::path& import_base,
                       const CommonOptions& options, SourceSet& sources);

}  // namespace jmap::cli
