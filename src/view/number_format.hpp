// Numbers as every output shows them (map, blueprint, flow, HTML, Markdown): one
// formatter, so "£999,999.5" and "4.2/5" read the same everywhere.
#pragma once

#include <string>
#include <string_view>

namespace jmap {

// "12000" -> "12,000": a whole number with its digits grouped by threes.
std::string format_count(double value);
// 999999.5 -> "999,999.5", 2.50 -> "2.5": at most two decimals, digits grouped.
std::string format_number(double value);
// A value with its unit, placed by the unit's kind: a currency before the number
// ("£999,999.5", "-$5", "EUR 12"), "%", "‰", "°" and a denominator ("/5") attached
// ("58.4%", "4.2/5"), any other unit after a space ("42 s", "3 steps").
std::string format_quantity(double value, std::string_view unit);

}  // namespace jmap
