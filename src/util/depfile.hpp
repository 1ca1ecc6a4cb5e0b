// Make/Ninja depfiles: "target: dependencies", as `gcc -MD -MP` writes them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace jmap {

// A path as make reads it in a rule: a space or '#' behind a backslash, '$' doubled
// (ninja's depfile parser reads the same escapes).
std::string make_escape(const std::string& path);

// "target: dep1 \\\n  dep2\n", then an empty rule for each dependency but the first, so a
// deleted catalogue makes make rebuild instead of stopping ("No rule to make target").
// Each dependency once, in order.
std::string make_depfile(const std::string& target, const std::vector<std::filesystem::path>& dependencies);

}  // namespace jmap
