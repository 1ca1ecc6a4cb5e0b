// "Did you mean": the nearest known word to a typo, by edit distance.
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "util/spelling.hpp"

using namespace jmap;

namespace {

constexpr std::array<std::string_view, 5> k_stage_keys{"id", "name", "objective", "motivations", "steps"};

}  // namespace

TEST_SUITE("util::spelling") {

TEST_CASE("edit_distance counts insertions, deletions and substitutions") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("objectve", "objective") == 1);
  CHECK(edit_distance("flaw", "lawn") == 2);
}

TEST_CASE("edit_distance ignores ASCII case") {
  CHECK(edit_distance("Title", "title") == 0);
  CHECK(edit_distance("STEPS", "steps") == 0);
}

TEST_CASE("closest_match finds a likely typo") {
  CHECK(closest_match("objectve", k_stage_keys) == "objective");
  CHECK(closest_match("step", k_stage_keys) == "steps");
  CHECK(closest_match("Name", k_stage_keys) == "name");
  CHECK(closest_match("motivation", k_stage_keys) == "motivations");
}

TEST_CASE("closest_match suggests nothing for a word that is not close") {
  CHECK(closest_match("colour", k_stage_keys).empty());
  CHECK(closest_match("x", k_stage_keys).empty());  // not 'id': too short to guess
  CHECK(closest_match("anything", std::vector<std::string>{}).empty());
}

TEST_CASE("closest_match works on a list of ids") {
  std::vector<std::string> ids{"see-ad", "read-reviews", "checkout"};
  CHECK(closest_match("read-review", ids) == "read-reviews");
  CHECK(closest_match("chekout", ids) == "checkout");
  CHECK(closest_match("pay", ids).empty());
}

TEST_CASE("a swapped pair of letters is one edit, so short ids get suggestions") {
  // Plain Levenshtein counts a swap as two edits, more than a short word allows.
  CHECK(edit_distance("wbe", "web") == 1);
  std::vector<std::string> ids{"web", "high", "slow"};
  CHECK(closest_match("wbe", ids) == "web");
  CHECK(closest_match("hihg", ids) == "high");
  CHECK(closest_match("solw", ids) == "slow");
}

TEST_CASE("did_you_mean is ready to append, or empty") {
  CHECK(did_you_mean("objective") == " (did you mean 'objective'?)");
  CHECK(did_you_mean("").empty());
}

}  // TEST_SUITE
