#include "util/iso_date.hpp"

#include <charconv>
#include <chrono>
#include <cstdlib>

namespace jmap {
namespace {

std::optional<int> digits(std::string_view text) {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static const int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leap(year) ? 29 : k_days[month - 1];
}

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
long days_from_civil(int year, int month, int day) {
  year -= month <= 2;
  const long era = (year >= 0 ? year : year - 399) / 400;
  const long year_of_era = year - era * 400;
  const long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

}  // namespace

bool has_iso_date_shape(std::string_view text) {
  return text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(text.substr(0, 4)) &&
         digits(text.substr(5, 2)) && digits(text.substr(8, 2));
}

std::optional<long> parse_iso_date(std::string_view text) {
  if (!has_iso_date_shape(text)) return std::nullopt;
  int year = *digits(text.substr(0, 4)), month = *digits(text.substr(5, 2)), day = *digits(text.substr(8, 2));
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return days_from_civil(year, month, day);
}

std::optional<long> today_in_days() {
  constexpr long k_seconds_per_day = 86400;
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (!epoch) {
    auto now = std::chrono::system_clock::now().time_since_epoch();
    return static_cast<long>(std::chrono::duration_cast<std::chrono::seconds>(now).count() / k_seconds_per_day);
  }
  std::string_view text(epoch);
  long seconds = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || seconds < 0) return std::nullopt;
  return seconds / k_seconds_per_day;
}

}  // namespace jmap
