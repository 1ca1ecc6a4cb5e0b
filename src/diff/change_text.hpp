// How a change reads, in plain text: the human and the Markdown writers escape it for
// their own output. Private to src/diff.
#pragma once

#include <string>

#include "jmap/diff.hpp"

namespace jmap::diff_text {

// "added", "removed", "resolved" (a pain that is gone), "moved", "renamed", "changed".
std::string verb(const Change& change);

// What changed: `step compare "Compare models"`, `emotion at step browse for parent`, `title`.
std::string subject(const Change& change);

// How: `"Browse" -> "Browse all"`, `2 (unhappy) -> 4 (happy), +2`, `severity high`; may be "".
std::string detail(const Change& change);

// The stage a group of changes is filed under: `Stage discover "Discover"`.
std::string stage_heading(const JourneyDiff& diff, const std::string& stage);

// "3 added, 1 removed, 4 changed" (moved and renamed count as changed).
std::string summary(const JourneyDiff& diff);

}  // namespace jmap::diff_text
