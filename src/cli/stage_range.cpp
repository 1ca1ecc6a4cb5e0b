// `--stages`: a range of stages read from the command line, checked against the journey.
#include "stage_range.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "commands.hpp"
#include "util/spelling.hpp"

namespace jmap::cli {
namespace {

std::string journey_name(const Journey& journey) { return journey.file ? journey.file->path : std::string("the journey"); }

// One end of the range: a stage id, else a 1-based number; 0-based in the result.
std::size_t stage_index(const Journey& journey, std::string_view word) {
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < journey.stages.size(); ++i) {
    if (journey.stages[i].id.value == word) return i;
    ids.push_back(journey.stages[i].id.value);
  }
  std::size_t number = 0;
  auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), number);
  if (error == std::errc{} && end == word.data() + word.size()) {
    if (number >= 1 && number <= journey.stages.size()) return number - 1;
    throw UsageError(fmt::format("--stages: no stage {} in {}; it has {} stage{} (1 to {})", number, journey_name(journey),
                                 ids.size(), ids.size() == 1 ? "" : "s", ids.size()));
  }
  throw UsageError(fmt::format("--stages: no stage '{}' in {}{}; stages: {}", word, journey_name(journey),
                               did_you_mean(closest_match(word, ids)), ids.empty() ? "none" : fmt::format("{}", fmt::join(ids, ", "))));
}

}  // namespace

Journey for_stages(const Journey& journey, const std::string& spec) {
  if (journey.stages.empty()) throw UsageError(fmt::format("--stages: {} has no stages", journey_name(journey)));
  std::size_t dots = spec.find("..");
  std::string_view first_word = dots == std::string::npos ? std::string_view(spec) : std::string_view(spec).substr(0, dots);
  std::string_view last_word = dots == std::string::npos ? first_word : std::string_view(spec).substr(dots + 2);
  if (first_word.empty() && last_word.empty())
    throw UsageError("--stages needs FIRST..LAST, FIRST.., ..LAST or one stage (ids or numbers from 1)");
  std::size_t first = first_word.empty() ? 0 : stage_index(journey, first_word);
  std::size_t last = last_word.empty() ? journey.stages.size() - 1 : stage_index(journey, last_word);
  if (first > last)
    throw UsageError(fmt::format("--stages {}: '{}' (stage {}) comes after '{}' (stage {}); write FIRST..LAST in journey order",
                                 spec, first_word, first + 1, last_word, last + 1));
  return journey_for_stages(journey, first, last);
}

}  // namespace jmap::cli
