// Geometry of the journey map: header, stage columns, lanes, the emotion curve.
// Everything is placed here, in points; Graphviz only draws it (nop2).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "card.hpp"
#include "compare_marks.hpp"
#include "curve.hpp"
#include "emotion.hpp"
#include "jmap/view.hpp"
#include "journey_links.hpp"
#include "map_lanes.hpp"
#include "number_format.hpp"
#include "text_layout.hpp"
#include "theme.hpp"
#include "type_scale.hpp"

namespace jmap {
namespace {

constexpr double k_margin = 28;
constexpr double k_label_width = 140;
constexpr double k_column_width = 200;
constexpr double k_column_gap = 8;
constexpr double k_stage_gap = 18;
constexpr double k_lane_gap = 8;
constexpr double k_card_gap = 5;
constexpr double k_min_width = 1000;
constexpr double k_persona_card_width = 290;
constexpr double k_legend_sample = 30;  // length of a curve's sample line in the legend
constexpr std::size_t k_no_curve = static_cast<std::size_t>(-1);  // a legend entry that is a note
constexpr const char* k_gap_note = "A gap in a curve: steps that persona does not take";
constexpr std::size_t k_old_curve = static_cast<std::size_t>(-2);  // --compare: the dashed as-is sample
constexpr std::size_t k_new_curve = static_cast<std::size_t>(-3);  // --compare: the solid to-be sample
// The lane's name at the top of a label column (padding and a line of k_body).
constexpr double k_lane_name_height = k_card_padding + 16;

using Style = TextBlock::Style;

class MapLayout {
 public:
  MapLayout(const Journey& journey, const ViewOptions& options, ViewKind kind)
      : m_journey(journey), m_theme(theme_named(options.theme)), m_options(options), m_kind(kind),
        m_columns(map_columns(journey)) {
    if (options.compare) m_marks = compare_marks(*options.compare, journey);
  }

  View build();
  std::size_t lanes_met() const { return m_lanes; }

 private:
  double column_x(std::size_t column) const { return m_column_x[column]; }
  double span_width(std::size_t first, std::size_t last) const {
    return column_x(last) + k_column_width - column_x(first);
  }
  Box& add_box(std::string id, double x, double y, double width, const std::vector<TextLine>& lines,
               const std::string& fill, const std::string& stroke);
  void place_columns();
  void header();
  void compact_header();
  bool take_lane();
  void personas();
  struct KeyEntry {
    std::string id, text, color, fill, stroke;
    bool dashed = false;
    double stroke_width = 1;
  };
  std::vector<KeyEntry> key_entries() const;
  double key(double left, double top);
  void stage_row();
  void lane(const Lane& lane);
  void blueprint_line(const std::string& label);
  void connect_steps(const std::vector<std::string>& lane_ids);
  void arrow(std::string id, Point from, Point to, std::string tooltip);
  void lane_label(const std::string& id, const std::string& text, double top, double height);
  void emotion_lane();
  struct LegendEntry {
    std::size_t curve;
    std::string name;
    double x, text_width;
  };
  std::vector<std::string> curve_personas() const;
  struct CurvePoint {
    std::size_t column;
    const Step* step;
    double value;
  };
  using CurvePiece = std::vector<CurvePoint>;
  std::vector<CurvePiece> curve_pieces(const std::string& persona) const;
  std::size_t first_step_column() const;
  std::size_t last_step_column() const;
  std::optional<double> neighbour_emotion(const std::optional<Step>& step, const std::string& persona) const;
  bool any_gap(const std::vector<std::string>& personas) const;
  Curve persona_curve(std::size_t k, const std::string& persona) const;
  Marker emotion_marker(const CurvePoint& at, const std::string& persona, const Curve& curve, Point center) const;
  void persona_marker_style(Marker& marker, const Persona& who, const Curve& curve) const;
  std::vector<std::vector<LegendEntry>> legend_rows(const std::vector<std::string>& personas) const;
  void curve_legend(const std::vector<std::string>& personas, double top);
  Box& legend_text(std::string id, const LegendEntry& entry, double x, double y, const std::string& color);
  void axis_label(int value, double y, double room);
  void old_curves(const std::vector<std::string>& personas, const std::function<double(double)>& y_of, double top,
                  double height);
  Curve old_curve(std::size_t k, const std::string& persona) const;
  void compare_legend_entry(const LegendEntry& entry, double y);
  void removed_note(double top);
  void stage_bands(std::size_t insert_at, double top, double bottom);

  bool per_persona_curves() const;
  std::string persona_color(std::size_t index) const { return persona_look(m_theme, index).color; }

  const Journey& m_journey;
  const Theme& m_theme;
  const ViewOptions& m_options;
  ViewKind m_kind;
  MapColumns m_columns;
  std::optional<CompareMarks> m_marks;  // build --compare
  // Boxes each lane placed, by column: what the blueprint's arrows connect.
  std::map<std::string, std::map<std::size_t, std::vector<std::size_t>>> m_placed;
  std::vector<double> m_column_x;
  std::size_t m_lanes = 0;  // lanes met so far, drawn or outside options.lanes
  double m_grid_left = 0, m_grid_right = 0;
  double m_y = k_margin;
  View m_view;
};

Box& MapLayout::add_box(std::string id, double x, double y, double width, const std::vector<TextLine>& lines,
                        const std::string& fill, const std::string& stroke) {
  Box box;
  box.id = std::move(id);
  box.x = x;
  box.y = y;
  box.width = width;
  box.padding = k_card_padding;
  box.lines = lines;
  box.height = lines_height(lines) + 2 * k_card_padding;
  box.fill = fill;
  box.stroke = stroke;
  box.rounded = true;
  box.tooltip = plain_text(lines);
  return m_view.boxes.emplace_back(std::move(box));
}

void MapLayout::place_columns() {
  m_grid_left = k_margin + k_label_width + k_column_gap;
  double x = m_grid_left;
  for (std::size_t c = 0; c < m_columns.steps.size(); ++c) {
    if (c > 0)
      x += k_column_width + (m_columns.stage_of[c] != m_columns.stage_of[c - 1] ? k_stage_gap : k_column_gap);
    m_column_x.push_back(x);
  }
  m_grid_right = m_column_x.empty() ? m_grid_left + k_column_width : x + k_column_width;
  // The minimum keeps room for the title block; without it (a slide, a page of paper)
  // the grid sets the width: a one-stage slide would otherwise carry a blank band.
  m_view.width = std::max(m_grid_right + k_margin, m_options.heading && !m_options.narrow ? k_min_width : 0.0);
}

void MapLayout::header() {
  if (m_options.compact_heading) return compact_header();
  double width = m_view.width - 2 * k_margin;
  TextBlock block(width - 2 * k_card_padding);
  block.text(m_journey.title.value, Style{type::k_title, true, false, m_theme.text});
  bool future = m_journey.state.present && m_journey.state.value == "future";
  std::string meta = future ? "Future state" : "Current state";
  if (m_kind == ViewKind::blueprint) meta = "Service blueprint \u00B7 " + meta;
  for (const std::string& part : links::metadata_parts(m_journey)) meta += " \u00B7 " + part;
  if (const Persona* persona = find_persona(m_journey, m_options.persona)) meta += " \u00B7 As lived by " + persona->name.value;
  if (m_journey.shown) meta += " \u00B7 " + shown_stages_text(m_journey);  // --stages: which part this is
  const Scope& scope = m_journey.scope;
  if (scope.product.present) meta += " \u00B7 " + scope.product.value;
  if (scope.team.present) meta += " \u00B7 Team: " + scope.team.value;
  block.space(2).text(meta, Style{type::k_lead, true, false, future ? m_theme.future_state : m_theme.muted});
  if (m_journey.description.present) block.space(4).text(m_journey.description.value, Style{type::k_lead, false, false, m_theme.text});
  if (scope.goal.present || scope.value_proposition.present) block.space(4);
  if (scope.goal.present) block.labelled("Customer goal", scope.goal.value, Style{type::k_lead, false, false, m_theme.text});
  if (scope.value_proposition.present)
    block.labelled("Value proposition", scope.value_proposition.value, Style{type::k_lead, false, false, m_theme.text});
  Box& box = add_box("header", k_margin, m_y, width, block.take(), "", "");
  box.padding = k_card_padding;
  m_y += box.height + 10;
  if (m_kind == ViewKind::map) personas();
}

// A later page of a printed map: the title and the state line, one line, so the lanes
// keep the page; the first page has the persona cards and the key.
void MapLayout::compact_header() {
  double width = m_view.width - 2 * k_margin, inner = width - 2 * k_card_padding;
  bool future = m_journey.state.present && m_journey.state.value == "future";
  std::string meta = future ? "Future state" : "Current state";
  if (m_kind == ViewKind::blueprint) meta = "Service blueprint \u00B7 " + meta;
  if (const Persona* persona = find_persona(m_journey, m_options.persona)) meta += " \u00B7 As lived by " + persona->name.value;
  std::string title = ellipsize(m_journey.title.value, inner, type::k_heading, true);
  TextLine line{TextRun{title, type::k_heading, true, false, m_theme.text}};
  double rest = inner - text_width(title + "  ", type::k_heading, true);
  if (rest > 3 * type::k_lead)
    line.push_back(TextRun{"  " + ellipsize(meta, rest, type::k_lead, true), type::k_lead, true, false,
                           future ? m_theme.future_state : m_theme.muted});
  Box& box = add_box("header", k_margin, m_y, width, {line}, "", "");
  m_y += box.height + 6;
}

// Whether the next lane is drawn: every lane counts, the emotion curve too, so that
// options.lanes names the same lanes in every picture of one journey.
bool MapLayout::take_lane() {
  std::size_t index = m_lanes++;
  return !m_options.lanes || (index >= m_options.lanes->first && index <= m_options.lanes->last);
}

bool MapLayout::per_persona_curves() const {
  for (const Stage& stage : m_journey.stages)
    for (const Step& step : stage.steps)
      if (step.emotion_per_persona) return true;
  return false;
}

void MapLayout::personas() {
  double available = m_view.width - 2 * k_margin;
  std::size_t per_row = std::max<std::size_t>(1, static_cast<std::size_t>((available + 10) / (k_persona_card_width + 10)));
  double card_width = std::min(k_persona_card_width * 1.4, (available - 10.0 * (per_row - 1)) / per_row);
  // The key stands right of the first row of cards, where a short row leaves room.
  std::size_t first_row = std::min(per_row, m_journey.personas.size());
  double key_bottom = key(k_margin + static_cast<double>(first_row) * (card_width + 10) + (first_row ? 20 : 0), m_y);
  if (m_journey.personas.empty()) {
    if (key_bottom > 0) m_y = key_bottom + 14;
    return;
  }
  bool colored = per_persona_curves();
  std::vector<std::size_t> row;  // indices of the current row's boxes
  double row_height = 0;
  // Equal heights in each row look like a set of cards, not a ragged edge; a card of a
  // name alone keeps its own height rather than stand tall and empty.
  std::vector<std::size_t> short_cards;
  auto close_row = [&] {
    for (std::size_t index : row)
      if (std::find(short_cards.begin(), short_cards.end(), index) == short_cards.end()) m_view.boxes[index].height = row_height;
    m_y += row_height + 10;
    row.clear();
    row_height = 0;
  };
  for (std::size_t i = 0; i < m_journey.personas.size(); ++i) {
    const Persona& persona = m_journey.personas[i];
    std::size_t column = i % per_row;
    if (column == 0 && i > 0) close_row();
    TextBlock block(card_width - 2 * k_card_padding);
    block.text(persona.name.value, Style{type::k_name + 1, true, false, m_theme.text});
    std::size_t name_lines = block.size();
    if (persona.description.present) block.text(persona.description.value, Style{type::k_body, false, false, m_theme.muted});
    std::string goals, frustrations;
    for (const Text& goal : persona.goals) goals += (goals.empty() ? "" : "; ") + goal.value;
    for (const Text& f : persona.frustrations) frustrations += (frustrations.empty() ? "" : "; ") + f.value;
    if (!goals.empty() || !frustrations.empty()) block.space(3);
    if (!goals.empty()) block.labelled("Goals", goals, Style{type::k_small, false, false, m_theme.text});
    if (!frustrations.empty()) block.labelled("Frustrations", frustrations, Style{type::k_small, false, false, m_theme.text});
    std::vector<TextLine> lines = block.take();
    // The name in its curve's colour where that is readable text (the border carries the
    // colour either way); print's lighter greys and light Okabe-Ito hues are for lines.
    if (colored && !m_theme.patterns && contrast_ratio(persona_color(i), m_theme.card_fill) >= k_text_contrast)
      for (std::size_t n = 0; n < name_lines; ++n) lines[n].front().color = persona_color(i);
    Box& box = add_box(element_id("persona", {persona.id.value}), k_margin + column * (card_width + 10), m_y, card_width, lines,
                       m_theme.card_fill, colored ? persona_color(i) : m_theme.card_stroke);
    box.stroke_width = colored ? 1.5 : 1;
    if (colored) {  // the border in the curve's pattern too, where colour repeats
      LinePattern pattern = persona_look(m_theme, i).pattern;
      box.dashed = pattern == LinePattern::dashed || pattern == LinePattern::dotted;
      if (pattern == LinePattern::heavy) box.stroke_width = 3;
    }
    if (!persona.description.present) short_cards.push_back(m_view.boxes.size() - 1);
    row_height = std::max(row_height, box.height);
    row.push_back(m_view.boxes.size() - 1);
  }
  close_row();
  m_y = std::max(m_y, key_bottom + 10);
  m_y += 4;
}

// What the map's colours and marks mean, for the kinds of things this journey has.
std::vector<MapLayout::KeyEntry> MapLayout::key_entries() const {
  const Theme& t = m_theme;
  std::set<std::string> kinds;
  bool pains = false, opportunities = false, met = false, missed = false, fail = false;
  for (const Stage& stage : m_journey.stages) {
    pains = pains || !stage.pains.empty();
    opportunities = opportunities || !stage.opportunities.empty();
    for (const Kpi& kpi : stage.kpis) {
      met = met || kpi_status(kpi) == KpiStatus::met;
      missed = missed || kpi_status(kpi) == KpiStatus::missed;
    }
    for (const Step& step : stage.steps) {
      pains = pains || !step.pains.empty();
      opportunities = opportunities || !step.opportunities.empty();
      fail = fail || (step.fail_point.present && step.fail_point.value);
      for (const Text& id : step.touchpoints)
        if (const Touchpoint* touchpoint = find_touchpoint(m_journey, id.value))
          kinds.insert(touchpoint_kind(*touchpoint));
    }
  }
  std::vector<KeyEntry> entries;
  for (const auto& [kind, text] : {std::pair{"digital", "Digital touchpoint"}, std::pair{"physical", "Physical touchpoint"},
                                   std::pair{"human", "Human touchpoint"}})
    if (kinds.contains(kind)) {
      KindColors colors = kind_colors(t, kind);
      entries.push_back({kind, text, colors.text, colors.fill, colors.stroke});
    }
  if (fail) entries.push_back({"fail-point", "\u26A0 Fail point", t.fail_point, t.card_fill, t.fail_point});
  if (pains) entries.push_back({"pain", "Pain point", t.text, t.pain_fill, t.pain_stroke});
  if (opportunities) entries.push_back({"opportunity", "Opportunity", t.met, t.opportunity_fill, t.opportunity_stroke, t.patterns});
  if (met) entries.push_back({"kpi-met", "\u2713 KPI met", t.met, t.opportunity_fill, t.opportunity_stroke});
  if (missed) entries.push_back({"kpi-missed", "\u2717 KPI missed", t.missed, t.pain_fill, t.pain_stroke, t.patterns});
  return entries;
}

// The key: a card of sample chips, in rows of four, from `left` to the right margin if
// it fits there; nothing otherwise. Returns its bottom (0 when not drawn).
double MapLayout::key(double left, double top) {
  constexpr double k_chip_padding = 4, k_gap = 6;
  constexpr std::size_t k_per_row = 4;
  std::vector<KeyEntry> entries = key_entries();
  if (entries.empty()) return 0;
  std::vector<double> widths;
  for (const KeyEntry& entry : entries) widths.push_back(text_width(entry.text, type::k_small, false) + 2 * k_chip_padding + 2);
  std::vector<double> column_width(std::min(k_per_row, entries.size()), 0);
  for (std::size_t i = 0; i < entries.size(); ++i) column_width[i % k_per_row] = std::max(column_width[i % k_per_row], widths[i]);
  double inner = k_gap * static_cast<double>(column_width.size() - 1);
  for (double w : column_width) inner += w;
  double width = inner + 2 * k_card_padding;
  if (left + width > m_view.width - k_margin) return 0;
  TextBlock title(width - 2 * k_card_padding);
  title.text("KEY", Style{type::k_tag, true, false, m_theme.muted});
  std::vector<TextLine> title_lines = title.take();
  double chip_height = line_height(type::k_small) + 2 * k_chip_padding;
  std::size_t rows = (entries.size() + k_per_row - 1) / k_per_row;
  Box& frame = add_box("key", left, top, width, title_lines, m_theme.card_fill, m_theme.card_stroke);
  frame.height = k_card_padding + lines_height(title_lines) + 4 + static_cast<double>(rows) * (chip_height + k_gap) - k_gap + k_card_padding;
  frame.tooltip = "Key";
  double bottom = frame.y + frame.height;
  double y = top + k_card_padding + lines_height(title_lines) + 4;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const KeyEntry& entry = entries[i];
    std::size_t column = i % k_per_row;
    double x = left + k_card_padding;
    for (std::size_t c = 0; c < column; ++c) x += column_width[c] + k_gap;
    TextBlock block(column_width[column] - 2 * k_chip_padding);
    block.text(entry.text, Style{type::k_small, false, false, entry.color});
    Box& chip = add_box(element_id("key", {entry.id}), x, y + static_cast<double>(i / k_per_row) * (chip_height + k_gap),
                        column_width[column], block.take(), entry.fill, entry.stroke);
    chip.padding = k_chip_padding;
    chip.height = chip_height;
    chip.dashed = entry.dashed;
    chip.stroke_width = entry.stroke_width;
  }
  return bottom;
}

void MapLayout::lane_label(const std::string& id, const std::string& text, double top, double height) {
  TextBlock block(k_label_width - 2 * k_card_padding);
  block.text(text, Style{type::k_body, true, false, m_theme.lane_label_text});
  Box& box = add_box(element_id("lane", {id}), k_margin, top, k_label_width, block.take(), m_theme.lane_label_fill, "");
  box.height = height;
}

void MapLayout::stage_row() {
  double top = m_y, height = 0;
  // Numbers and shares refer to the whole journey, also when --stages shows a part.
  std::vector<Number> reached = whole_journey_reached(m_journey);
  std::vector<std::string> names = whole_journey_stage_names(m_journey);
  std::optional<std::size_t> counted;  // the last stage with a count, in the whole journey
  for (std::size_t w = 0; w + 1 < stage_number(m_journey, 0); ++w)
    if (reached[w].present) counted = w;
  std::vector<std::size_t> placed;
  for (std::size_t s = 0; s < m_journey.stages.size(); ++s) {
    const Stage& stage = m_journey.stages[s];
    std::size_t whole = stage_number(m_journey, s) - 1;
    auto [first, last] = m_columns.stages[s];
    double width = span_width(first, last);
    TextBlock block(width - 2 * k_card_padding);
    block.text(fmt::format("STAGE {}", whole + 1), Style{type::k_tag, true, false, m_theme.stage_header_muted});
    block.text(stage.name.value, Style{type::k_heading, true, false, m_theme.stage_header_text});
    if (stage.reached.present) {
      std::string funnel = format_count(stage.reached.value) + " reached";
      // Against the stage before; named when a stage without a count stands between.
      if (counted && reached[*counted].value > 0)
        funnel += fmt::format(" \u00B7 {:.0f}% of {}", 100.0 * stage.reached.value / reached[*counted].value,
                              *counted + 1 == whole ? std::string("previous") : names[*counted]);
      block.text(funnel, Style{type::k_small, false, false, m_theme.stage_header_muted});
      counted = whole;
    }
    std::string fill = m_theme.stage_header[whole % 2];
    Box& box = add_box(element_id("stage", {stage.id.value}), column_x(first), top, width, block.take(), fill, "");
    if (stage.objective.present) box.tooltip += " \u2014 Objective: " + stage.objective.value;
    height = std::max(height, box.height);
    placed.push_back(m_view.boxes.size() - 1);
  }
  for (std::size_t index : placed) m_view.boxes[index].height = height;
  lane_label("stages", "Stages", top, height);
  m_y += height + k_lane_gap;
}

void MapLayout::lane(const Lane& lane) {
  double top = m_y;
  for (const auto& row : lane.rows) {
    double row_height = lane.keep_empty ? 28 : 0;  // an empty blueprint lane still shows
    for (const Cell& cell : row) {
      double height = -k_card_gap;
      for (const Card& card : cell.cards) height += card_height(card) + k_card_gap;
      row_height = std::max(row_height, height);
    }
    for (const Cell& cell : row) {
      double y = m_y;
      for (const Card& card : cell.cards) {
        Box& box = add_box(card.id, column_x(cell.first), y, span_width(cell.first, cell.last), card.lines, card.fill,
                           card.stroke);
        box.tooltip = card.tooltip;
        box.dashed = card.dashed;
        if (lane.even && cell.cards.size() == 1) box.height = row_height;
        m_placed[lane.id][cell.first].push_back(m_view.boxes.size() - 1);
        y += box.height + k_card_gap;
      }
    }
    m_y += row_height + k_card_gap;
  }
  m_y += k_lane_gap - k_card_gap;
  lane_label(lane.id, lane.label, top, m_y - top - k_lane_gap);
}

// One row of the curves' legend: a line of small text and a little air.
double legend_pitch() { return line_height(type::k_small) + 4; }

// Room between two levels of the axis: a label's line of text and a point.
double axis_gap() { return line_height(type::k_small) + 1; }

// The smallest round step (1, 2, 2.5, 5 times a power of ten) at least `gap` apart.
long long axis_step(double pitch, double gap) {
  for (long long magnitude = 1;; magnitude *= 10)
    for (long long step : {magnitude, 2 * magnitude, 25 * magnitude / 10, 5 * magnitude})
      if (static_cast<double>(step) * pitch >= gap) return step;
}

// Points per level of the scale: about 150 points for the whole scale, more (up to
// k_max_axis) when that brings every labelled value a line of text from the next.
double axis_pitch(const Scale& scale) {
  constexpr double k_max_axis = 330;
  int levels = std::max(scale.high() - scale.low(), 1);
  double pitch = std::min(30.0, 150.0 / levels);
  std::set<int> fixed{scale.low(), scale.high()};
  for (const auto& entry : scale.labels)
    if (entry.first >= scale.low() && entry.first <= scale.high()) fixed.insert(entry.first);
  int closest = levels;
  for (auto it = std::next(fixed.begin()); it != fixed.end(); ++it) closest = std::min(closest, *it - *std::prev(it));
  double wanted = std::min(axis_gap() / closest, k_max_axis / levels);
  return std::min(30.0, std::max(pitch, wanted));
}

// The levels of the scale that get a grid line and a label, no two closer than a line
// of text: both ends, then the labelled values on round steps, the other labelled
// values, and the round steps, each where it fits. Built from candidates, never by
// walking the whole range (a scale may be -1e9..1e9).
std::vector<int> axis_levels(const Scale& scale, double pitch) {
  int low = scale.low(), high = scale.high();
  long long step = axis_step(pitch, axis_gap());
  auto round = [&](long long v) { return v % step == 0; };
  std::vector<int> labelled_round, labelled_other, steps;
  for (const auto& entry : scale.labels)
    if (entry.first > low && entry.first < high) (round(entry.first) ? labelled_round : labelled_other).push_back(entry.first);
  long long first = static_cast<long long>(std::ceil(static_cast<double>(low) / static_cast<double>(step))) * step;
  for (long long v = first; v <= high; v += step) steps.push_back(static_cast<int>(v));
  std::set<int> chosen{low, high};
  auto fits = [&](int value) {
    auto above = chosen.lower_bound(value);
    if (above != chosen.end() && (*above - value) * pitch < axis_gap() - 1e-9) return false;
    return above == chosen.begin() || (value - *std::prev(above)) * pitch >= axis_gap() - 1e-9;
  };
  for (const std::vector<int>* group : {&labelled_round, &labelled_other, &steps})
    for (int value : *group)
      if (fits(value)) chosen.insert(value);
  return {chosen.rbegin(), chosen.rend()};
}

void MapLayout::axis_label(int value, double y, double room) {
  std::string label = m_journey.scale.label_of(value);
  double label_width = k_label_width - 12;
  TextBlock block(label_width);
  block.text(label.empty() ? fmt::format("{}", value) : fmt::format("{} \u00B7 {}", label, value),
             Style{type::k_small, false, false, m_theme.muted});
  std::vector<TextLine> lines = block.take();
  double pitch_of_line = line_height(type::k_small);
  std::size_t fit = std::max<std::size_t>(1, static_cast<std::size_t>((room - 1) / pitch_of_line));
  if (lines.size() > fit) {  // the rest joins the last line kept, so ellipsize cuts it with "…"
    std::string rest;
    for (std::size_t i = fit - 1; i < lines.size(); ++i) rest += (rest.empty() ? "" : " ") + lines[i].front().text;
    lines.resize(fit);
    lines.back().front().text = ellipsize(rest, label_width, type::k_small, false);
  }
  double label_height = pitch_of_line * static_cast<double>(lines.size()) + 1;
  Box& tick = add_box(element_id("emotion-label", {std::to_string(value)}), k_margin + 4, y - label_height / 2,
                      k_label_width - 8, lines, "", "");
  tick.align = Align::right;
  tick.padding = 0;
  tick.height = label_height;
  tick.middle = true;
}

// The persona of each curve: one per persona when any step gives per-persona values,
// else one curve for everyone ("").
std::vector<std::string> MapLayout::curve_personas() const {
  std::vector<std::string> ids;
  if (per_persona_curves())
    for (const Persona& persona : m_journey.personas) ids.push_back(persona.id.value);
  else
    ids.push_back("");
  return ids;
}

// The points of a persona's curve ("": everyone's), in pieces: a step the persona does
// not take ends a piece, so that the curve never claims a feeling there. A step the
// persona takes without a value, or a stage without steps, does not.
std::vector<MapLayout::CurvePiece> MapLayout::curve_pieces(const std::string& persona) const {
  std::vector<CurvePiece> pieces(1);
  for (std::size_t c = 0; c < m_columns.steps.size(); ++c) {
    const Step* step = m_columns.steps[c];
    if (!step) continue;
    if (!persona.empty() && !step_has_persona(*step, persona)) {
      if (!pieces.back().empty()) pieces.emplace_back();
      continue;
    }
    if (std::optional<double> value = emotion_for(m_journey.scale, *step, persona))
      pieces.back().push_back(CurvePoint{c, step, *value});
  }
  if (pieces.back().empty()) pieces.pop_back();
  return pieces;
}

std::size_t MapLayout::first_step_column() const {
  for (std::size_t c = 0; c < m_columns.steps.size(); ++c)
    if (m_columns.steps[c]) return c;
  return k_no_curve;
}

std::size_t MapLayout::last_step_column() const {
  for (std::size_t c = m_columns.steps.size(); c-- > 0;)
    if (m_columns.steps[c]) return c;
  return k_no_curve;
}

// The emotion at a step just outside this part of the journey, if the persona takes it.
std::optional<double> MapLayout::neighbour_emotion(const std::optional<Step>& step, const std::string& persona) const {
  if (!step || (!persona.empty() && !step_has_persona(*step, persona))) return std::nullopt;
  return emotion_for(m_journey.scale, *step, persona);
}

// Whether a persona's curve is broken anywhere: the legend then says what a gap means.
bool MapLayout::any_gap(const std::vector<std::string>& personas) const {
  return std::any_of(personas.begin(), personas.end(),
                     [&](const std::string& persona) { return curve_pieces(persona).size() > 1; });
}

// The look of persona k's curve: its colour, and a pattern once the colours run out
// (in print, a pattern first: greys alone do not tell curves apart).
Curve MapLayout::persona_curve(std::size_t k, const std::string& persona) const {
  Curve curve;
  curve.id = persona.empty() ? "emotion-curve" : element_id("emotion-curve", {persona});
  curve.color = m_theme.single_curve;
  if (!persona.empty()) {
    PersonaLook look = persona_look(m_theme, k);
    curve.color = look.color;
    curve.dashed = look.pattern == LinePattern::dashed;
    curve.dotted = look.pattern == LinePattern::dotted;
    if (look.pattern == LinePattern::heavy) curve.width *= 1.8;
  }
  const Persona* who = persona.empty() ? nullptr : find_persona(m_journey, persona);
  curve.tooltip = who ? "Emotion of " + who->name.value : "Emotion";
  return curve;
}

// The point of a curve at one step: everyone's in the emotion's colour, a persona's in
// its curve's.
Marker MapLayout::emotion_marker(const CurvePoint& at, const std::string& persona, const Curve& curve, Point center) const {
  const Scale& scale = m_journey.scale;
  const Persona* who = persona.empty() ? nullptr : find_persona(m_journey, persona);
  Marker marker;
  marker.id = persona.empty() ? element_id("emotion", {at.step->id.value}) : element_id("emotion", {at.step->id.value, persona});
  marker.center = center;
  marker.radius = 5.5;
  marker.fill = persona.empty() ? m_theme.emotion[emotion_level(scale, at.value)] : curve.color;
  marker.stroke = m_theme.marker_outline;
  if (who) persona_marker_style(marker, *who, curve);
  marker.tooltip = emotion_tooltip(scale, at.step->name.value, at.value, who ? who->name.value : "");
  return marker;
}

// Greys alone cannot tell two personas' points apart where their curves meet: with
// patterns (print) each persona's markers get a shape, every other one hollow.
void MapLayout::persona_marker_style(Marker& marker, const Persona& who, const Curve& curve) const {
  if (!m_theme.patterns) return;
  static const std::array<std::string, 4> k_shapes{"circle", "square", "diamond", "triangle"};
  auto k = static_cast<std::size_t>(&who - m_journey.personas.data());
  marker.shape = k_shapes[k % k_shapes.size()];
  if (k % 2 == 1) {  // hollow: the outline in the curve's grey
    marker.fill = m_theme.background;
    marker.stroke = curve.color;
  }
}

// Rows of the curves' legend: a short sample of each line, then the persona's name.
std::vector<std::vector<MapLayout::LegendEntry>> MapLayout::legend_rows(const std::vector<std::string>& personas) const {
  std::vector<std::vector<LegendEntry>> rows;
  if (personas.size() < 2 && !m_marks) return rows;  // one curve needs no key
  double x = m_grid_left + 10;
  auto place = [&](std::size_t curve, std::string name, double width, double text) {
    if (rows.empty() || x + width > m_grid_right - 10) {
      rows.emplace_back();
      x = m_grid_left + 10;
    }
    rows.back().push_back(LegendEntry{curve, std::move(name), x, text});
    x += width + 18;
  };
  if (m_marks)  // dashed against solid first: it says how to read every curve
    for (std::size_t curve : {k_new_curve, k_old_curve}) {
      std::string name = curve == k_old_curve ? "Dashed: as-is, " + m_marks->old_name : "Solid: to-be, " + m_marks->new_name;
      double text = std::min(text_width(name, type::k_small, false) + 2, m_grid_right - m_grid_left - 60);
      place(curve, name, k_legend_sample + 6 + text, text);
    }
  if (personas.size() < 2) return rows;
  for (std::size_t k = 0; k < personas.size(); ++k) {
    const Persona* who = find_persona(m_journey, personas[k]);
    std::string name = who && who->name.present ? who->name.value : personas[k];
    double text = std::min(text_width(name, type::k_small, false) + 2, m_grid_right - m_grid_left - 60);
    double width = k_legend_sample + 6 + text;
    if (rows.empty() || x + width > m_grid_right - 10) {
      rows.emplace_back();
      x = m_grid_left + 10;
    }
    rows.back().push_back(LegendEntry{k, name, x, text});
    x += width + 18;
  }
  if (any_gap(personas)) {  // a note, without a sample line
    double text = text_width(k_gap_note, type::k_small, false) + 2;
    if (x + text > m_grid_right - 10) {
      rows.emplace_back();
      x = m_grid_left + 10;
    }
    rows.back().push_back(LegendEntry{k_no_curve, k_gap_note, x, text});
  }
  return rows;
}

void MapLayout::curve_legend(const std::vector<std::string>& personas, double top) {
  std::vector<std::vector<LegendEntry>> rows = legend_rows(personas);
  double pitch = legend_pitch();
  for (std::size_t r = 0; r < rows.size(); ++r) {
    double y = top + 10 + pitch * (static_cast<double>(r) + 0.5);
    for (const LegendEntry& entry : rows[r]) {
      if (entry.curve == k_no_curve) {
        legend_text("emotion-legend-gaps", entry, entry.x, y, m_theme.muted).tooltip = entry.name;
        continue;
      }
      if (entry.curve == k_old_curve || entry.curve == k_new_curve) {
        compare_legend_entry(entry, y);
        continue;
      }
      const std::string& persona = personas[entry.curve];
      Curve sample = persona_curve(entry.curve, persona);
      sample.id = element_id("emotion-legend-line", {persona});
      Point from{entry.x, y}, to{entry.x + k_legend_sample, y};
      sample.points = {from, to};
      sample.controls = bezier_through(sample.points, y, y);
      if (const Persona* who = find_persona(m_journey, persona); who && m_theme.patterns) {
        Marker marker{element_id("emotion-legend-marker", {persona}), {entry.x + k_legend_sample / 2, y}, 4.5, "circle",
                      sample.color, m_theme.marker_outline, "Points of " + entry.name};
        persona_marker_style(marker, *who, sample);
        m_view.markers.push_back(std::move(marker));
      }
      m_view.curves.push_back(std::move(sample));
      Box& label = legend_text(element_id("emotion-legend", {persona}), entry, entry.x + k_legend_sample + 6, y, m_theme.text);
      label.tooltip = "Emotion curve of " + entry.name;
    }
  }
}

// A line of the legend's text, `x` from the left, centred on `y`.
Box& MapLayout::legend_text(std::string id, const LegendEntry& entry, double x, double y, const std::string& color) {
  TextBlock block(entry.text_width + 4);
  block.text(ellipsize(entry.name, entry.text_width, type::k_small, false), Style{type::k_small, false, false, color});
  Box& label = add_box(std::move(id), x, y - line_height(type::k_small) / 2, entry.text_width + 4, block.take(), "", "");
  label.padding = 0;
  label.height = line_height(type::k_small);
  label.middle = true;
  return label;
}

void MapLayout::emotion_lane() {
  const Scale& scale = m_journey.scale;
  int low = scale.low(), high = scale.high();
  std::vector<std::string> personas = curve_personas();

  bool any = false;
  for (const Step* step : m_columns.steps)
    if (step && !step->emotion.empty()) any = true;
  if (!any || !take_lane()) return;

  int levels = high - low;
  double pitch = axis_pitch(scale);
  std::size_t legend_lines = legend_rows(personas).size();
  double top = m_y, pad_top = 30 + legend_pitch() * static_cast<double>(legend_lines), pad_bottom = 16;
  double height = pad_top + pitch * levels + pad_bottom;
  auto y_of = [&](double value) { return top + pad_top + (high - value) * pitch; };

  Box& body = add_box("emotion-area", m_grid_left, top, m_grid_right - m_grid_left, {}, m_theme.card_fill, m_theme.card_stroke);
  body.height = height;
  body.tooltip = "Emotion curve";
  lane_label("emotion", "Emotion", top, height);
  std::vector<int> ticks = axis_levels(scale, pitch);
  for (std::size_t i = 0; i < ticks.size(); ++i) {
    int value = ticks[i];
    double y = y_of(value);
    Box& rule = add_box(element_id("emotion-level", {std::to_string(value)}), m_grid_left + 4, y - 0.4,
                        m_grid_right - m_grid_left - 8, {}, m_theme.rule, "");
    rule.height = 0.8;
    rule.rounded = false;
    rule.tooltip.clear();
    // A label is centred on its level: as many lines as fit before the nearer
    // neighbour (the lane's name above the top one); a longer label ends in an ellipsis.
    double above = i > 0 ? (ticks[i - 1] - value) * pitch : 2 * (pad_top - k_lane_name_height);
    double below = i + 1 < ticks.size() ? (value - ticks[i + 1]) * pitch : 2 * pad_bottom;
    axis_label(value, y, std::min(above, below));
  }
  curve_legend(personas, top);
  if (m_marks) old_curves(personas, y_of, top, height);

  for (std::size_t k = 0; k < personas.size(); ++k) {
    const std::string& persona = personas[k];
    double offset = (static_cast<double>(k) - (personas.size() - 1) / 2.0) * 7.0;
    std::size_t drawn = 0;
    std::vector<CurvePiece> pieces = curve_pieces(persona);
    for (std::size_t p = 0; p < pieces.size(); ++p) {
      const CurvePiece& piece = pieces[p];
      Curve curve = persona_curve(k, persona);
      for (const CurvePoint& at : piece) {
        Point point{column_x(at.column) + k_column_width / 2 + offset, y_of(std::clamp(at.value, double(low), double(high)))};
        curve.points.push_back(point);
        m_view.markers.push_back(emotion_marker(at, persona, curve, point));
      }
      // A page of a longer journey: the curve runs on toward the step on the page before
      // or after, to the edge of the lane (no marker: that point is the other page's).
      double pitch_x = k_column_width + k_stage_gap;
      if (p == 0 && piece.front().column == first_step_column())
        if (std::optional<double> value = neighbour_emotion(m_journey.shown ? m_journey.shown->before : std::nullopt, persona))
          curve.points.insert(curve.points.begin(), Point{curve.points.front().x - pitch_x, y_of(std::clamp(*value, double(low), double(high)))});
      if (p + 1 == pieces.size() && piece.back().column == last_step_column())
        if (std::optional<double> value = neighbour_emotion(m_journey.shown ? m_journey.shown->after : std::nullopt, persona))
          curve.points.push_back(Point{curve.points.back().x + pitch_x, y_of(std::clamp(*value, double(low), double(high)))});
      if (curve.points.size() < 2) continue;  // a lone point is its marker
      // The first piece keeps the curve's id; persona ids hold no '.', so ".2" stays unique.
      if (++drawn > 1) curve.id += fmt::format(".{}", drawn);
      curve.controls = cut_bezier(bezier_through(curve.points, top + 6, top + height - 6), m_grid_left, m_grid_right);
      m_view.curves.push_back(std::move(curve));
    }
  }
  m_y += height + k_lane_gap;
}

// The old state's colour: the persona's, halfway to the background.
std::string faded(const std::string& color, const std::string& background) {
  auto channel = [](const std::string& hex, std::size_t i) { return std::stoi(hex.substr(1 + 2 * i, 2), nullptr, 16); };
  if (color.size() != 7 || background.size() != 7) return color;
  std::string out = "#";
  for (std::size_t i = 0; i < 3; ++i) out += fmt::format("{:02X}", (channel(color, i) + channel(background, i)) / 2);
  return out;
}

// Persona k's curve as it was (build --compare): dashed, thinner, faded.
Curve MapLayout::old_curve(std::size_t k, const std::string& persona) const {
  Curve curve = persona_curve(k, persona);
  curve.id = persona.empty() ? "emotion-old-curve" : element_id("emotion-old-curve", {persona});
  curve.color = faded(curve.color, m_theme.background);
  curve.dashed = true;
  curve.dotted = false;
  curve.width = 1.8;
  curve.tooltip = "As-is (" + m_marks->old_name + "): " + curve.tooltip;
  return curve;
}

// The old state's curves, under the new ones, through the old values of the steps both
// states have; a step that is new, or that the persona did not take, breaks the curve.
void MapLayout::old_curves(const std::vector<std::string>& personas, const std::function<double(double)>& y_of,
                           double top, double height) {
  const Journey& old = *m_options.compare;
  double low = m_journey.scale.low(), high = m_journey.scale.high();
  for (std::size_t k = 0; k < personas.size(); ++k) {
    const std::string& persona = personas[k];
    double offset = (static_cast<double>(k) - (personas.size() - 1) / 2.0) * 7.0;
    std::vector<std::vector<std::pair<std::size_t, Point>>> pieces(1);
    for (std::size_t c = 0; c < m_columns.steps.size(); ++c) {
      const Step* step = m_columns.steps[c];
      if (!step) continue;
      const Step* was = find_step(old, step_key(*step));
      std::optional<double> value = was ? emotion_for(old.scale, *was, persona) : std::nullopt;
      if (!value) {
        if (!pieces.back().empty()) pieces.emplace_back();
        continue;
      }
      pieces.back().emplace_back(c, Point{column_x(c) + k_column_width / 2 + offset, y_of(std::clamp(*value, low, high))});
    }
    std::size_t drawn = 0;
    for (const auto& piece : pieces) {
      Curve curve = old_curve(k, persona);
      for (const auto& [c, point] : piece) {
        curve.points.push_back(point);
        Marker marker;
        marker.id = element_id("emotion-old", {step_key(*m_columns.steps[c]), persona});
        marker.center = point;
        marker.radius = 3;
        marker.fill = m_theme.background;
        marker.stroke = curve.color;
        marker.tooltip = curve.tooltip;
        m_view.markers.push_back(std::move(marker));
      }
      if (curve.points.size() < 2) continue;
      if (++drawn > 1) curve.id += fmt::format(".{}", drawn);
      curve.controls = bezier_through(curve.points, top + 6, top + height - 6);
      m_view.curves.push_back(std::move(curve));
    }
  }
}

void MapLayout::compare_legend_entry(const LegendEntry& entry, double y) {
  bool old = entry.curve == k_old_curve;
  Curve sample = old ? old_curve(0, "") : persona_curve(0, "");
  sample.color = old ? faded(m_theme.muted, m_theme.background) : m_theme.muted;
  sample.id = old ? "emotion-legend-line-old" : "emotion-legend-line-new";
  Point from{entry.x, y}, to{entry.x + k_legend_sample, y};
  sample.points = {from, to};
  sample.controls = bezier_through(sample.points, y, y);
  m_view.curves.push_back(std::move(sample));
  Box& label = legend_text(old ? "emotion-legend-old" : "emotion-legend-new", entry, entry.x + k_legend_sample + 6, y,
                           m_theme.text);
  label.tooltip = entry.name;
}

// Under the grid: what the old state had that the new one has not.
void MapLayout::removed_note(double top) {
  double width = std::min(m_grid_right - m_grid_left, 760.0);
  TextBlock block(width - 2 * k_card_padding);
  block.text("Removed since " + m_marks->old_name, Style{type::k_name, true, false, m_theme.text});
  auto list = [&](const char* label, const std::vector<std::string>& items) {
    if (items.empty()) return;
    std::string text;
    for (const std::string& item : items) text += (text.empty() ? "" : "; ") + item;
    block.space(2).labelled(label, text, Style{type::k_small, false, false, m_theme.text});
  };
  list("Stages", m_marks->removed_stages);
  list("Steps", m_marks->removed_steps);
  list("Resolved pains", m_marks->resolved_pains);
  if (block.size() == 1) block.space(2).text("Nothing: every step and pain is still there", Style{type::k_small, false, false, m_theme.muted});
  Box& note = add_box("compare-removed", m_grid_left, top, width, block.take(), m_theme.card_fill, m_theme.card_stroke);
  note.dashed = true;
  m_view.height = top + note.height + k_margin;
}

// A blueprint line: a dashed rule across the grid, its name in the label column
// (on at most two lines, centred on the rule).
void MapLayout::blueprint_line(const std::string& label) {
  // "Line of internal interaction" -> "line.internal-interaction"
  std::size_t of = label.rfind(" of ");
  std::string slug;
  for (char c : label.substr(of == std::string::npos ? 0 : of + 4))
    slug += c == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string id = element_id("line", {slug});
  std::string caps;
  for (char c : label) caps += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  TextBlock block(k_label_width);
  block.text(caps, Style{type::k_tag, true, false, m_theme.text});
  std::vector<TextLine> lines = block.take();
  if (lines.size() > 2) lines.resize(2);
  double label_height = lines_height(lines);
  double gap = label_height + 6;
  double y = m_y - k_lane_gap / 2 + gap / 2;

  Curve rule;
  rule.id = id;
  rule.color = m_theme.text;
  rule.width = 1.2;
  rule.dashed = true;
  rule.tooltip = label;
  Point from{m_grid_left - 4, y}, to{m_grid_right + 4, y};
  rule.points = {from, to};
  rule.controls = {from, Point{from.x + (to.x - from.x) / 3, y}, Point{from.x + 2 * (to.x - from.x) / 3, y}, to};
  m_view.curves.push_back(std::move(rule));
  Box& name = add_box(id + ".label", k_margin, y - label_height / 2, k_label_width, lines, "", "");
  name.padding = 0;
  name.height = label_height;
  name.middle = true;
  name.tooltip = label;
  m_y += gap;
}

void MapLayout::arrow(std::string id, Point from, Point to, std::string tooltip) {
  constexpr double k_head = 7;  // arrowsize 0.7 of Graphviz's 10 points
  Curve link;
  link.id = std::move(id);
  link.color = m_theme.muted;
  link.width = 1.2;
  link.tooltip = std::move(tooltip);
  Point base{to.x, to.y - k_head};
  link.points = {from, base};
  link.controls = {from, Point{from.x, from.y + (base.y - from.y) / 3}, Point{from.x, from.y + 2 * (base.y - from.y) / 3}, base};
  link.arrow_tip = to;
  m_view.curves.push_back(std::move(link));
}

// Arrows down each step's column: from the customer action to its frontstage,
// backstage and support items, each lane to the next one that has any.
void MapLayout::connect_steps(const std::vector<std::string>& lane_ids) {
  for (std::size_t c = 0; c < m_columns.steps.size(); ++c) {
    const Step* step = m_columns.steps[c];
    if (!step) continue;
    const Box* above = nullptr;
    std::string above_lane;
    for (const std::string& lane_id : lane_ids) {
      const std::vector<std::size_t>& placed = m_placed[lane_id][c];
      if (placed.empty()) continue;
      const Box& first = m_view.boxes[placed.front()];
      if (above) {
        double x = column_x(c) + k_column_width / 2;
        arrow(element_id("link", {step->id.value, above_lane, lane_id}), Point{x, above->y + above->height},
              Point{x, first.y}, fmt::format("{}: {} \u2192 {}", step->name.value, above_lane, lane_id));
      }
      above = &m_view.boxes[placed.back()];
      above_lane = lane_id;
    }
  }
}

void MapLayout::stage_bands(std::size_t insert_at, double top, double bottom) {
  std::vector<Box> bands;
  for (std::size_t s = 0; s < m_columns.stages.size(); ++s) {
    auto [first, last] = m_columns.stages[s];
    Box band;
    band.id = element_id("band", {m_journey.stages[s].id.value});
    band.x = column_x(first) - 5;
    band.y = top - 5;
    band.width = span_width(first, last) + 10;
    band.height = bottom - top + 10;
    band.fill = m_theme.stage_band[(stage_number(m_journey, s) - 1) % 2];
    band.rounded = true;
    bands.push_back(std::move(band));
  }
  m_view.boxes.insert(m_view.boxes.begin() + static_cast<std::ptrdiff_t>(insert_at), bands.begin(), bands.end());
}

View MapLayout::build() {
  m_view.title = m_journey.title.value;
  m_view.description = m_journey.description.value;
  place_columns();
  if (m_options.heading) header();
  std::size_t grid_start = m_view.boxes.size();
  double grid_top = m_y;
  stage_row();
  WidthOf inner_width = [&](std::size_t first, std::size_t last) { return span_width(first, last) - 2 * k_card_padding; };
  if (m_kind == ViewKind::blueprint) {
    std::vector<Lane> blueprint = build_blueprint_lanes(m_journey, m_columns, inner_width, m_theme);
    for (const Lane& l : blueprint) {
      if (!take_lane()) continue;
      if (!l.line_above.empty()) blueprint_line(l.line_above);
      lane(l);
    }
    connect_steps({"steps", "frontstage", "backstage", "support"});
  } else {
    static const std::set<std::string> k_none;
    MapLanes lanes = build_lanes(m_journey, m_columns, inner_width, m_theme, m_marks ? m_marks->new_steps : k_none);
    for (const Lane& l : lanes.above)
      if (take_lane()) lane(l);
    emotion_lane();
    for (const Lane& l : lanes.below)
      if (take_lane()) lane(l);
  }
  double grid_bottom = m_y - k_lane_gap;
  stage_bands(grid_start, grid_top, grid_bottom);
  m_view.height = grid_bottom + 5 + k_margin;
  if (m_marks) removed_note(grid_bottom + 5 + k_lane_gap);
  Box background;
  background.id = "background";
  background.width = m_view.width;
  background.height = m_view.height;
  background.fill = m_theme.background;
  m_view.boxes.insert(m_view.boxes.begin(), std::move(background));
  return m_view;
}

}  // namespace

View make_map_view(const Journey& journey, const ViewOptions& options) {
  return MapLayout(journey, options, ViewKind::map).build();
}

View make_blueprint_view(const Journey& journey, const ViewOptions& options) {
  return MapLayout(journey, options, ViewKind::blueprint).build();
}

std::size_t drawn_lane_count(const Journey& journey, const ViewOptions& options) {
  ViewOptions every = options;
  every.lanes.reset();
  MapLayout layout(journey, every, options.kind == ViewKind::blueprint ? ViewKind::blueprint : ViewKind::map);
  layout.build();
  return layout.lanes_met();
}

}  // namespace jmap
