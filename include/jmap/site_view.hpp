// The site view (`jmap site DIR -o OUT`): a folder of journeys as a static site.
//
// Two steps, so that a site of thousands of journeys rebuilds only what changed:
// a journey becomes a summary (make_site_summary: everything the cross-journey pages
// show of it, as a JSON-shaped DataNode, written to OUT/.jmap/REL.json), and the
// summaries become the cross-journey pages (make_site_pages). Both steps are pure, and
// a summary is read back from its JSON before the pages use it, in-process as under
// ninja, so the two give the same bytes.
#pragma once

#include <string>
#include <vector>

#include "jmap/model.hpp"
#include "jmap/model_view.hpp"
#include "jmap/report_view.hpp"

namespace jmap {

// The version of the summary's shape; a summary of another version is rebuilt.
constexpr int k_site_summary_version = 1;

// Where one journey stands in the site. `rel` is the journey's path under DIR with '/'
// ("billing/refund.yaml"); its pages are OUT/billing/refund.html, .map.svg,
// .blueprint.svg and .flow.svg. `site_dir` resolves `imports` and `PATH#PAIN-ID`
// addresses into site-relative names (the same persona from the same catalogue is one
// persona on every page).
struct SiteJourneyPlace {
  std::string rel;
  std::string file;      // the journey file as the loader named it
  std::string site_dir;  // DIR, in the same terms as `file` (both relative to one folder)
};

// "billing/refund.yaml" -> "billing/refund": the stem every page of the journey shares.
std::string site_page_stem(const std::string& rel);

// A journey's summary: title, state, owner, status, tags, counts, personas with their
// curves, KPIs, pains with their opportunities, touchpoints with the steps that use them.
// `report` is the journey's report view (the page's own numbers, anchors and wording).
DataNode make_site_summary(const Journey& journey, const ReportView& report, const SiteJourneyPlace& place);

struct SiteOptions {
  std::string group_by = "status";  // status | tag: the index's sections
  std::string theme = "default";
  std::string generator;            // "jmap 0.1.0"
};

// One page of the site: its path under OUT ('/'-separated), the template that draws it
// (templates/site/KIND.html.mustache) and its data, every value decided here.
struct SitePage {
  std::string path;
  std::string kind;  // index, personas, persona, backlog, kpis, touchpoints
  DataNode data;
};

// The cross-journey pages from every journey's summary (in any order: they are sorted
// by `rel`): the index, the personas and one page per persona, the opportunity backlog,
// the KPI scorecard and the touchpoint catalogue.
std::vector<SitePage> make_site_pages(std::vector<DataNode> summaries, const SiteOptions& options);

// The group_by values, for the CLI's check.
const std::vector<std::string>& site_group_names();

}  // namespace jmap
