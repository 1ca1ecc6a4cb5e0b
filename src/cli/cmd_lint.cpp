// `jmap lint PATH...`: check files and folders; never touches Graphviz.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "check.hpp"
#include "commands.hpp"
#include "jmap/report.hpp"

namespace fs = std::filesystem;

namespace jmap::cli {
namespace {

bool is_yaml(const fs::path& path) {
  std::string extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml";
}

bool is_hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.';
}

// Files named on the command line as given; folders searched for *.yaml / *.yml,
// skipping hidden entries (.git, .jmap.yaml), in sorted order for stable output.
std::vector<fs::path> collect_files(const std::vector<fs::path>& paths) {
  std::vector<fs::path> files;
  for (const fs::path& path : paths) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw UsageError(fmt::format("cannot read '{}': no such file or directory", path.string()));
    if (!fs::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    std::vector<fs::path> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
    for (; it != end; it.increment(ec)) {
      if (ec) throw UsageError(fmt::format("cannot read '{}': {}", path.string(), ec.message()));
      if (is_hidden(it->path())) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec) && is_yaml(it->path())) found.push_back(it->path());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace

CLI::App* setup_lint(CLI::App& app, LintOptions& options) {
  CLI::App* command = app.add_subcommand("lint", "Check journey files and folders; print findings");
  command->add_option("paths", options.paths, "Files, or folders searched for *.yaml and *.yml")->required();
  command->add_flag("--strict", options.strict, "Fail (exit 1) on warnings too");
  add_common_options(*command, options.common);
  return command;
}

int run_lint(const LintOptions& options) {
  std::vector<fs::path> files = collect_files(options.paths);
  ReportOptions report{use_color(options.common.color, stdout)};
  Diagnostics all;
  SourceSet sources;
  for (const fs::path& file : files) {
    CheckedFile checked = check_file(file, options.common, sources);
    for (const Diagnostic& d : checked.diagnostics.items()) {
      std::fputs(format_human(d, report).c_str(), stdout);
      all.report(d.rule, d.span, d.message).severity = d.severity;
    }
  }
  std::string summary = summarize(all);
  std::fprintf(stderr, "jmap: %zu file%s checked: %s\n", files.size(), files.size() == 1 ? "" : "s",
               summary.empty() ? "no findings" : summary.c_str());
  bool fail = all.has_errors() || (options.strict && all.count(Severity::warning) > 0);
  return fail ? k_exit_findings : k_exit_ok;
}

}  // namespace jmap::cli
