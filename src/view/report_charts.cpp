// The report view's charts: emotion curves over the grid, the funnel, the channel mix
// and the touchpoint catalogue.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "curve.hpp"
#include "emotion.hpp"
#include "kpi_trend.hpp"
#include "report_parts.hpp"
#include "number_format.hpp"
#include "text_layout.hpp"

namespace jmap::report {
namespace {

// The page's palette has six curve colours; after them a pattern tells curves apart.
constexpr std::size_t k_colours = 6;
constexpr const char* k_patterns[] = {"solid", "dashed", "dotted"};

// The grid's columns: one per step, one for a stage without steps (null).
std::vector<const Step*> grid_columns(const Journey& journey) {
  std::vector<const Step*> columns;
  for (const Stage& stage : journey.stages) {
    if (stage.steps.empty()) columns.push_back(nullptr);
    for (const Step& step : stage.steps) columns.push_back(&step);
  }
  return columns;
}

// The same smooth curve as the map's (monotone, never past its points), as an SVG path.
std::string smooth_path(const std::vector<Point>& through) {
  std::vector<Point> controls = through.size() < 2 ? through : bezier_through(through, 4, 96);
  std::string path = fmt::format("M{:.1f},{:.1f}", controls.front().x, controls.front().y);
  for (std::size_t i = 1; i + 2 < controls.size(); i += 3)
    path += fmt::format(" C{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}", controls[i].x, controls[i].y, controls[i + 1].x,
                        controls[i + 1].y, controls[i + 2].x, controls[i + 2].y);
  return path;
}

bool per_persona_curves(const Journey& journey) {
  for (const Stage& stage : journey.stages)
    for (const Step& step : stage.steps)
      if (step.emotion_per_persona) return true;
  return false;
}

// One persona's curve ("" = everyone's); none when it has no point.
std::optional<ReportCurve> curve_of(const Journey& journey, const std::vector<const Step*>& columns, const Persona* who,
                                    std::size_t k) {
  const Scale& scale = journey.scale;
  double span = std::max(1, scale.high() - scale.low());
  std::string id = who ? who->id.value : "", name = who ? who->name.value : "";
  ReportCurve curve;
  if (who) curve.persona = name;
  curve.colour = k % k_colours;
  curve.pattern = k_patterns[(k / k_colours) % 3];
  std::vector<Point> all, run;
  auto close_run = [&] {
    if (!run.empty()) curve.segments.push_back(smooth_path(run));
    run.clear();
  };
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const Step* step = columns[c];
    // A step this persona does not take breaks its line: there is nothing to join.
    if (step && who && !step_has_persona(*step, id)) close_run();
    std::optional<double> value = step ? emotion_for(scale, *step, id) : std::nullopt;
    if (!value) continue;
    Point point{100.0 * static_cast<double>(c) + 50, 90 - 80 * std::clamp((*value - scale.low()) / span, 0.0, 1.0)};
    curve.points += fmt::format("{}{:.1f},{:.1f}", curve.points.empty() ? "" : " ", point.x, point.y);
    all.push_back(point);
    run.push_back(point);
    curve.dots.push_back(ReportDot{fmt::format("{:.1f}", point.x), fmt::format("{:.1f}", point.y),
                                   emotion_tooltip(scale, step->name.value, *value, name)});
  }
  close_run();
  if (all.empty()) return std::nullopt;
  curve.path = smooth_path(all);
  return curve;
}

std::string signed_percent(double change) {
  long rounded = std::lround(100 * change);
  if (rounded == 0) return "0%";
  return fmt::format("{}{}%", rounded < 0 ? "\u2212" : "+", std::labs(rounded));
}

}  // namespace

std::optional<ReportCurve> persona_curve(const Journey& journey, std::size_t k) {
  return curve_of(journey, grid_columns(journey), &journey.personas.at(k), k);
}

std::vector<ReportCurve> report_curves(const Journey& journey) {
  std::vector<const Step*> columns = grid_columns(journey);
  std::vector<ReportCurve> out;
  if (!per_persona_curves(journey)) {
    if (auto curve = curve_of(journey, columns, nullptr, 0)) out.push_back(std::move(*curve));
    return out;
  }
  for (std::size_t k = 0; k < journey.personas.size(); ++k)
    if (auto curve = curve_of(journey, columns, &journey.personas[k], k)) out.push_back(std::move(*curve));
  return out;
}

// The rows of the stages shown; shares refer to the whole journey's first count and
// to the count before each stage in it, also when --stages shows a part.
std::vector<ReportFunnelRow> report_funnel(const Journey& journey) {
  std::vector<ReportFunnelRow> out;
  std::vector<Number> reached = whole_journey_reached(journey);
  std::optional<double> first, previous;
  for (std::size_t w = 0; w + 1 < stage_number(journey, 0); ++w)
    if (reached[w].present) {
      if (!first) first = reached[w].value;
      previous = reached[w].value;
    }
  for (const Stage& stage : journey.stages) {
    if (!stage.reached.present) continue;
    double count = stage.reached.value;
    if (!first) first = count;
    ReportFunnelRow row;
    row.stage = stage.name.value;
    row.anchor = "stage-" + stage.id.value;
    row.reached = format_count(count);
    double share = *first > 0 ? count / *first : 0;
    row.share = percent(share);
    row.bar = fmt::format("{:.1f}", 100.0 * std::clamp(share, 0.0, 1.0));
    if (previous && *previous > 0) {
      double kept = count / *previous;
      row.kept = percent(kept);
      row.drop = percent(1 - kept);
      row.change = signed_percent(kept - 1);
      row.grew = kept > 1;
    }
    previous = count;
    out.push_back(std::move(row));
  }
  return out;
}

ReportMix report_mix(const Journey& journey, const Stage& stage) {
  ReportMix mix;
  for (const Step& step : stage.steps)
    for (const Text& id : step.touchpoints)
      if (const Touchpoint* touchpoint = find_touchpoint(journey, id.value)) {
        const std::string& kind = touchpoint_kind(*touchpoint);
        (kind == "physical" ? mix.physical : kind == "human" ? mix.human : mix.digital) += 1;
      }
  mix.total = mix.digital + mix.physical + mix.human;
  auto share = [&](std::size_t count) { return mix.total ? percent(static_cast<double>(count) / mix.total) : "0%"; };
  mix.digital_share = share(mix.digital);
  mix.physical_share = share(mix.physical);
  mix.human_share = share(mix.human);
  // The stacked bar: the kinds used, each from x to x + width (percent of the bar).
  std::size_t before = 0;
  for (const auto& [kind, count] : {std::pair{"digital", mix.digital}, std::pair{"physical", mix.physical},
                                    std::pair{"human", mix.human}}) {
    if (count == 0) continue;
    mix.segments.push_back(ReportMixSegment{kind, std::to_string(count),
                                            fmt::format("{:.1f}", 100.0 * static_cast<double>(before) / mix.total),
                                            fmt::format("{:.1f}", 100.0 * static_cast<double>(count) / mix.total)});
    before += count;
  }
  return mix;
}

std::vector<ReportCatalogueEntry> report_catalogue(const Journey& journey) {
  std::vector<ReportCatalogueEntry> out;
  for (const Touchpoint& touchpoint : journey.touchpoints) {
    ReportCatalogueEntry entry{report_touchpoint(touchpoint), {}, 0};
    for (const Stage& stage : journey.stages)
      for (const Step& step : stage.steps)
        for (const Text& id : step.touchpoints)
          if (id.value == touchpoint.id.value) entry.steps.push_back(ReportLink{step.name.value, "step-" + step.id.value});
    entry.uses = entry.steps.size();
    out.push_back(std::move(entry));
  }
  return out;
}

std::optional<ReportTrend> report_trend(const Kpi& kpi) {
  std::optional<KpiTrend> trend = kpi_trend(kpi);
  if (!trend) return std::nullopt;
  Sparkline line = sparkline(kpi, 120, 28);
  ReportTrend out;
  out.points = line.points;
  out.last_x = line.last_x;
  out.last_y = line.last_y;
  out.target_y = line.target_y;
  out.arrow = trend->arrow;
  out.direction = trend->direction;
  out.previous = format_quantity(trend->previous->value, kpi.unit.value);
  out.first_date = trend->first->date;
  out.latest_date = trend->latest->date;
  out.text = fmt::format("{} {} from {} \u00B7 {} \u2013 {}", out.arrow, out.direction, out.previous, out.first_date,
                         out.latest_date);
  std::vector<std::string> values;
  for (const KpiSample& sample : kpi.history)
    values.push_back(fmt::format("{} on {}", format_quantity(sample.value, kpi.unit.value), sample.date));
  out.label = fmt::format("{}: {}; {}", kpi.name.value, fmt::join(values, ", "), out.direction);
  return out;
}

}  // namespace jmap::report
