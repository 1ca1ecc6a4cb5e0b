// A part of the journey (`--stages FIRST..LAST`): a copy with only those stages, which
// remembers what the views still show of the whole (stage numbers, the funnel's base).
#include <fmt/format.h>

#include "jmap/model.hpp"

namespace jmap {
namespace {

// The last step before stage `index` (or the first from `index` on, going forwards),
// looking past the part's own stages into what its range remembers.
std::optional<Step> step_before(const Journey& journey, std::size_t index) {
  for (std::size_t s = index; s-- > 0;)
    if (!journey.stages[s].steps.empty()) return journey.stages[s].steps.back();
  return journey.shown ? journey.shown->before : std::nullopt;
}

std::optional<Step> step_after(const Journey& journey, std::size_t index) {
  for (std::size_t s = index; s < journey.stages.size(); ++s)
    if (!journey.stages[s].steps.empty()) return journey.stages[s].steps.front();
  return journey.shown ? journey.shown->after : std::nullopt;
}

}  // namespace

Journey journey_for_stages(const Journey& journey, std::size_t first, std::size_t last) {
  Journey part = journey;
  StageRange range;
  range.first = first + (journey.shown ? journey.shown->first : 0);
  range.last = last + (journey.shown ? journey.shown->first : 0);
  range.total = journey.shown ? journey.shown->total : journey.stages.size();
  range.reached = whole_journey_reached(journey);
  range.names = whole_journey_stage_names(journey);
  range.before = step_before(journey, first);
  range.after = step_after(journey, last + 1);
  part.stages.assign(journey.stages.begin() + static_cast<std::ptrdiff_t>(first),
                     journey.stages.begin() + static_cast<std::ptrdiff_t>(last) + 1);
  // `next` may point at a step in a stage left out; the flow view skips such edges.
  part.shown = std::move(range);
  return part;
}

Journey journey_for_steps(const Journey& journey, std::size_t stage, std::size_t first, std::size_t last) {
  Journey part = journey_for_stages(journey, stage, stage);
  const std::vector<Step>& steps = journey.stages[stage].steps;
  Stage& cut = part.stages.front();
  cut.steps.assign(steps.begin() + static_cast<std::ptrdiff_t>(first), steps.begin() + static_cast<std::ptrdiff_t>(last) + 1);
  if (first > 0) {
    part.shown->before = steps[first - 1];
    cut.name.value += " (continued)";
    cut.pains.clear();
    cut.opportunities.clear();
    cut.kpis.clear();
  }
  if (last + 1 < steps.size()) part.shown->after = steps[last + 1];
  return part;
}

std::size_t stage_number(const Journey& journey, std::size_t index) {
  return index + 1 + (journey.shown ? journey.shown->first : 0);
}

std::vector<Number> whole_journey_reached(const Journey& journey) {
  if (journey.shown) return journey.shown->reached;
  std::vector<Number> out;
  for (const Stage& stage : journey.stages) out.push_back(stage.reached);
  return out;
}

std::vector<std::string> whole_journey_stage_names(const Journey& journey) {
  if (journey.shown) return journey.shown->names;
  std::vector<std::string> out;
  for (const Stage& stage : journey.stages) out.push_back(stage.name.value);
  return out;
}

std::string shown_stages_text(const Journey& journey) {
  if (!journey.shown) return "";
  const StageRange& range = *journey.shown;
  if (range.first == range.last)
    return fmt::format("Stage {} of {}: {}", range.first + 1, range.total, range.names[range.first]);
  return fmt::format("Stages {}\u2013{} of {}: {} to {}", range.first + 1, range.last + 1, range.total,
                     range.names[range.first], range.names[range.last]);
}

}  // namespace jmap
