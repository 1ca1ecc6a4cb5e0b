// The settable load limits: one table for the command line, .jmap.yaml and the messages.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "jmap/load.hpp"

namespace jmap {

namespace {

const std::array<LimitInfo, 6> k_limits{{
    {"--max-file-size", "max_file_size", &LoadLimits::max_file_bytes, "bytes in one file (the journey, each import)"},
    {"--max-depth", "max_depth", &LoadLimits::max_depth, "levels of nesting in one file"},
    {"--max-nodes", "max_nodes", &LoadLimits::max_nodes, "YAML nodes in one file, anchored copies included"},
    {"--max-alias-nodes", "max_alias_nodes", &LoadLimits::max_alias_nodes, "nodes that aliases and merge keys expand to, per file"},
    {"--max-string", "max_string", &LoadLimits::max_string_bytes, "bytes in one text value (a key, a name, a description)"},
    {"--max-imports", "max_imports", &LoadLimits::max_imports, "files loaded through imports, per journey"},
}};

}  // namespace

std::span<const LimitInfo> limit_table() { return k_limits; }

const LimitInfo& limit_info(std::size_t LoadLimits::*member) {
  auto found = std::find_if(k_limits.begin(), k_limits.end(), [&](const LimitInfo& row) { return row.member == member; });
  return found == k_limits.end() ? k_limits.front() : *found;
}

std::string raise_hint(std::size_t LoadLimits::*member) {
  const LimitInfo& row = limit_info(member);
  return fmt::format("raise the limit with {} N, or 'limits: {{{}: N}}' in .jmap.yaml", row.option, row.key);
}

LoadLimits with_settings(LoadLimits limits, const LimitSettings& settings) {
  for (const LimitInfo& row : k_limits)
    if (auto found = settings.find(row.key); found != settings.end()) limits.*row.member = found->second;
  return limits;
}

}  // namespace jmap
