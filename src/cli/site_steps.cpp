// The steps of `jmap site`: one journey -> its pages and summary; every summary -> the
// cross-journey pages. Ninja runs them as hidden commands, `--no-ninja` in-process.
#include "site_steps.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#include "check.hpp"
#include "jmap/kpi_data.hpp"
#include "jmap/lint.hpp"
#include "jmap/render.hpp"
#include "jmap/report.hpp"
#include "jmap/report_view.hpp"
#include "jmap/site_view.hpp"
#include "jmap/view.hpp"
#include "output_file.hpp"
#include "util/depfile.hpp"
#include "util/read_file.hpp"

#ifndef JMAP_VERSION
#define JMAP_VERSION "0.0.0"
#endif

namespace fs = std::filesystem;

namespace jmap::cli {
namespace {

void write_file(const fs::path& path, std::string_view bytes) {
  std::error_code ec;
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
  write_output(path.string(), bytes);
}

std::string svg_of(const Journey& journey, ViewKind kind, const std::string& theme) {
  ViewOptions view;
  view.kind = kind;
  view.theme = theme;
  return render_picture(make_picture(journey, view), "svg");
}

// The summary's dependencies, named relative to OUT (ninja's folder), whichever folder
// this process runs in.
std::vector<fs::path> relative_to(const std::vector<fs::path>& files, const fs::path& out) {
  fs::path base = fs::absolute(out).lexically_normal();
  std::vector<fs::path> named;
  for (const fs::path& file : files) named.push_back(fs::absolute(file).lexically_normal().lexically_relative(base));
  return named;
}

// The rows of the site's data file that name this journey's KPIs and stages; the site
// has checked the other ids against every journey. False (printed) on a bad value.
bool bind_site_data(const fs::path& path, SourceSet& sources, Journey& journey) {
  Diagnostics findings;
  try {
    bind_kpi_data(journey, read_kpi_data(path, sources, findings), findings, false);
  } catch (const IoError& error) {
    throw UsageError(error.what());
  }
  for (const Diagnostic& d : findings.items())
    if (d.severity == Severity::error) std::fputs(format_human(d, ReportOptions{}).c_str(), stderr);
  return !findings.has_errors();
}

}  // namespace

std::string site_summary_path(const std::string& rel) { return ".jmap/" + site_page_stem(rel) + ".json"; }

int run_site_journey(const SiteJourneyStep& step) {
  std::vector<fs::path> inputs;
  SourceSet sources;
  Diagnostics ignored;  // `jmap site` printed the config's findings before any step ran
  LintConfig config = project_config(step.input, sources, ignored, inputs);
  CheckedFile checked = check_file(step.input, step.common, sources, config.limits, validate_options(config));
  for (const Diagnostic& d : checked.diagnostics.items())
    if (d.severity == Severity::error) std::fputs(format_human(d, ReportOptions{}).c_str(), stderr);
  if (checked.diagnostics.has_errors() || !checked.journey || checked.journey->catalogue) return k_exit_findings;
  inputs.insert(inputs.begin(), checked.files_read.begin(), checked.files_read.end());
  Journey journey = std::move(*checked.journey);
  if (step.data) {
    if (!bind_site_data(*step.data, sources, journey)) return k_exit_findings;
    inputs.push_back(*step.data);
  }
  ReportViewOptions report_options;
  report_options.theme = step.theme;
  ReportView report = make_report_view(journey, report_options);
  fs::path stem = step.out / site_page_stem(step.rel);
  write_file(stem.string() + ".html", render_html(report, RenderOptions{}));
  write_file(stem.string() + ".map.svg", svg_of(journey, ViewKind::map, step.theme));
  write_file(stem.string() + ".blueprint.svg", svg_of(journey, ViewKind::blueprint, step.theme));
  write_file(stem.string() + ".flow.svg", svg_of(journey, ViewKind::flow, step.theme));
  SiteJourneyPlace place{step.rel, step.input.string(), step.site_dir.string()};
  fs::path summary = (step.out / site_summary_path(step.rel)).lexically_normal();
  write_file(summary, render_model_json(make_site_summary(journey, report, place)));
  if (step.depfile) write_file(*step.depfile, make_depfile(summary.string(), relative_to(inputs, step.out)));
  return k_exit_ok;
}

namespace {

DataNode read_summary(const fs::path& path) {
  ReadResult read = read_file(path, std::size_t{1} << 30);
  if (!read.error.empty()) throw UsageError(fmt::format("cannot read '{}': {}", path.string(), read.error));
  std::optional<DataNode> summary = parse_data_json(read.text);
  const DataNode* version = summary ? summary->get("version") : nullptr;
  if (!version || version->number != k_site_summary_version)
    throw UsageError(fmt::format("'{}' is not a summary of this jmap; delete the folder and build the site again", path.string()));
  return std::move(*summary);
}

// A page is written only when its bytes change: a site on a static host keeps its dates.
void write_if_changed(const fs::path& path, const std::string& bytes) {
  std::ifstream in(path, std::ios::binary);
  if (in) {
    std::ostringstream old;
    old << in.rdbuf();
    if (old.str() == bytes) return;
  }
  write_file(path, bytes);
}

// A persona that left the site leaves no page behind.
void remove_stale_persona_pages(const fs::path& out, const std::set<fs::path>& written) {
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(out / "personas", ec))
    if (entry.path().extension() == ".html" && !written.count(entry.path().lexically_normal())) fs::remove(entry.path(), ec);
}

}  // namespace

int run_site_pages(const SitePagesStep& step) {
  std::vector<DataNode> summaries;
  for (const std::string& path : step.summaries) summaries.push_back(read_summary(step.out / path));
  SiteOptions options{step.group_by, step.theme, std::string("jmap ") + JMAP_VERSION};
  std::set<fs::path> written;
  for (const SitePage& page : make_site_pages(std::move(summaries), options)) {
    fs::path path = (step.out / page.path).lexically_normal();
    write_if_changed(path, render_site_page(page));
    written.insert(path);
  }
  remove_stale_persona_pages(step.out, written);
  write_file(step.out / ".jmap" / "pages.stamp", "");
  return k_exit_ok;
}

CLI::App* setup_site_journey(CLI::App& app, SiteHiddenOptions& options) {
  CLI::App* command = app.add_subcommand("__site-journey", "jmap site's step for one journey (ninja runs it)");
  command->group("");  // hidden
  SiteJourneyStep& step = options.journey;
  command->add_option("file", step.input)->required();
  command->add_option("--rel", step.rel)->required();
  command->add_option("--site", step.site_dir)->required();
  command->add_option("--out", step.out)->required();
  command->add_option("--theme", step.theme);
  command->add_option("--depfile", step.depfile);
  command->add_option("--data", step.data);
  add_common_options(*command, step.common);
  return command;
}

CLI::App* setup_site_pages(CLI::App& app, SiteHiddenOptions& options) {
  CLI::App* command = app.add_subcommand("__site-pages", "jmap site's cross-journey pages (ninja runs it)");
  command->group("");
  command->add_option("list", options.list)->required();
  command->add_option("--out", options.pages.out)->required();
  command->add_option("--theme", options.pages.theme);
  command->add_option("--group-by", options.pages.group_by);
  return command;
}

int run_site_pages_from_list(SiteHiddenOptions& options) {
  std::ifstream in(options.list);
  if (!in) throw UsageError(fmt::format("cannot read '{}'", options.list.string()));
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) options.pages.summaries.push_back(line);
  return run_site_pages(options.pages);
}

}  // namespace jmap::cli
