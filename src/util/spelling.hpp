// "Did you mean": the closest known word to a typo, by edit distance (as ninja does).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jmap {

// Levenshtein distance, ignoring ASCII case.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word` if it is close enough to be a likely typo, else empty.
std::string_view closest_match(std::string_view word, std::span<const std::string_view> candidates);
std::string_view closest_match(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or "" — ready to append to a message.
std::string did_you_mean(std::string_view suggestion);

}  // namespace jmap
