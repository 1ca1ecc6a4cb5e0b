#include "util/spelling.hpp"

#include <algorithm>
#include <cctype>

namespace jmap {

// Optimal string alignment: Levenshtein plus the swap of two neighbours ("wbe" -> "web").
std::size_t edit_distance(std::string_view a, std::string_view b) {
  auto same = [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  };
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (same(a[i - 1], b[j - 1]) ? 0 : 1)});
      if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1]))
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

template <class Range>
static std::string_view closest_in(std::string_view word, const Range& candidates) {
  // Allow about one edit in three letters: 'objectve' -> 'objective', not 'id' -> 'kind'.
  std::size_t best_distance = std::max<std::size_t>(1, word.size() / 3) + 1;
  std::string_view best;
  for (std::string_view candidate : candidates) {
    std::size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string_view closest_match(std::string_view word, std::span<const std::string_view> candidates) {
  return closest_in(word, candidates);
}

std::string_view closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  return closest_in(word, candidates);
}

std::string did_you_mean(std::string_view suggestion) {
  if (suggestion.empty()) return {};
  return " (did you mean '" + std::string(suggestion) + "'?)";
}

}  // namespace jmap
