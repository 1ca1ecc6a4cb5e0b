// Lint policy on top of the diagnostics: the project's configuration (.jmap.yaml) and
// inline suppressions (# jmap-disable-next-line / # jmap-disable-file).
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "jmap/diagnostic.hpp"
#include "jmap/load.hpp"
#include "jmap/validate.hpp"

namespace jmap {

// What a .jmap.yaml says. Severity nullopt in `rules` means "off".
struct LintConfig {
  std::filesystem::path directory;  // globs in `ignore` are relative to it
  std::map<std::string, std::optional<Severity>, std::less<>> rules;
  std::vector<std::string> ignore;
  std::optional<Severity> fail_on;
  std::optional<Severity> show;  // -f github: the lowest severity annotated
  LimitSettings limits;          // `limits: {max_nodes: N}`; the command line wins
  std::vector<std::string> statuses;       // `statuses: [draft, review, live]`: replaces the default set
  std::optional<long> stale_after_days;    // `stale_after_days: 180`, for stale-journey
};

// Reads a configuration file; problems are bad-config findings in `diagnostics`.
// Throws IoError when it cannot be read.
LintConfig load_lint_config(const std::filesystem::path& path, SourceSet& sources, Diagnostics& diagnostics);

// The .jmap.yaml that governs a file: in its folder or the nearest parent, stopping at
// the repository's root (a folder holding .git). Empty when there is none.
std::optional<std::filesystem::path> find_lint_config(const std::filesystem::path& file);

// Whether a file matches one of the config's `ignore` globs, gitignore-like: relative to
// the config's folder, a glob matches the file or one of its parent folders ("drafts"
// and "drafts/" ignore all below drafts/); a trailing '/' matches folders only.
bool is_ignored(const LintConfig& config, const std::filesystem::path& file);
// One glob against one relative path: * and ? stop at '/', ** crosses folders.
bool glob_match(std::string_view pattern, std::string_view path);

// What the config changes in validation: statuses, the governance rules it turns on, and
// for stale-journey the days and today (SOURCE_DATE_EPOCH or the clock). Throws
// UsageError when stale-journey is on and SOURCE_DATE_EPOCH is not a whole number.
ValidateOptions validate_options(const LintConfig& config);

// Turns rules off or changes their severity as the config says.
void apply_lint_config(const LintConfig& config, Diagnostics& diagnostics);

// Drops findings suppressed by comments in their own file, and reports each comment
// that suppressed nothing or names no rule (unused-suppression).
void apply_suppressions(Diagnostics& diagnostics, const std::vector<const SourceFile*>& files);

// "error" -> Severity::error, ...; nullopt for anything else.
std::optional<Severity> parse_severity(std::string_view name);

}  // namespace jmap
