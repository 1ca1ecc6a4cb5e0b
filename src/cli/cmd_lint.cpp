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
#include <set>
#include <thread>
#include <tuple>

#include "check.hpp"
#include "commands.hpp"
#include "lint_files.hpp"
#include "standard_output.hpp"
#include "watch.hpp"
#include "jmap/lint.hpp"
#include "jmap/load.hpp"
#include "jmap/report.hpp"

namespace fs = std::filesystem;

namespace jmap::cli {
namespace {

const std::vector<std::string> k_formats{"auto",  "human",       "gcc",       "json", "sarif",
                                         "github", "codeclimate", "checkstyle", "junit"};

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

  // The configs read, as the findings name them.
  std::vector<fs::path> paths() const {
    std::vector<fs::path> paths;
    for (const auto& [path, config] : m_configs) paths.emplace_back(path);
    return paths;
  }

  // The strictest `fail_on` among the configs read.
  std::optional<Severity> fail_on() const { return lowest(&LintConfig::fail_on); }
  // The most talkative `show` among the configs read.
  std::optional<Severity> show() const { return lowest(&LintConfig::show); }

 private:
  std::optional<Severity> lowest(std::optional<Severity> LintConfig::*key) const {
    std::optional<Severity> low;
    for (const auto& [path, config] : m_configs)
      if (config.*key && (!low || *(config.*key) < *low)) low = config.*key;
    return low;
  }

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
  std::vector<fs::path> files_read;  // the journey and its imports
};

JobResult run_job(const Job& job, const LintOptions& options) {
  JobResult result;
  result.report.path = job.file.string();
  try {
    CheckedFile checked = lint_file(job.file, options.common, *result.sources, job.config, options.data);
    result.report.diagnostics = checked.diagnostics.items();
    result.files_read = std::move(checked.files_read);
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

// A finding in an imported file (a shared catalogue) is the same for every journey
// that imports it: it is shown once, in the first report that has it.
void drop_repeats_in_imports(std::vector<FileReport>& reports) {
  std::set<std::tuple<std::string, std::uint32_t, std::uint32_t, std::string_view, std::string>> seen;
  for (FileReport& file : reports)
    std::erase_if(file.diagnostics, [&](const Diagnostic& d) {
      std::string path = d.span.file ? d.span.file->path : file.path;
      bool repeat = !seen.emplace(path, d.span.begin.line, d.span.begin.column, d.rule, d.message).second;
      return repeat && path != file.path;
    });
}

// Findings below `show` are left out of the annotations (-f github).
std::vector<FileReport> split_below(std::vector<FileReport>& reports, Severity show) {
  std::vector<FileReport> below;
  for (FileReport& file : reports) {
    FileReport quiet{file.path, {}};
    std::erase_if(file.diagnostics, [&](const Diagnostic& d) {
      if (d.severity >= show) return false;
      quiet.diagnostics.push_back(d);
      return true;
    });
    if (!quiet.diagnostics.empty()) below.push_back(std::move(quiet));
  }
  return below;
}

// The job summary is a file GitHub shows on the run's page; jmap appends to it.
void append_step_summary(const std::string& markdown) {
  const char* path = std::getenv("GITHUB_STEP_SUMMARY");
  if (!path || !*path || markdown.empty()) return;
  std::FILE* file = std::fopen(path, "a");
  if (!file) throw IoError(fmt::format("cannot write the job summary '{}'", path));
  bool ok = std::fputs(markdown.c_str(), file) >= 0;
  ok = std::fclose(file) == 0 && ok;
  if (!ok) throw IoError(fmt::format("cannot write the job summary '{}'", path));
}

void print_github(std::vector<FileReport> reports, Severity show) {
  std::vector<FileReport> below = split_below(reports, show);
  for (const FileReport& file : reports)
    for (const Diagnostic& d : file.diagnostics) write_stdout(format_github(d));
  append_step_summary(format_github_summary(below));
}

void print(const std::vector<FileReport>& reports, const std::string& format, const LintOptions& options,
           Severity fail_on, Severity show) {
  if (format == "json") return write_stdout(format_json(reports));
  if (format == "sarif") return write_stdout(format_sarif(reports, JMAP_VERSION));
  if (format == "junit") return write_stdout(format_junit(reports, fail_on));
  if (format == "codeclimate") return write_stdout(format_codeclimate(reports));
  if (format == "checkstyle") return write_stdout(format_checkstyle(reports));
  if (format == "github") return print_github(reports, show);
  ReportOptions report{use_color(options.common.color, stdout)};
  for (const FileReport& file : reports)
    for (const Diagnostic& d : file.diagnostics)
      write_stdout(format == "gcc" ? format_gcc(d) : format_human(d, report));
}

// "3 files checked, 1 ignored: 1 error, 2 warnings (2 not shown: --quiet)".
std::string summary_line(std::size_t checked, std::size_t ignored, const Diagnostics& all, bool quiet) {
  std::string files = fmt::format("{} file{} checked", checked, checked == 1 ? "" : "s");
  if (ignored > 0) files += fmt::format(", {} ignored", ignored);
  std::string findings = summarize(all);
  std::size_t hidden = quiet ? all.items().size() - all.count(Severity::error) : 0;
  if (hidden > 0) findings += fmt::format(" ({} not shown: --quiet)", hidden);
  return fmt::format("{}: {}", files, findings.empty() ? "no findings" : findings);
}

}  // namespace

CLI::App* setup_lint(CLI::App& app, LintOptions& options) {
  CLI::App* command = app.add_subcommand("lint", "Check journey files and folders; print findings");
  command->add_option("paths", options.paths, "Files, or folders searched for *.yaml and *.yml")->required();
  command->add_option("-f,--format", options.format,
                      "human, gcc, json, sarif, github, codeclimate, checkstyle, junit, or auto (github on GitHub "
                      "Actions, human on a terminal, else gcc)")
      ->check(CLI::IsMember(k_formats))
      ->capture_default_str();
  command->add_option("--fail-on", options.fail_on, "Exit 1 on findings of this severity or worse: error, warning, info")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  command->add_flag("--strict", options.strict, "Same as --fail-on warning");
  command->add_option("--show", options.show,
                      "With -f github, annotate findings of this severity or worse: error, warning (default), info; "
                      "the others go to $GITHUB_STEP_SUMMARY")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  command->add_flag("-q,--quiet", options.quiet, "Print errors only (the exit code still counts every finding)");
  command->add_option("--config", options.config, "Use this configuration instead of the nearest .jmap.yaml")
      ->check(CLI::ExistingFile);
  command->add_option("-j,--jobs", options.jobs, "Files checked at once (default: one per core)");
  command->add_flag("--watch", options.watch, "Lint again whenever a file checked or one it imports changes; Ctrl-C stops");
  command->add_option("--data", options.data,
                      "Dated KPI values (CSV or JSON) for the one journey linted: their findings join the journey's");
  add_common_options(*command, options.common);
  return command;
}

namespace {

// One lint of every file; the outcome names the files and folders read, for --watch.
RunOutcome lint_once(const LintOptions& options) {
  RunOutcome outcome;
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
  if (options.data && jobs.size() + ignored != 1)
    throw UsageError("--data binds one journey's KPIs; lint one journey file with it");
  std::vector<JobResult> results = run_jobs(jobs, options);
  for (const JobResult& result : results)
    if (!result.usage_error.empty()) throw UsageError(result.usage_error);
  for (JobResult& result : results) {
    reports.push_back(std::move(result.report));
    outcome.inputs.insert(outcome.inputs.end(), result.files_read.begin(), result.files_read.end());
  }
  for (const fs::path& path : options.paths)
    if (std::error_code ec; fs::is_directory(path, ec)) outcome.inputs.push_back(path);
  std::vector<fs::path> config_paths = configs.paths();
  outcome.inputs.insert(outcome.inputs.end(), config_paths.begin(), config_paths.end());
  drop_repeats_in_imports(reports);

  // The threshold: --fail-on, else --strict, else the configs' fail_on, else errors.
  std::optional<Severity> fail_on = parse_severity(options.fail_on);
  if (!fail_on && options.strict) fail_on = Severity::warning;
  if (!fail_on) fail_on = configs.fail_on();
  Severity threshold = fail_on.value_or(Severity::error);
  std::optional<Severity> show = parse_severity(options.show);
  if (!show) show = configs.show();
  print(shown(reports, options.quiet), format, options, threshold, show.value_or(Severity::warning));

  Diagnostics all;
  for (const FileReport& report : reports)
    for (const Diagnostic& d : report.diagnostics) all.add(d);
  bool fail = std::any_of(all.items().begin(), all.items().end(),
                          [&](const Diagnostic& d) { return d.severity >= threshold; });
  outcome.summary = summary_line(jobs.size(), ignored, all, options.quiet);
  outcome.status = fail ? k_exit_findings : k_exit_ok;
  return outcome;
}

}  // namespace

int run_lint(const LintOptions& options) {
  if (options.watch) return watch([&] { return lint_once(options); }, options.paths);
  RunOutcome outcome = lint_once(options);
  std::fprintf(stderr, "jmap: %s\n", outcome.summary.c_str());
  return outcome.status;
}

}  // namespace jmap::cli
