#include <doctest/doctest.h>

#include "view/kpi_trend.hpp"

namespace jmap {
namespace {

Kpi kpi_with(std::vector<double> values, bool lower = false) {
  Kpi kpi;
  kpi.unit = Text{"%", {}, true};
  if (lower) kpi.better = Text{"lower", {}, true};
  kpi.target = Number{50, {}, true};
  const char* dates[] = {"2026-01-31", "2026-02-28", "2026-03-31"};
  for (std::size_t i = 0; i < values.size(); ++i) kpi.history.push_back(KpiSample{dates[i], values[i], {}});
  return kpi;
}

}  // namespace

TEST_SUITE("view/kpi_trend") {
TEST_CASE("the latest against the previous, judged by `better`") {
  CHECK_FALSE(kpi_trend(kpi_with({40})));
  Kpi rising = kpi_with({30, 45, 40});
  std::optional<KpiTrend> trend = kpi_trend(rising);
  REQUIRE(trend);
  CHECK(trend->direction == "worsening");
  CHECK(trend_line(rising, *trend) == "\u25BC from 45% (worsening)");
  Kpi falling = kpi_with({60, 55}, true);
  CHECK(kpi_trend(falling)->direction == "improving");
  CHECK(kpi_trend(kpi_with({5, 5}))->direction == "steady");
}

TEST_CASE("the sparkline spaces points by date and spans the target") {
  Sparkline line = sparkline(kpi_with({30, 45, 40}), 120, 28);
  // 28 and 31 days apart; values 30..50 (the target) from y 25 down to 3.
  CHECK(line.points == "3.0,25.0 57.1,8.5 117.0,14.0");
  CHECK(line.last_x == "117.0");
  CHECK(line.target_y == "3.0");
}
}

}  // namespace jmap
