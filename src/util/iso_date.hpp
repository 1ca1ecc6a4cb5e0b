// Calendar dates written YYYY-MM-DD, as journeys and data files give them.
#pragma once

#include <optional>
#include <string_view>

namespace jmap {

// Days since 1970-01-01 of a real YYYY-MM-DD date (2026-02-30 is not one), else nothing.
std::optional<long> parse_iso_date(std::string_view text);

}  // namespace jmap
