#include "map_lanes.hpp"

#include <fmt/format.h>

#include <cctype>

#include "kpi_trend.hpp"
#include "journey_links.hpp"
#include "number_format.hpp"
#include "text_layout.hpp"
#include "type_scale.hpp"

namespace jmap {

MapColumns map_columns(const Journey& journey) {
  MapColumns columns;
  for (std::size_t s = 0; s < journey.stages.size(); ++s) {
    const Stage& stage = journey.stages[s];
    std::size_t first = columns.steps.size();
    if (stage.steps.empty()) {
      columns.steps.push_back(nullptr);
      columns.stage_of.push_back(s);
    }
    for (const Step& step : stage.steps) {
      columns.steps.push_back(&step);
      columns.stage_of.push_back(s);
    }
    columns.stages.emplace_back(first, columns.steps.size() - 1);
  }
  return columns;
}

namespace {

using Style = TextBlock::Style;

// Builds the lanes; one method per lane, in the order they are drawn.
class LaneBuilder {
 public:
  LaneBuilder(const Journey& journey, const MapColumns& columns, const WidthOf& width_of, const Theme& theme)
      : m_journey(journey), m_columns(columns), m_width_of(width_of), m_theme(theme),
        m_pain_number_by_id(pain_numbers_by_id(journey)) {}

  MapLanes build();
  std::vector<Lane> blueprint();
  const std::set<std::string>* new_steps = nullptr;  // build --compare: step cards tagged NEW

 private:
  Style body() const { return Style{type::k_body, false, false, m_theme.text}; }
  Style small(const std::string& color) const { return Style{type::k_small, false, false, color}; }
  Style tag(const std::string& color) const { return Style{type::k_tag, true, false, color}; }

  double step_width(std::size_t column) const { return m_width_of(column, column); }
  double stage_width(std::size_t stage) const {
    return m_width_of(m_columns.stages[stage].first, m_columns.stages[stage].second);
  }

  // A lane with one cell per step column, cards made by `cards_of`.
  Lane step_lane(std::string id, std::string label, const std::function<std::vector<Card>(const Step&, double)>& cards_of);
  // A row with one cell per stage.
  std::vector<Cell> stage_row(const std::function<std::vector<Card>(const Stage&, std::size_t, double)>& cards_of);
  Lane stage_lane(std::string id, std::string label,
                  const std::function<std::vector<Card>(const Stage&, std::size_t, double)>& cards_of);

  Card card(std::string id, TextBlock& block, const std::string& fill, const std::string& stroke) const;
  Card bullet_card(std::string id, const TextList& items, double width) const;

  Lane objectives();
  Lane steps(std::string id = "steps", std::string label = "Customer steps");
  Lane touchpoints(std::string id = "touchpoints", std::string label = "Touchpoints", bool physical_only = false);
  Lane step_list(std::string id, std::string label, TextList Step::*items);
  Lane thoughts();
  Lane evidence();
  Lane pains();
  Lane opportunities();
  Lane kpis();
  Card pain_card(const Pain& pain, std::string id, double width) const;
  Card opportunity_card(const Opportunity& opportunity, std::string id, double width) const;
  Card kpi_card(const Kpi& kpi, double width) const;

  const Journey& m_journey;
  const MapColumns& m_columns;
  const WidthOf& m_width_of;
  const Theme& m_theme;
  const std::map<std::string, int> m_pain_number_by_id;  // P1, P2... by pain id
};

bool has_cards(const Lane& lane) {
  for (const auto& row : lane.rows)
    for (const Cell& cell : row)
      if (!cell.cards.empty()) return true;
  return false;
}

// Drops rows without any card, so a lane holds only what has content.
void prune(Lane& lane) {
  std::erase_if(lane.rows, [](const std::vector<Cell>& row) {
    return std::all_of(row.begin(), row.end(), [](const Cell& c) { return c.cards.empty(); });
  });
}

Card LaneBuilder::card(std::string id, TextBlock& block, const std::string& fill, const std::string& stroke) const {
  Card made;
  made.id = std::move(id);
  made.lines = block.take();
  made.fill = fill;
  made.stroke = stroke;
  made.tooltip = plain_text(made.lines);
  return made;
}

Card LaneBuilder::bullet_card(std::string id, const TextList& items, double width) const {
  TextBlock block(width);
  for (const Text& item : items) block.bullet(item.value, body());
  return card(std::move(id), block, m_theme.card_fill, m_theme.card_stroke);
}

Lane LaneBuilder::step_lane(std::string id, std::string label,
                            const std::function<std::vector<Card>(const Step&, double)>& cards_of) {
  Lane lane{std::move(id), std::move(label), {{}}, "", false, false};
  for (std::size_t c = 0; c < m_columns.steps.size(); ++c) {
    Cell cell{c, c, {}};
    if (const Step* step = m_columns.steps[c]) cell.cards = cards_of(*step, step_width(c));
    lane.rows[0].push_back(std::move(cell));
  }
  return lane;
}

std::vector<Cell> LaneBuilder::stage_row(
    const std::function<std::vector<Card>(const Stage&, std::size_t, double)>& cards_of) {
  std::vector<Cell> row;
  for (std::size_t s = 0; s < m_journey.stages.size(); ++s) {
    auto [first, last] = m_columns.stages[s];
    row.push_back(Cell{first, last, cards_of(m_journey.stages[s], s, stage_width(s))});
  }
  return row;
}

Lane LaneBuilder::stage_lane(std::string id, std::string label,
                             const std::function<std::vector<Card>(const Stage&, std::size_t, double)>& cards_of) {
  return Lane{std::move(id), std::move(label), {stage_row(cards_of)}, "", false, false};
}

Lane LaneBuilder::objectives() {
  return stage_lane("objective", "Objective", [&](const Stage& stage, std::size_t, double width) {
    std::vector<Card> cards;
    if (!stage.objective.present) return cards;
    TextBlock block(width);
    block.text(stage.objective.value, Style{type::k_body, false, true, m_theme.text});
    cards.push_back(card(element_id("objective", {stage.id.value}), block, m_theme.card_fill, m_theme.card_stroke));
    return cards;
  });
}

std::string persona_names(const Journey& journey, const TextList& ids) {
  std::string out;
  for (const Text& id : ids) {
    const Persona* persona = find_persona(journey, id.value);
    out += (out.empty() ? "" : ", ") + (persona && persona->name.present ? persona->name.value : id.value);
  }
  return out;
}

std::string step_names(const Journey& journey, const TextList& ids) {
  std::string out;
  for (const Text& id : ids) {
    std::string name = id.value;
    for (const Stage& stage : journey.stages)
      for (const Step& step : stage.steps)
        if (step.id.value == id.value && step.name.present) name = step.name.value;
    out += (out.empty() ? "" : ", ") + name;
  }
  return out;
}

Lane LaneBuilder::steps(std::string id, std::string label) {
  Lane lane = step_lane(std::move(id), std::move(label), [&](const Step& step, double width) {
    TextBlock block(width);
    if (step.fail_point.present && step.fail_point.value) block.text("\u26A0 FAIL POINT", tag(m_theme.fail_point));
    if (new_steps && new_steps->contains(step.id.present ? step.id.value : step.name.value))
      block.text("NEW", tag(m_theme.future_state));
    block.text(step.name.value, Style{type::k_name, true, false, m_theme.text});
    if (step.does.present) block.space(2).text(step.does.value, body());
    std::vector<std::pair<std::string, std::string>> meta;
    if (!step.personas.empty()) meta.emplace_back("For", persona_names(m_journey, step.personas));
    if (step.duration.present) meta.emplace_back("Takes", step.duration.value);
    if (!step.next.empty()) meta.emplace_back("Next", step_names(m_journey, step.next));
    if (step.journey.present) meta.emplace_back("\u21B3 Opens", links::journey_link(m_journey, step.journey).title);
    if (!meta.empty()) block.space(3);
    for (const auto& [name, text] : meta) block.labelled(name, text, small(m_theme.muted));
    Card made = card(element_id("step", {step.id.value}), block, m_theme.card_fill,
                     step.fail_point.value ? m_theme.fail_point : m_theme.card_stroke);
    return std::vector<Card>{std::move(made)};
  });
  lane.even = true;  // the row of steps reads as one even row
  return lane;
}

Lane LaneBuilder::touchpoints(std::string id, std::string label, bool physical_only) {
  return step_lane(std::move(id), std::move(label), [&, physical_only](const Step& step, double width) {
    std::vector<Card> cards;
    for (const Text& ref : step.touchpoints) {
      const Touchpoint* touchpoint = find_touchpoint(m_journey, ref.value);
      if (!touchpoint) continue;
      const std::string& kind = touchpoint_kind(*touchpoint);
      if (physical_only && kind != "physical") continue;
      KindColors colors = kind_colors(m_theme, kind);
      TextBlock block(width);
      block.text(touchpoint->name.value, Style{type::k_body, true, false, m_theme.text});
      std::string meta = kind;
      if (touchpoint->channel.present) meta = touchpoint->channel.value + " \u00B7 " + meta;
      if (touchpoint->owner.present) meta += " \u00B7 " + touchpoint->owner.value;
      block.text(meta, small(colors.text));
      cards.push_back(card(element_id("touchpoint", {step.id.value, ref.value}), block, colors.fill, colors.stroke));
    }
    return cards;
  });
}

Lane LaneBuilder::thoughts() {
  return step_lane("thinks", "Thinks", [&](const Step& step, double width) {
    std::vector<Card> cards;
    if (!step.thinks.present) return cards;
    TextBlock block(width);
    block.text("\u201C" + step.thinks.value + "\u201D", Style{type::k_body, false, true, m_theme.text});
    cards.push_back(card(element_id("thinks", {step.id.value}), block, m_theme.card_fill, m_theme.card_stroke));
    return cards;
  });
}

// "FINDING", "METRIC": the tag over a fact.
std::string evidence_tag(EvidenceKind kind) {
  std::string tag(evidence_kind_name(kind));
  for (char& c : tag) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return tag;
}

// A quote is what a customer said: in curly quotes and italics. A finding or a metric
// is a fact from research or analytics: tagged with its kind, in plain type, so that it
// never reads as someone's words. Both end with their source and date.
void add_evidence(TextBlock& block, const Evidence& evidence, const Style& text, const Style& tag, const Style& source) {
  if (evidence.kind == EvidenceKind::quote) {
    Style quote = text;
    quote.italic = true;
    block.text("\u201C" + evidence.text.value + "\u201D", quote);
  } else {
    block.text(evidence_tag(evidence.kind), tag).text(evidence.text.value, text);
  }
  std::string cite = evidence.source.value;
  if (evidence.date.present) cite += (cite.empty() ? "" : ", ") + evidence.date.value;
  if (!cite.empty()) block.text("\u2014 " + cite, source);
}

Lane LaneBuilder::evidence() {
  return step_lane("evidence", "Evidence", [&](const Step& step, double width) {
    std::vector<Card> cards;
    for (std::size_t i = 0; i < step.evidence.size(); ++i) {
      TextBlock block(width);
      add_evidence(block, step.evidence[i], body(), tag(m_theme.muted), small(m_theme.muted));
      cards.push_back(card(element_id("evidence", {step.id.value, std::to_string(i + 1)}), block, m_theme.card_fill,
                           m_theme.card_stroke));
    }
    return cards;
  });
}

Card LaneBuilder::pain_card(const Pain& pain, std::string id, double width) const {
  TextBlock block(width);
  std::string head = fmt::format("P{}", pain.number);
  const std::string& severity = pain.severity.present ? pain.severity.value : "";
  const std::string& color = severity == "high"  ? m_theme.severity_high
                             : severity == "low" ? m_theme.severity_low
                                                 : m_theme.severity_medium;
  if (!severity.empty()) head += " \u00B7 " + severity + " severity";
  block.text(head, tag(color)).text(pain.text.value, body());
  for (const Evidence& evidence : pain.evidence) {
    block.space(2);
    add_evidence(block, evidence, small(m_theme.muted), tag(m_theme.muted), small(m_theme.muted));
  }
  return card(std::move(id), block, m_theme.pain_fill, m_theme.pain_stroke);
}

Card LaneBuilder::opportunity_card(const Opportunity& opportunity, std::string id, double width) const {
  TextBlock block(width);
  std::string head = "Opportunity";
  std::string targets;
  for (const Text& pain : opportunity.addresses) {
    auto number = m_pain_number_by_id.find(pain.value);
    if (number != m_pain_number_by_id.end()) targets += (targets.empty() ? "" : ", ") + fmt::format("P{}", number->second);
  }
  if (!targets.empty()) head += " \u2192 " + targets;
  block.text(head, tag(m_theme.met)).text(opportunity.text.value, body());
  Card made = card(std::move(id), block, m_theme.opportunity_fill, m_theme.opportunity_stroke);
  made.dashed = m_theme.patterns;  // tells opportunities from pains without colour
  return made;
}

// Pains and opportunities: a row of step cells, then a row of stage cells.
template <class Item, class MakeCard>
Lane pain_like_lane(std::string id, std::string label, const MapColumns& columns,
                    const Journey& journey, const WidthOf& width_of, std::vector<Item> Step::*step_items,
                    std::vector<Item> Stage::*stage_items, MakeCard make_card) {
  Lane lane{id, std::move(label), {{}, {}}, "", false, false};
  for (std::size_t c = 0; c < columns.steps.size(); ++c) {
    Cell cell{c, c, {}};
    if (const Step* step = columns.steps[c]) {
      const auto& items = step->*step_items;
      for (std::size_t i = 0; i < items.size(); ++i)
        cell.cards.push_back(make_card(items[i], element_id(id, {step->id.value, std::to_string(i + 1)}), width_of(c, c)));
    }
    lane.rows[0].push_back(std::move(cell));
  }
  for (std::size_t s = 0; s < journey.stages.size(); ++s) {
    auto [first, last] = columns.stages[s];
    Cell cell{first, last, {}};
    const auto& items = journey.stages[s].*stage_items;
    for (std::size_t i = 0; i < items.size(); ++i)
      cell.cards.push_back(
          make_card(items[i], element_id(id, {journey.stages[s].id.value, std::to_string(i + 1)}), width_of(first, last)));
    lane.rows[1].push_back(std::move(cell));
  }
  return lane;
}

Lane LaneBuilder::pains() {
  return pain_like_lane("pain", "Pain points", m_columns, m_journey, m_width_of, &Step::pains, &Stage::pains,
                        [&](const Pain& pain, std::string id, double width) { return pain_card(pain, std::move(id), width); });
}

Lane LaneBuilder::opportunities() {
  return pain_like_lane("opportunity", "Opportunities", m_columns, m_journey, m_width_of, &Step::opportunities,
                        &Stage::opportunities, [&](const Opportunity& o, std::string id, double width) {
                          return opportunity_card(o, std::move(id), width);
                        });
}

// "▲ from 86.2% (improving) · as of 2026-06-30": a --data actual against the one before.
std::string data_line(const Kpi& kpi) {
  std::optional<KpiTrend> trend = kpi_trend(kpi);
  std::string date = "as of " + kpi.history.back().date;
  return trend ? trend_line(kpi, *trend) + " \u00B7 " + date : date;
}

Card LaneBuilder::kpi_card(const Kpi& kpi, double width) const {
  KpiStatus status = kpi_status(kpi);
  const std::string& accent = status == KpiStatus::met ? m_theme.met : status == KpiStatus::missed ? m_theme.missed : m_theme.muted;
  TextBlock block(width);
  std::string head = status == KpiStatus::met ? "\u2713 MET" : status == KpiStatus::missed ? "\u2717 MISSED" : "NO DATA";
  block.text(head, tag(accent));
  block.text(kpi.name.value, Style{type::k_name, true, false, m_theme.text});
  std::string figures;
  if (kpi.actual.present) figures = "Actual " + format_quantity(kpi.actual.value, kpi.unit.value);
  if (kpi.target.present) {
    std::string better = kpi.better.present && kpi.better.value == "lower" ? "\u2264 " : "\u2265 ";
    figures += (figures.empty() ? "" : " \u00B7 ") + ("Target " + better + format_quantity(kpi.target.value, kpi.unit.value));
  }
  if (!figures.empty()) block.text(figures, Style{type::k_body, false, false, m_theme.text});
  if (!kpi.history.empty()) block.text(data_line(kpi), small(m_theme.muted));
  if (kpi.source.present) block.text("Source: " + kpi.source.value, small(m_theme.muted));
  Card made = card(element_id("kpi", {kpi.id.value}), block,
                   status == KpiStatus::met ? m_theme.opportunity_fill : status == KpiStatus::missed ? m_theme.pain_fill : m_theme.card_fill,
                   status == KpiStatus::met ? m_theme.opportunity_stroke : status == KpiStatus::missed ? m_theme.pain_stroke : m_theme.card_stroke);
  made.dashed = m_theme.patterns && status == KpiStatus::missed;
  return made;
}

Lane LaneBuilder::kpis() {
  return stage_lane("kpis", "KPIs", [&](const Stage& stage, std::size_t, double width) {
    std::vector<Card> cards;
    for (const Kpi& kpi : stage.kpis) cards.push_back(kpi_card(kpi, width));
    return cards;
  });
}

Lane LaneBuilder::step_list(std::string id, std::string label, TextList Step::*items) {
  return step_lane(id, std::move(label), [&, id, items](const Step& step, double width) {
    std::vector<Card> cards;
    if (!(step.*items).empty()) cards.push_back(bullet_card(element_id(id, {step.id.value}), step.*items, width));
    return cards;
  });
}

std::vector<Lane> LaneBuilder::blueprint() {
  std::vector<Lane> lanes{touchpoints("evidence", "Physical evidence", true), steps("steps", "Customer actions"),
                          step_list("frontstage", "Frontstage", &Step::frontstage),
                          step_list("backstage", "Backstage", &Step::backstage),
                          step_list("support", "Support processes", &Step::support)};
  lanes[2].line_above = "Line of interaction";
  lanes[3].line_above = "Line of visibility";
  lanes[4].line_above = "Line of internal interaction";
  for (Lane& lane : lanes) lane.keep_empty = true;
  return lanes;
}

MapLanes LaneBuilder::build() {
  auto stage_list = [&](std::string id, std::string label, TextList Stage::*items) {
    return stage_lane(id, std::move(label), [&, id](const Stage& stage, std::size_t, double width) {
      std::vector<Card> cards;
      if (!(stage.*items).empty()) cards.push_back(bullet_card(element_id(id, {stage.id.value}), stage.*items, width));
      return cards;
    });
  };
  MapLanes lanes;
  lanes.above = {objectives(), stage_list("motivations", "Motivations", &Stage::motivations),
                 stage_list("questions", "Questions", &Stage::questions), steps(), touchpoints(), thoughts()};
  lanes.below = {evidence(),
                 stage_list("hurdles", "Hurdles", &Stage::hurdles),
                 pains(),
                 opportunities(),
                 kpis(),
                 step_list("frontstage", "Frontstage", &Step::frontstage),
                 step_list("backstage", "Backstage", &Step::backstage),
                 step_list("support", "Support processes", &Step::support)};
  for (auto* group : {&lanes.above, &lanes.below}) {
    for (Lane& lane : *group) prune(lane);
    std::erase_if(*group, [](const Lane& lane) { return !has_cards(lane); });
  }
  return lanes;
}

}  // namespace

MapLanes build_lanes(const Journey& journey, const MapColumns& columns, const WidthOf& width_of, const Theme& theme,
                     const std::set<std::string>& new_steps) {
  LaneBuilder builder(journey, columns, width_of, theme);
  builder.new_steps = &new_steps;
  return builder.build();
}

std::vector<Lane> build_blueprint_lanes(const Journey& journey, const MapColumns& columns, const WidthOf& width_of,
                                        const Theme& theme) {
  return LaneBuilder(journey, columns, width_of, theme).blueprint();
}

}  // namespace jmap
