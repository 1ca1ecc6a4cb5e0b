// `jmap lint PATH...`: check files and folders on a bounded pool of workers, apply the
// project's config and inline suppressions, print in the order of the files.
// Never touches Graphviz.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <thread>

#include "check.hpp"
#include "commands.hpp"
#include "lint_files.hpp"
#include "standard_output.hpp"
#include "jmap/lint.hpp"
#include "jmap/load.hpp"
#include "jmap/report.hpp"

namespace fs = std::filesystem;

namespace jmap::cli {
namespace {

const std::vector<std::string> k_formats{"auto", "human", "gcc", "json", "sarif", "github", "junit"};

std::string pick_format(const std::string& format) {
  if (format != "auto") return format;
  const char* actions = std::getenv("GITHUB_ACTIONS");  // "true" there; any value will do
  if (actions && *actions) return "github";
  return isatty(fileno(stdout)) ? "human" : "gcc";
}

// The configs that govern the files, read once each before the workers start.
class ConfigSet {
 public:
  ConfigSet(const LintOptions& options, SourceSet& sources, std::vector<FileReport>& config_reports)
      : m_options(options), m_sources(sources), m_reports(config_reports) {}

  const LintConfig* for_file(const fs::path& file) {
    std::optional<fs::path> path = m_options.config ? m_options.config : find_lint_config(file);
    if (!path) return nullptr;
    std::error_code ec;
    fs::path shown = fs::proximate(*path, ec);  // named relative to here, like the journeys
    if (!ec && !shown.empty()) path = shown;
    auto [it, inserted] = m_configs.try_emplace(path->string());
    if (inserted) {
      Diagnostics diagnostics;
      try {
        it->second = load_lint_config(*path, m_sources, diagnostics);
      } catch (const IoError& error) {
        throw UsageError(error.what());
      }
      diagnostics.sort_and_dedupe();
      if (!diagnostics.empty()) m_reports.push_back(FileReport{path->string(), diagnostics.items()});
    }
    return &it->second;
  }

  // The strictest `fail_on` among the configs read.
  std::optional<Severity> fail_on() const {
    std::optional<Severity> strictest;
    for (const auto& [path, config] : m_configs)
      if (config.fail_on && (!strictest || *config.fail_on < *strictest)) strictest = config.fail_on;
    return strictest;
  }

 private:
  const LintOptions& m_options;
  SourceSet& m_sources;
  std::vector<FileReport>& m_reports;
  std::map<std::string, LintConfig> m_configs;
};

struct Job {
  fs::path file;
  const LintConfig* config = nullptr;
};

// One file: check, then the project's policy. Each job has its own sources.
struct JobResult {
  std::unique_ptr<SourceSet> sources = std::make_unique<SourceSet>();
  FileReport report;
  std::string usage_error;
};

JobResult run_job(const Job& job, const LintOptions& options) {
  JobResult result;
  result.report.path = job.file.string();
  try {
    CheckedFile checked = check_file(job.file, options.common, *result.sources);
    std::vector<const SourceFile*> files;
    for (const Diagnostic& d : checked.diagnostics.items())
      if (d.span.file && std::find(files.begin(), files.end(), d.span.file) == files.end()) files.push_back(d.span.file);
    if (checked.journey && checked.journey->file &&
        std::find(files.begin(), files.end(), checked.journey->file) == files.end())
      files.push_back(checked.journey->file);
    apply_suppressions(checked.diagnostics, files);
    if (job.config) apply_lint_config(*job.config, checked.diagnostics);
    checked.diagnostics.sort_and_dedupe();
    result.report.diagnostics = checked.diagnostics.items();
  } catch (const UsageError& error) {
    result.usage_error = error.what();
  }
  return result;
}

// A bounded pool: at most `workers` threads take the next file; results keep the order.
std::vector<JobResult> run_jobs(const std::vector<Job>& jobs, const LintOptions& options) {
  std::vector<JobResult> results(jobs.size());
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  unsigned workers = std::min<unsigned>(options.jobs ? options.jobs : cores, static_cast<unsigned>(jobs.size()));
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) results[i] = run_job(jobs[i], options);
  };
  if (workers <= 1) {
    work();
    return results;
  }
  std::vector<std::jthread> threads;
  for (unsigned w = 0; w < workers; ++w) threads.emplace_back(work);
  threads.clear();  // joins
  return results;
}

// --quiet hides what is not an error; it changes nothing else (the exit code counts all).
std::vector<FileReport> shown(const std::vector<FileReport>& reports, bool quiet) {
  if (!quiet) return reports;
  std::vector<FileReport> errors = reports;
  for (FileReport& file : errors)
    std::erase_if(file.diagnostics, [](const Diagnostic& d) { return d.severity != Severity::error; });
  return errors;
}

void print(const std::vector<FileReport>& reports, const std::string& format, const LintOptions& options) {
  if (format == "json") return write_stdout(format_json(reports));
  if (format == "sarif") return write_stdout(format_sarif(reports, JMAP_VERSION));
  if (format == "junit") return write_stdout(format_junit(reports));
  ReportOptions report{use_color(options.common.color, stdout)};
  for (const FileReport& file : reports)
    for (const Diagnostic& d : file.diagnostics) {
      std::string text = format == "gcc" ? format_gcc(d) : format == "github" ? format_github(d) : format_human(d, report);
      write_stdout(text);
    }
}

// "jmap: 3 files checked, 1 ignored: 1 error, 2 warnings (2 not shown: --quiet)".
std::string summary_line(std::size_t checked, std::size_t ignored, const Diagnostics& all, bool quiet) {
  std::string files = fmt::format("{} file{} checked", checked, checked == 1 ? "" : "s");
  if (ignored > 0) files += fmt::format(", {} ignored", ignored);
  std::string findings = summarize(all);
  std::size_t hidden = quiet ? all.items().size() - all.count(Severity::error) : 0;
  if (hidden > 0) findings += fmt::format(" ({} not shown: --quiet)", hidden);
  return fmt::format("jmap: {}: {}\n", files, findings.empty() ? "no findings" : findings);
}

}  // namespace

CLI::App* setup_lint(CLI::App& app, LintOptions& options) {
  CLI::App* command = app.add_subcommand("lint", "Check journey files and folders; print findings");
  command->add_option("paths", options.paths, "Files, or folders searched for *.yaml and *.yml")->required();
  command->add_option("-f,--format", options.format,
                      "human, gcc, json, sarif, github, junit, or auto (github on GitHub Actions, human on a "
                      "terminal, else gcc)")
      ->check(CLI::IsMember(k_formats))
      ->capture_default_str();
  command->add_option("--fail-on", options.fail_on, "Exit 1 on findings of this severity or worse: error, warning, info")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  command->add_flag("--strict", options.strict, "Same as --fail-on warning");
  command->add_flag("-q,--quiet", options.quiet, "Print errors only (the exit code still counts every finding)");
  command->add_option("--config", options.config, "Use this configuration instead of the nearest .jmap.yaml")
      ->check(CLI::ExistingFile);
  command->add_option("-j,--jobs", options.jobs, "Files checked at once (default: one per core)");
  add_common_options(*command, options.common);
  return command;
}

int run_lint(const LintOptions& options) {
  std::string format = pick_format(options.format);
  SourceSet config_sources;
  std::vector<FileReport> reports;
  ConfigSet configs(options, config_sources, reports);
  std::vector<Job> jobs;
  std::size_t ignored = 0;
  for (const fs::path& file : collect_files(options.paths)) {
    const LintConfig* config = configs.for_file(file);
    if (config && is_ignored(*config, file)) ++ignored;
    else jobs.push_back(Job{file, config});
  }
  std::vector<JobResult> results = run_jobs(jobs, options);
  for (const JobResult& result : results)
    if (!result.usage_error.empty()) throw UsageError(result.usage_error);
  for (JobResult& result : results) reports.push_back(std::move(result.report));
  print(shown(reports, options.quiet), format, options);

  // The threshold: --fail-on, else --strict, else the configs' fail_on, else errors.
  std::optional<Severity> fail_on = parse_severity(options.fail_on);
  if (!fail_on && options.strict) fail_on = Severity::warning;
  if (!fail_on) fail_on = configs.fail_on();
  Diagnostics all;
  for (const FileReport& report : reports)
    for (const Diagnostic& d : report.diagnostics) all.add(d);
  Severity threshold = fail_on.value_or(Severity::error);
  bool fail = std::any_of(all.items().begin(), all.items().end(),
                          [&](const Diagnostic& d) { return d.severity >= threshold; });
  std::fputs(summary_line(jobs.size(), ignored, all, options.quiet).c_str(), stderr);
  return fail ? k_exit_findings : k_exit_ok;
}

}  // namespace jmap::cli
