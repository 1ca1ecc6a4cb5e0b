// The two steps of `jmap site`, the same code whether ninja runs them (as the hidden
// commands `__site-journey` and `__site-pages`) or `jmap site --no-ninja` runs them in
// this process: so both give the same bytes.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"

namespace jmap::cli {

// One journey: OUT/STEM.html, .map.svg, .blueprint.svg, .flow.svg and its summary
// OUT/.jmap/STEM.json (STEM: `rel` without .yaml).
struct SiteJourneyStep {
  CommonOptions common;
  std::filesystem::path input;     // the journey file
  std::string rel;                 // its path under the site's folder, with '/'
  std::filesystem::path site_dir;  // the site's folder (DIR)
  std::filesystem::path out;       // OUT
  std::string theme = "default";
  std::optional<std::filesystem::path> depfile;  // under ninja: the summary's inputs
  std::optional<std::filesystem::path> data;     // --data: rows for this journey's ids bind
};

// The cross-journey pages from the summaries (paths relative to OUT, one per journey).
struct SitePagesStep {
  std::filesystem::path out;
  std::vector<std::string> summaries;
  std::string theme = "default";
  std::string group_by = "status";
};

// "billing/refund.yaml" -> ".jmap/billing/refund.json", relative to OUT.
std::string site_summary_path(const std::string& rel);

int run_site_journey(const SiteJourneyStep& step);
int run_site_pages(const SitePagesStep& step);

// The hidden commands ninja calls; `list` names a file of summary paths, one a line.
struct SiteHiddenOptions {
  SiteJourneyStep journey;
  SitePagesStep pages;
  std::filesystem::path list;
};
CLI::App* setup_site_journey(CLI::App& app, SiteHiddenOptions& options);
CLI::App* setup_site_pages(CLI::App& app, SiteHiddenOptions& options);
int run_site_pages_from_list(SiteHiddenOptions& options);

}  // namespace jmap::cli
