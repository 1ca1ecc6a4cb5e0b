// `jmap site DIR -o OUT`: every journey under DIR (found as lint finds them) checked
// first, all or nothing; then OUT/build.ninja and `ninja -C OUT`, which runs
// site_steps.cpp's steps only for what changed (or those steps in-process: --no-ninja).
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <thread>

#include "check.hpp"
#include "commands.hpp"
#include "jmap/kpi_data.hpp"
#include "jmap/lint.hpp"
#include "jmap/rules.hpp"
#include "jmap/report.hpp"
#include "jmap/site_view.hpp"
#include "jmap/view.hpp"
#include "lint_files.hpp"
#include "site_ninja.hpp"
#include "site_steps.hpp"
#include "util/spelling.hpp"

namespace fs = std::filesystem;

namespace jmap::cli {
namespace {

// One file of DIR, checked: its findings as lint prints them, and whether it is a journey.
struct CheckedEntry {
  fs::path file;
  const LintConfig* config = nullptr;
  std::unique_ptr<SourceSet> sources = std::make_unique<SourceSet>();
  Diagnostics diagnostics;
  bool journey = false;
  std::set<std::string> data_ids;  // its KPIs' and stages' ids: what --data rows may name
  std::string usage_error;
};

void check_entry(CheckedEntry& entry, const CommonOptions& common) {
  try {
    CheckedFile checked = lint_file(entry.file, common, *entry.sources, entry.config);
    entry.diagnostics = std::move(checked.diagnostics);
    entry.journey = checked.journey && !checked.journey->catalogue;
    if (entry.journey)
      for (const Stage& stage : checked.journey->stages) {
        entry.data_ids.insert(stage.id.value);
        for (const Kpi& kpi : stage.kpis) entry.data_ids.insert(kpi.id.value);
      }
  } catch (const UsageError& error) {
    entry.usage_error = error.what();
  }
}

// lint's pool: at most `jobs` threads take the next file.
void check_all(std::vector<CheckedEntry>& entries, const CommonOptions& common, unsigned jobs) {
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  unsigned workers = std::min<unsigned>(jobs ? jobs : cores, static_cast<unsigned>(entries.size()));
  std::atomic<std::size_t> next{0};
  std::vector<std::jthread> threads;
  for (unsigned w = 0; w < workers; ++w)
    threads.emplace_back([&] {
      for (std::size_t i = next++; i < entries.size(); i = next++) check_entry(entries[i], common);
    });
}

// Every *.yaml under DIR but the ignored, each with the config that governs it.
std::vector<CheckedEntry> entries_of(const fs::path& dir, std::map<std::string, LintConfig>& configs, SourceSet& sources,
                                     Diagnostics& config_findings) {
  std::vector<CheckedEntry> entries;
  for (const fs::path& file : collect_files({dir})) {
    std::optional<fs::path> path = find_lint_config(file);
    const LintConfig* config = nullptr;
    if (path) {
      auto [it, inserted] = configs.try_emplace(path->string());
      if (inserted) it->second = load_lint_config(*path, sources, config_findings);
      config = &it->second;
    }
    if (config && is_ignored(*config, file)) continue;
    entries.emplace_back().file = file;
    entries.back().config = config;
  }
  return entries;
}

// Prints the errors and warnings as `jmap build` does; true when there is an error.
bool report_findings(const std::vector<CheckedEntry>& entries, const Diagnostics& config_findings, bool color) {
  ReportOptions report{color};
  Diagnostics all = config_findings;
  for (const CheckedEntry& entry : entries) {
    if (!entry.usage_error.empty()) throw UsageError(entry.usage_error);
    for (const Diagnostic& d : entry.diagnostics.items()) all.add(d);
  }
  for (const Diagnostic& d : all.items())
    if (d.severity != Severity::info) std::fputs(format_human(d, report).c_str(), stderr);
  if (!all.has_errors()) return false;
  std::fprintf(stderr, "jmap: site not built: %s\n", summarize(all).c_str());
  return true;
}

// --data: read once here, bound to each journey by its ids when its pages are built; a
// row whose id no journey has is an error before anything is built.
void check_data(const SiteCommandOptions& options, const std::vector<CheckedEntry>& entries, SourceSet& sources,
                Diagnostics& findings) {
  if (!options.data) return;
  KpiData data;
  try {
    data = read_kpi_data(*options.data, sources, findings);
  } catch (const IoError& error) {
    throw UsageError(error.what());
  }
  std::set<std::string> ids, reported;
  for (const CheckedEntry& entry : entries) ids.insert(entry.data_ids.begin(), entry.data_ids.end());
  for (const KpiRow& row : data.rows)
    if (!ids.count(row.id.value) && reported.insert(row.id.value).second)
      findings.report(rules::unknown_data_id, row.id.span,
                      fmt::format("'{}' is neither a KPI nor a stage of any journey under {}{}", row.id.value,
                                  options.dir.string(),
                                  did_you_mean(closest_match(row.id.value, std::vector<std::string>(ids.begin(), ids.end())))),
                      "a row's id is the id of a KPI (for its actual) or of a stage (for its reached count)");
}

void check_options(const SiteCommandOptions& options) {
  std::error_code ec;
  if (!fs::is_directory(options.dir, ec)) throw UsageError(fmt::format("'{}' is not a folder of journeys", options.dir.string()));
  std::vector<std::string> themes;
  for (const ThemeInfo& theme : theme_table()) themes.emplace_back(theme.name);
  if (std::find(themes.begin(), themes.end(), options.theme) == themes.end())
    throw UsageError(fmt::format("unknown theme '{}'{}; known: {}", options.theme, did_you_mean(closest_match(options.theme, themes)),
                                 fmt::join(themes, ", ")));
  const std::vector<std::string>& groups = site_group_names();
  if (std::find(groups.begin(), groups.end(), options.group_by) == groups.end())
    throw UsageError(fmt::format("--group-by takes {}, not '{}'", fmt::join(groups, " or "), options.group_by));
}

// The journeys as the site names them: their path under DIR, with '/'.
std::vector<SiteEntry> site_entries(const std::vector<CheckedEntry>& entries, const fs::path& dir) {
  std::vector<SiteEntry> out;
  fs::path base = fs::absolute(dir).lexically_normal();
  for (const CheckedEntry& entry : entries)
    if (entry.journey) out.push_back(SiteEntry{entry.file, fs::absolute(entry.file).lexically_normal().lexically_relative(base).generic_string()});
  return out;
}

// A journey's page may not take the place of a cross-journey page.
void refuse_clashing_names(const std::vector<SiteEntry>& journeys) {
  for (const SiteEntry& entry : journeys) {
    std::string stem = site_page_stem(entry.rel);
    for (const char* page : {"index", "personas", "backlog", "kpis", "touchpoints"})
      if (stem == page || stem.rfind("personas/", 0) == 0)
        throw UsageError(fmt::format("'{}' would be written over the site's own {}.html pages; rename or move it",
                                     entry.file.string(), stem == page ? stem : std::string("personas/*")));
  }
}

// --no-ninja: the same steps, one after the other, in this process.
int build_in_process(const SiteCommandOptions& options, const std::vector<SiteEntry>& journeys) {
  SitePagesStep pages{options.output, {}, options.theme, options.group_by};
  for (const SiteEntry& entry : journeys) {
    SiteJourneyStep step{options.common, entry.file, entry.rel, options.dir, options.output, options.theme, std::nullopt,
                         options.data};
    if (int status = run_site_journey(step); status != k_exit_ok) return status;
    pages.summaries.push_back(site_summary_path(entry.rel));
  }
  return run_site_pages(pages);
}

}  // namespace

CLI::App* setup_site(CLI::App& app, SiteCommandOptions& options) {
  CLI::App* command = app.add_subcommand("site", "Build a folder of journeys into a static site (index, personas, backlog, KPIs, touchpoints)");
  command->add_option("dir", options.dir, "The folder of journeys (searched as lint searches, .jmap.yaml ignores honoured)")->required();
  command->add_option("-o,--output", options.output, "The site's folder")->required();
  std::string themes;
  for (const ThemeInfo& theme : theme_table()) themes += fmt::format("\n  {}: {}", theme.name, theme.summary);
  command->add_option("--theme", options.theme, "The colours of every page and picture:" + themes);
  command->add_option("--group-by", options.group_by, "The index's sections: status (default) or tag");
  command->add_flag("--no-ninja", options.no_ninja, "Build every page in this process instead of through ninja (same bytes, no incremental rebuild)");
  command->add_option("-j,--jobs", options.jobs, "Journeys built at once (default: one per core)");
  command->add_option("--data", options.data,
                      "Dated KPI values (CSV or JSON: id, date, value) for every journey's KPIs and stages, bound by id "
                      "(see jmap(1), DATA FILES)");
  add_common_options(*command, options.common);
  return command;
}

int run_site(const SiteCommandOptions& options) {
  check_options(options);
  std::map<std::string, LintConfig> configs;
  SourceSet config_sources;
  Diagnostics config_findings;
  std::vector<CheckedEntry> entries;
  try {
    entries = entries_of(options.dir, configs, config_sources, config_findings);
  } catch (const IoError& error) {
    throw UsageError(error.what());
  }
  check_all(entries, options.common, options.jobs);
  check_data(options, entries, config_sources, config_findings);
  if (report_findings(entries, config_findings, use_color(options.common.color, stderr))) return k_exit_findings;
  std::vector<SiteEntry> journeys = site_entries(entries, options.dir);
  refuse_clashing_names(journeys);
  std::error_code ec;
  fs::create_directories(options.output, ec);
  if (ec) throw UsageError(fmt::format("cannot create '{}': {}", options.output.string(), ec.message()));
  int status = options.no_ninja ? build_in_process(options, journeys) : build_with_ninja(options, journeys);
  if (status == k_exit_ok) std::fprintf(stderr, "jmap: built the site of %zu journeys in %s\n", journeys.size(), options.output.c_str());
  return status;
}

}  // namespace jmap::cli
