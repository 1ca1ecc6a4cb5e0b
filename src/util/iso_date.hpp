// Calendar dates written YYYY-MM-DD, as journeys and data files give them.
#pragma once

#include <optional>
#include <string_view>

namespace jmap {

// Whether text is written YYYY-MM-DD (four, two and two digits), a real day or not: a
// message can then tell "not a date" from "no such day".
bool has_iso_date_shape(std::string_view text);

// Days since 1970-01-01 of a real YYYY-MM-DD date (2026-02-30 is not one), else nothing.
std::optional<long> parse_iso_date(std::string_view text);

// Today in days since 1970-01-01 (UTC): SOURCE_DATE_EPOCH, seconds since 1970, when it is
// set (the reproducible-builds convention, so a build and its tests see a fixed day), else
// the system clock. Nothing when SOURCE_DATE_EPOCH is set but not a whole number.
std::optional<long> today_in_days();

}  // namespace jmap
