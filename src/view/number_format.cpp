// The one number formatter of the views; see number_format.hpp.
#include "number_format.hpp"

#include <fmt/format.h>

#include <array>
#include <cmath>

namespace jmap {
namespace {

// "1234567.25" -> "1,234,567.25": commas between the whole part's groups of three.
std::string group_digits(std::string text) {
  std::size_t whole = text.find('.');
  if (whole == std::string::npos) whole = text.size();
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && i < whole && (whole - i) % 3 == 0) out += ',';
    out += text[i];
  }
  return out;
}

constexpr std::array<std::string_view, 8> k_currency_signs{"£", "$", "€", "¥", "₹", "₩", "₽", "US$"};
constexpr std::array<std::string_view, 8> k_currency_codes{"GBP", "USD", "EUR", "JPY", "CHF", "CAD", "AUD", "INR"};

bool is_one_of(std::string_view unit, const auto& list) {
  for (std::string_view item : list)
    if (unit == item) return true;
  return false;
}

bool is_attached(std::string_view unit) {
  return unit == "%" || unit == "\u2030" || unit == "\u00B0" || unit.front() == '/';
}

}  // namespace

std::string format_count(double value) {
  std::string text = group_digits(fmt::format("{:.0f}", std::fabs(value)));
  return value <= -0.5 ? "-" + text : text;
}

std::string format_number(double value) {
  std::string text = fmt::format("{:.2f}", std::fabs(value));
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  if (text == "0") return text;  // also what -0.001 rounds to
  return (value < 0 ? "-" : "") + group_digits(text);
}

std::string format_quantity(double value, std::string_view unit) {
  if (unit.empty()) return format_number(value);
  bool sign = is_one_of(unit, k_currency_signs), code = is_one_of(unit, k_currency_codes);
  if (sign || code) {  // the sign before the currency: "-£5"
    std::string number = format_number(std::fabs(value));
    std::string minus = value < 0 && number != "0" ? "-" : "";
    return minus + std::string(unit) + (code ? " " : "") + number;
  }
  return format_number(value) + (is_attached(unit) ? "" : " ") + std::string(unit);
}

}  // namespace jmap
