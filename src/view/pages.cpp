// Pictures on paper: the paper sizes, which stages go on which page, and the pages.
#include "jmap/pages.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <variant>

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
// stages, or the steps of one stage.
template <class MakePart>
void grow_parts(std::size_t count, double budget, const std::function<double(const PagePart&)>& width_of,
                MakePart make_part, std::vector<PagePart>& parts) {
  for (std::size_t first = 0; first < count;) {
    std::size_t last = first;
    while (last + 1 < count && width_of(make_part(first, last + 1)) <= budget) ++last;
    parts.push_back(make_part(first, last));
    first = last + 1;
  }
}

// The scale every page draws at: the whole map's height fitted to the page (a map is never
// split downwards), at most 1. Below k_min_page_scale the text is smaller than reads well:
// then a larger --page is the answer.
double page_scale(const Journey& journey, const ViewOptions& options, Room room) {
  return std::min(1.0, room.height / measured_view(journey, options).height);
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
  double scale = page_scale(journey, options, room);
  double budget = room.width / scale;  // the widest picture a page takes, in the picture's points
  std::function<double(const PagePart&)> width_of = [&](const PagePart& part) {
    return measured_view(journey_for_part(journey, part), options).width;
  };
  std::vector<PagePart> stages, parts;
  grow_parts(journey.stages.size(), budget, width_of,
             [](std::size_t first, std::size_t last) { return PagePart{first, last, {}, {}}; }, stages);
  for (const PagePart& part : stages) {
    std::size_t steps = journey.stages[part.first_stage].steps.size();
    if (part.first_stage != part.last_stage || steps < 2 || width_of(part) <= budget) {
      parts.push_back(part);
      continue;
    }
    std::size_t stage = part.first_stage;  // wider than a page: split between its steps
    grow_parts(steps, budget, width_of,
               [stage](std::size_t first, std::size_t last) { return PagePart{stage, stage, first, last}; }, parts);
  }
  return parts;
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
  Room room = picture_room(setup);
  // The flow is laid out by Graphviz later: each of its pages is drawn as large as fits.
  set.scale = options.kind == ViewKind::flow ? 0 : page_scale(journey, options, room);
  ViewOptions page_options = options;
  page_options.narrow = true;
  std::vector<PagePart> parts = page_parts(journey, options, setup);
  for (std::size_t i = 0; i < parts.size(); ++i)
    set.pages.push_back(Page{make_picture(journey_for_part(journey, parts[i]), page_options), journey.title.value,
                             fmt::format("page {} of {}", i + 1, parts.size())});
  return set;
}

}  // namespace jmap
