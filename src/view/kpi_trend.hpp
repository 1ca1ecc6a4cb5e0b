// A KPI's history from --data, read once for every view: which way it moved and the
// sparkline's points. The map's box and the HTML card tell the same story from it.
#pragma once

#include <optional>
#include <string>

#include "jmap/model.hpp"

namespace jmap {

// The latest value against the one before it. Improving is the `better` direction.
struct KpiTrend {
  const KpiSample* first = nullptr;
  const KpiSample* previous = nullptr;
  const KpiSample* latest = nullptr;
  std::string arrow;      // "▲" rose, "▼" fell, "→" unchanged
  std::string direction;  // "improving", "worsening", "steady"
};

// Absent with fewer than two values.
std::optional<KpiTrend> kpi_trend(const Kpi& kpi);

// "▲ from 86.2% (improving)": the map's line under the figures.
std::string trend_line(const Kpi& kpi, const KpiTrend& trend);

// The sparkline in a box of width × height (SVG user units, y down): x by date, y by
// value over the range of the values and the target. Numbers with one decimal.
struct Sparkline {
  std::string points;          // "x,y x,y ..." for a polyline
  std::string last_x, last_y;  // the latest value's dot
  std::optional<std::string> target_y;  // the target's line
};
Sparkline sparkline(const Kpi& kpi, double width, double height);

}  // namespace jmap
