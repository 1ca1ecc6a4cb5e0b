// The view stage for paper (`--page`, `--orientation`, `--fit page`): which stages go on
// which page, and each page's picture with what is printed around it. A renderer draws
// a PageSet; it never decides the split.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jmap/model.hpp"
#include "jmap/view.hpp"

namespace jmap {

// A paper size, portrait, in points (1/72 in).
struct PaperInfo {
  std::string_view name;     // on the command line: --page NAME
  std::string_view css;      // in CSS @page: "A4", "letter"
  double width = 0, height = 0;
};
const std::vector<PaperInfo>& paper_table();
const PaperInfo* paper_named(std::string_view name);  // nullptr: no such paper

struct PageSetup {
  double width = 842, height = 595;  // points, orientation applied (A4 landscape)
  bool fit = false;                  // --fit page: the whole picture scaled onto one page
};
PageSetup page_setup(const PaperInfo& paper, bool landscape, bool fit);

constexpr double k_page_margin = 28;       // points, about 10 mm on every side
constexpr double k_page_footer = 22;       // the footer band: the title and "page N of M"
// The smallest scale at which a page's text reads well: its smallest text (9-point tags)
// comes out at 5.4 points, running text (11 points) at 6.6. A map taller than that lets
// a page hold is split downwards between lanes; only a page that cannot reach it even so
// (one lane of one step taller than the page) is drawn smaller, with a warning.
constexpr double k_min_page_scale = 0.6;

// The part of the journey one page shows: whole stages first..last, or, for a stage too
// wide for a page, steps first_step..last_step of that one stage; and of a map or
// blueprint too tall for a page, a band of its lanes (the stage row is on every band).
struct PagePart {
  std::size_t first_stage = 0, last_stage = 0;
  std::optional<std::size_t> first_step, last_step;  // set: a stage split between steps
  std::optional<LaneRange> lanes;                     // set: the lanes of journey_for_part's map
};

// Which stages and lanes go on which page. The scale is the one that fits the whole
// picture's height (at most 1), or k_min_page_scale where that is smaller; as many whole
// stages per page as fit across at it (a stage wider than a page split between steps).
// Each stage range's lanes are packed, whole, into bands as high as a page at that scale
// (one band where the range fits), top to bottom; the pages go range by range, each range's bands in order. The
// map's widths decide for every view (the flow, laid out by Graphviz later and fitted to
// its page, is never banded). Never empty for a journey with stages.
std::vector<PagePart> page_parts(const Journey& journey, const ViewOptions& options, const PageSetup& setup);

// The journey a part shows (stage numbers and the curve's neighbours kept).
Journey journey_for_part(const Journey& journey, const PagePart& part);

struct Page {
  Picture picture;
  std::string title;   // the journey's title, in the footer
  std::string number;  // "page 2 of 5"; "" on a --fit page
};

struct PageSet {
  double width = 0, height = 0;  // each page, points
  double margin = k_page_margin;
  double scale = 1;  // the largest the pictures are drawn at (each at most fits its page); 0: as fits
  double least_scale = 1;  // the smallest a page is drawn at (below `scale`: a lane taller than a page)
  std::vector<Page> pages;
};

// The pages of one view: a picture per part, or with setup.fit the whole picture on one.
PageSet make_pages(const Journey& journey, const ViewOptions& options, const PageSetup& setup);

}  // namespace jmap
