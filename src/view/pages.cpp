// Pictures on paper: the paper sizes, which stages go on which page, and the pages.
#include "jmap/pages.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <variant>

#include "map_lanes.hpp"

namespace jmap {
namespace {

constexpr double k_points_per_mm = 72 / 25.4;

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// The room a page leaves for its picture, in points.
struct Room {
  double width, height;
};

Room picture_room(const PageSetup& setup) {
  double footer = setup.fit ? 0 : k_page_footer;
  return Room{setup.width - 2 * k_page_margin, setup.height - 2 * k_page_margin - footer};
}

// The map's (or blueprint's) size in points, as a page would draw it.
View measured_view(const Journey& journey, const ViewOptions& options) {
  ViewOptions measure = options;
  if (measure.kind == ViewKind::flow) measure.kind = ViewKind::map;
  measure.narrow = true;
  return measure.kind == ViewKind::blueprint ? make_blueprint_view(journey, measure) : make_map_view(journey, measure);
}

// Parts from `first` on, each grown while the next unit still fits `budget`: units are
// stages, the steps of one stage, or the lanes of a range of stages (`size_of` measuring
// the width, or the height).
template <class MakePart>
void grow_parts(std::size_t count, double budget, const std::function<double(const PagePart&)>& size_of,
                MakePart make_part, std::vector<PagePart>& parts) {
  for (std::size_t first = 0; first < count;) {
    std::size_t last = first;
    // A hair over: the budget may be the very size it was fitted to, divided and multiplied back.
    while (last + 1 < count && size_of(make_part(first, last + 1)) <= budget + 1e-6) ++last;
    parts.push_back(make_part(first, last));
    first = last + 1;
  }
}

// The options of page `index` of a set: a page's width, its lanes, and after the first
// a one-line heading, so that the lanes have the page.
ViewOptions page_options(const ViewOptions& options, const PagePart& part, std::size_t index) {
  ViewOptions page = options;
  page.narrow = true;
  page.lanes = part.lanes;
  page.compact_heading = index > 0;
  return page;
}

// The scale that fits the whole picture's height in the page, at most 1: drawn as a
// page of every stage, whose heading names the stages it shows.
double whole_scale(const Journey& journey, const ViewOptions& options, Room room) {
  if (journey.stages.empty()) return std::min(1.0, room.height / measured_view(journey, options).height);
  Journey every = journey_for_stages(journey, 0, journey.stages.size() - 1);
  return std::min(1.0, room.height / measured_view(every, options).height);
}

// Each range of stages in bands of whole lanes, top to bottom, as many per band as fit
// `budget` high. Range by range, not band by band: a stack of pages then reads like the
// wall map column by column, a stage's pains and opportunities right after its steps,
// and a printed range's pages laid side by side rebuild that part of the map.
std::vector<PagePart> lane_bands(const Journey& journey, const ViewOptions& options, const std::vector<PagePart>& ranges,
                                 double budget) {
  std::vector<PagePart> bands;
  for (const PagePart& range : ranges) {
    Journey part = journey_for_part(journey, range);
    // Measured as drawn: the page `bands` is filling is the one after those it holds.
    std::function<double(const PagePart&)> height_of = [&](const PagePart& band) {
      return measured_view(part, page_options(options, band, bands.size())).height;
    };
    std::size_t lanes = drawn_lane_count(part, options);
    if (lanes == 0) bands.push_back(range);
    grow_parts(lanes, budget, height_of,
               [&range](std::size_t first, std::size_t last) {
                 PagePart band = range;
                 band.lanes = LaneRange{first, last};
                 return band;
               },
               bands);
  }
  return bands;
}

// Whole stages per page while the map of them fits `budget` across (a stage wider than
// that split between its steps).
std::vector<PagePart> stage_ranges(const Journey& journey, const ViewOptions& options, double budget) {
  std::function<double(const PagePart&)> width_of = [&](const PagePart& part) {
    return measured_view(journey_for_part(journey, part), options).width;
  };
  std::vector<PagePart> stages, parts;
  grow_parts(journey.stages.size(), budget, width_of,
             [](std::size_t first, std::size_t last) { return PagePart{first, last, {}, {}, {}}; }, stages);
  for (const PagePart& part : stages) {
    std::size_t steps = journey.stages[part.first_stage].steps.size();
    if (part.first_stage != part.last_stage || steps < 2 || width_of(part) <= budget) {
      parts.push_back(part);
      continue;
    }
    std::size_t stage = part.first_stage;  // wider than a page: split between its steps
    grow_parts(steps, budget, width_of,
               [stage](std::size_t first, std::size_t last) { return PagePart{stage, stage, first, last, {}}; }, parts);
  }
  return parts;
}

// The largest scale (at most 1) at which every range, with all its lanes and the heading
// its first page has, fits the page's height.
double ranges_scale(const Journey& journey, const ViewOptions& options, const std::vector<PagePart>& ranges, Room room) {
  double scale = 1;
  for (std::size_t i = 0; i < ranges.size(); ++i)
    scale = std::min(scale, room.height / measured_view(journey_for_part(journey, ranges[i]),
                                                        page_options(options, ranges[i], i)).height);
  return scale;
}

}  // namespace

const std::vector<PaperInfo>& paper_table() {
  static const std::vector<PaperInfo> table{
      {"a4", "A4", 210 * k_points_per_mm, 297 * k_points_per_mm},
      {"a3", "A3", 297 * k_points_per_mm, 420 * k_points_per_mm},
      {"a2", "A2", 420 * k_points_per_mm, 594 * k_points_per_mm},
      {"letter", "letter", 612, 792},
      {"tabloid", "ledger", 792, 1224},  // CSS names 11 x 17 in "ledger" (and means landscape by it)
  };
  return table;
}

const PaperInfo* paper_named(std::string_view name) {
  std::string wanted = lower(name);
  for (const PaperInfo& paper : paper_table())
    if (paper.name == wanted) return &paper;
  return nullptr;
}

PageSetup page_setup(const PaperInfo& paper, bool landscape, bool fit) {
  PageSetup setup;
  setup.width = landscape ? paper.height : paper.width;
  setup.height = landscape ? paper.width : paper.height;
  setup.fit = fit;
  return setup;
}

Journey journey_for_part(const Journey& journey, const PagePart& part) {
  if (part.first_step) return journey_for_steps(journey, part.first_stage, *part.first_step, *part.last_step);
  return journey_for_stages(journey, part.first_stage, part.last_stage);
}

std::vector<PagePart> page_parts(const Journey& journey, const ViewOptions& options, const PageSetup& setup) {
  Room room = picture_room(setup);
  double whole = whole_scale(journey, options, room);
  // The flow is not banded: its pages take the stages that fit across at the whole map's
  // scale, and Graphviz draws each as large as fits.
  if (options.kind == ViewKind::flow) return stage_ranges(journey, options, room.width / whole);
  double scale = std::max(whole, k_min_page_scale);
  std::vector<PagePart> ranges = stage_ranges(journey, options, room.width / scale);
  // A range's page may be taller than the whole map (the first page's heading, as narrow
  // as its stages, wraps more): all pages then draw a little smaller, down to
  // k_min_page_scale, rather than add a page of a lane or two.
  if (double fits = std::max(ranges_scale(journey, options, ranges, room), k_min_page_scale); fits < scale) {
    scale = fits;
    ranges = stage_ranges(journey, options, room.width / scale);
  }
  return lane_bands(journey, options, ranges, room.height / scale);
}

PageSet make_pages(const Journey& journey, const ViewOptions& options, const PageSetup& setup) {
  PageSet set;
  set.width = setup.width;
  set.height = setup.height;
  if (setup.fit) {
    set.scale = 0;  // as large as fits
    set.pages.push_back(Page{make_picture(journey, options), journey.title.value, ""});
    return set;
  }
  std::vector<PagePart> parts = page_parts(journey, options, setup);
  for (std::size_t i = 0; i < parts.size(); ++i)
    set.pages.push_back(Page{make_picture(journey_for_part(journey, parts[i]), page_options(options, parts[i], i)),
                             journey.title.value, fmt::format("page {} of {}", i + 1, parts.size())});
  // The flow is laid out by Graphviz later: each of its pages is drawn as large as fits.
  if (options.kind == ViewKind::flow) {
    set.scale = set.least_scale = 0;
    return set;
  }
  // One scale for every page, the largest at which each fits; a page that cannot fit at
  // the readable scale (a lane of one step taller than the page) alone is drawn smaller.
  Room room = picture_room(setup);
  set.least_scale = 1;
  for (const Page& page : set.pages) {
    const View& view = std::get<View>(page.picture.drawing);
    set.least_scale = std::min({set.least_scale, room.width / view.width, room.height / view.height});
  }
  set.scale = std::max(set.least_scale, k_min_page_scale);
  return set;
}

}  // namespace jmap
