#include "kpi_trend.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "number_format.hpp"
#include "util/iso_date.hpp"

namespace jmap {
namespace {

// Days since 1970-01-01 of a date the data reader has checked.
long days_of(const std::string& date) { return parse_iso_date(date).value_or(0); }

std::string coordinate(double value) { return fmt::format("{:.1f}", value); }

}  // namespace

std::optional<KpiTrend> kpi_trend(const Kpi& kpi) {
  if (kpi.history.size() < 2) return std::nullopt;
  KpiTrend trend;
  trend.first = &kpi.history.front();
  trend.latest = &kpi.history.back();
  trend.previous = &kpi.history[kpi.history.size() - 2];
  double change = trend.latest->value - trend.previous->value;
  bool lower = kpi.better.present && kpi.better.value == "lower";
  trend.arrow = change > 0 ? "\u25B2" : change < 0 ? "\u25BC" : "\u2192";
  trend.direction = change == 0 ? "steady" : (change > 0) != lower ? "improving" : "worsening";
  return trend;
}

std::string trend_line(const Kpi& kpi, const KpiTrend& trend) {
  return fmt::format("{} from {} ({})", trend.arrow, format_quantity(trend.previous->value, kpi.unit.value),
                     trend.direction);
}

Sparkline sparkline(const Kpi& kpi, double width, double height) {
  const double pad = 3;
  double low = kpi.history.front().value, high = low;
  for (const KpiSample& sample : kpi.history) low = std::min(low, sample.value), high = std::max(high, sample.value);
  if (kpi.target.present) low = std::min(low, kpi.target.value), high = std::max(high, kpi.target.value);
  long first = days_of(kpi.history.front().date), span = std::max(1L, days_of(kpi.history.back().date) - first);
  auto x = [&](const KpiSample& s) { return pad + (width - 2 * pad) * static_cast<double>(days_of(s.date) - first) / static_cast<double>(span); };
  auto y = [&](double v) { return high == low ? height / 2 : pad + (height - 2 * pad) * (high - v) / (high - low); };
  Sparkline out;
  for (const KpiSample& sample : kpi.history)
    out.points += (out.points.empty() ? "" : " ") + coordinate(x(sample)) + "," + coordinate(y(sample.value));
  out.last_x = coordinate(x(kpi.history.back()));
  out.last_y = coordinate(y(kpi.history.back().value));
  if (kpi.target.present) out.target_y = coordinate(y(kpi.target.value));
  return out;
}

}  // namespace jmap
