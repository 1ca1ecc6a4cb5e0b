// The flow view: the journey as a directed graph that Graphviz lays out (dot). Steps
// are nodes in one cluster per stage; the order of steps gives the sequence edges,
// `next` replaces it where written (branches, drop-outs, loops back); touchpoints
// hang off the steps that use them, shaped by channel kind.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "card.hpp"
#include "emotion.hpp"
#include "jmap/view.hpp"
#include "number_format.hpp"
#include "text_layout.hpp"
#include "theme.hpp"
#include "type_scale.hpp"

namespace jmap {
namespace {

constexpr double k_step_width = 170;        // wrap width of a step's text
constexpr double k_touchpoint_width = 120;  // and of a touchpoint's
// What the flow's DOT gives every node and cluster (flow_dot_writer.cpp): node margins
// (0.12 in a side), the gap between ranks (ranksep 0.45 in), the cluster margin.
constexpr double k_node_margins = 2 * 0.12 * 72;
constexpr double k_rank_gap = 0.45 * 72;
constexpr double k_node_pad_y = 2 * 0.08 * 72;  // and the top and bottom margins
constexpr double k_node_gap = 0.25 * 72;        // nodesep: between boxes of one column
constexpr double k_tied_gap = 2 * k_node_gap;   // dot's gap (measured) between two joined by an edge
constexpr double k_min_stage_label_width = 160;
constexpr std::size_t k_no_step = static_cast<std::size_t>(-1);
// How hard dot pulls the main path's steps into one straight line, against 1 for any
// other edge.
constexpr int k_path_weight = 100;

using Style = TextBlock::Style;

// The height of lines as the DOT writer gives them: each line's pitch in whole points.
double drawn_height(const std::vector<TextLine>& lines) {
  double height = 0;
  for (const TextLine& line : lines) height += static_cast<double>(std::lround(line_pitch(line)));
  return height;
}

// How tall Graphviz draws a node's text with its margins, rounded up with a little to
// spare: given as the node's height, it is exactly the height drawn, so that the view
// knows how tall each column stands.
double fitted_height(const GraphNode& node) {
  double height = k_node_pad_y + drawn_height(node.lines);
  if (node.shape == "ellipse") height *= std::sqrt(2.0);  // an oval round the text's box
  if (node.shape == "box3d") height += 4;
  return std::ceil(height) + 2;
}

// A step and the touchpoints stacked over it, one column of a stage: where it stands
// (cluster and same_rank indexes) and how tall its stack is over the step.
struct Column {
  std::size_t cluster, rank;
  bool on_path;
  double stack;
};

struct StepRef {
  const Step* step;
  std::size_t stage;
  std::size_t order;  // position in the whole journey
};

class FlowBuilder {
 public:
  FlowBuilder(const Journey& journey, const ViewOptions& options)
      : m_journey(journey), m_theme(theme_named(options.theme)), m_options(options) {
    for (std::size_t s = 0; s < journey.stages.size(); ++s)
      for (const Step& step : journey.stages[s].steps) {
        m_order[step.id.value] = m_steps.size();
        m_steps.push_back(StepRef{&step, s, m_steps.size()});
      }
  }

  Graph build();

 private:
  void plan_edges();
  std::string listed_jumps(std::size_t order) const;
  const std::string& emotion_stroke(std::size_t shade) const;
  GraphNode step_node(const Step& step) const;
  std::vector<std::string> touchpoint_nodes(const Step& step, GraphCluster& cluster);
  void plan_path();
  void band_spacers(const std::vector<Column>& columns, double step_height);
  void add_spacer(GraphCluster& cluster, std::vector<std::string>& rank, const std::string& id, double height,
                  const std::string& beside, bool above);
  double stack_height(std::size_t touchpoints) const;
  double even_step_heights();
  void even_stage_labels();
  GraphEdge tie(const std::string& from, const std::string& to) const;
  void edges();
  std::vector<std::vector<LegendItem>> legend() const;
  bool any_spread() const;
  void loop_edge(GraphEdge& edge, std::size_t target, std::size_t source);

  const Journey& m_journey;
  const Theme& m_theme;
  const ViewOptions& m_options;
  std::vector<StepRef> m_steps;
  std::map<std::string, std::size_t> m_order;
  std::vector<std::pair<std::size_t, std::size_t>> m_loops_below, m_loops_above;  // spans in step order
  std::vector<std::vector<std::size_t>> m_drawn;   // step order -> the targets drawn as lines
  std::vector<std::vector<std::size_t>> m_listed;  // step order -> the jumps named in the node instead
  std::size_t m_jumps = 0;                         // branches and loops in all
  std::vector<std::size_t> m_path_next;            // step order -> the next step on the main path, or none
  std::vector<bool> m_on_path;
  std::vector<std::size_t> m_step_nodes;           // indexes of the steps in m_graph.nodes
  Graph m_graph;
};

// The border of a node of this shade: the emotion's colour, unless that is the
// background (print's top shade is white), which would leave the node without one.
const std::string& FlowBuilder::emotion_stroke(std::size_t shade) const {
  return m_theme.emotion[shade] == m_theme.background ? m_theme.card_stroke : m_theme.emotion[shade];
}

// A step coloured by its emotion: the mean of its personas' values, with their spread
// when they disagree ("● 2 · unhappy (1–3)"), so the mean hides no one.
GraphNode FlowBuilder::step_node(const Step& step) const {
  StepEmotion emotion = step_emotion(m_journey.scale, step);
  std::size_t shade = emotion.mean ? emotion_level(m_journey.scale, *emotion.mean) : 0;
  TextBlock block(k_step_width);
  bool fail = step.fail_point.present && step.fail_point.value;
  if (fail) block.text("\u26A0 FAIL POINT", Style{type::k_tag, true, false, m_theme.fail_point});
  block.text(step.name.value, Style{type::k_name, true, false, m_theme.text});
  if (emotion.mean)
    block.text("\u25CF " + step_emotion_text(m_journey.scale, emotion),
               Style{type::k_small, true, false, m_theme.emotion_text[shade]});
  if (step.duration.present) block.text("Takes " + step.duration.value, Style{type::k_small, false, false, m_theme.muted});
  std::size_t order = m_order.at(step.id.value);
  if (!m_listed[order].empty()) block.text(listed_jumps(order), Style{type::k_small, false, true, m_theme.muted});
  GraphNode node;
  node.id = element_id("step", {step.id.value});
  node.lines = block.take();
  node.rounded = true;
  node.fill = emotion.mean ? m_theme.emotion_fill[shade] : m_theme.card_fill;
  node.stroke = fail ? m_theme.fail_point : emotion.mean ? emotion_stroke(shade) : m_theme.card_stroke;
  node.stroke_width = fail ? 2 : 1.2;
  node.tooltip = plain_text(node.lines);
  if (step.does.present) node.tooltip += " \u2014 " + step.does.value;
  return node;
}

// Each touchpoint a step uses, as its own small node stacked above the step: one shared
// node per touchpoint would tie distant stages together and tangle the layout. Each
// dashed line joins a touchpoint to the box under it, so the stack reads as one straight
// line up from the step and no line runs through a box (no ports: Graphviz 2.42 draws an
// arrowhead on a flat edge with ports, whatever `dir` says). Returns the column, the step
// first.
std::vector<std::string> FlowBuilder::touchpoint_nodes(const Step& step, GraphCluster& cluster) {
  std::vector<std::string> rank{element_id("step", {step.id.value})};
  for (const Text& ref : step.touchpoints) {
    const Touchpoint* touchpoint = find_touchpoint(m_journey, ref.value);
    if (!touchpoint) continue;
    const std::string& kind = touchpoint_kind(*touchpoint);
    bool physical = kind == "physical", human = kind == "human";
    KindColors colors = kind_colors(m_theme, kind);
    TextBlock block(k_touchpoint_width);
    block.text(touchpoint->name.value, Style{type::k_small, true, false, m_theme.text});
    std::string meta = touchpoint->channel.present ? touchpoint->channel.value + " \u00B7 " + kind : kind;
    block.text(meta, Style{type::k_tag, false, false, colors.text});
    GraphNode node;
    node.id = element_id("touchpoint", {step.id.value, ref.value});
    node.lines = block.take();
    // The shape says the kind without colour: a screen-like box, a solid object, a person's oval.
    node.shape = physical ? "box3d" : human ? "ellipse" : "box";
    node.rounded = !physical && !human;
    node.fill = colors.fill;
    node.stroke = colors.stroke;
    node.tooltip = plain_text(node.lines);
    node.height = fitted_height(node);
    GraphEdge edge;
    edge.id = element_id("uses", {step.id.value, ref.value});
    edge.from = rank.back();
    edge.to = node.id;
    edge.color = node.stroke;
    edge.dashed = true;
    edge.arrow = false;
    edge.tooltip = step.name.value + " uses " + touchpoint->name.value;
    cluster.nodes.push_back(node.id);
    rank.push_back(node.id);
    m_graph.nodes.push_back(std::move(node));
    m_graph.edges.push_back(std::move(edge));
  }
  return rank;
}

// The main path: from the first step, on along the step after it where that is drawn,
// else the nearest step ahead. Its steps stand on one straight line.
void FlowBuilder::plan_path() {
  m_path_next.assign(m_steps.size(), k_no_step);
  m_on_path.assign(m_steps.size(), false);
  for (std::size_t at = 0; at < m_steps.size();) {
    m_on_path[at] = true;
    std::size_t next = k_no_step;
    for (std::size_t target : m_drawn[at])
      if (target > at) next = std::min(next, target);
    if (next == k_no_step) break;
    m_path_next[at] = next;
    at = next;
  }
}

// An invisible edge that only shapes the layout.
GraphEdge FlowBuilder::tie(const std::string& from, const std::string& to) const {
  GraphEdge edge;
  edge.id = element_id("tie", {from, to});
  edge.from = from;
  edge.to = to;
  edge.arrow = false;
  edge.invisible = true;
  return edge;
}

// The height of the last `touchpoints` nodes stacked over their step, with their gaps.
double FlowBuilder::stack_height(std::size_t touchpoints) const {
  double height = 0;
  for (std::size_t i = m_graph.nodes.size() - touchpoints; i < m_graph.nodes.size(); ++i)
    height += k_tied_gap + m_graph.nodes[i].height;
  return height;
}

// Every step as tall as the tallest, so that the path is one even row of boxes.
double FlowBuilder::even_step_heights() {
  double tallest = 0;
  for (std::size_t index : m_step_nodes) tallest = std::max(tallest, fitted_height(m_graph.nodes[index]));
  for (std::size_t index : m_step_nodes) m_graph.nodes[index].height = tallest;
  return tallest;
}

// Each stage's title block as tall as the tallest (a gap under the shorter ones): the
// title stands over the stage's nodes, so a taller one would lift its box's top.
void FlowBuilder::even_stage_labels() {
  double tallest = 0;
  for (const GraphCluster& cluster : m_graph.clusters) tallest = std::max(tallest, drawn_height(cluster.label));
  for (GraphCluster& cluster : m_graph.clusters)
    if (double gap = tallest - drawn_height(cluster.label); gap > 0) cluster.label.push_back({TextRun{"", gap, false, false, {}}});
}

// Equal stage bands, like swimlane columns: the path's steps stand on one line (pulled
// hard by their edges' weight), so a stage box's top is its tallest column of touchpoints
// and its bottom its lowest step. An invisible spacer over each stage's tallest column
// makes every column as tall as the journey's tallest; one under a step of each stage
// without a step off the path reaches as low as a step off the path with its touchpoints
// (dot stacks that under the path). Two nodes a stage: the layout costs no more.
void FlowBuilder::band_spacers(const std::vector<Column>& columns, double step_height) {
  double tallest = 0, lowest = 0;
  for (const Column& column : columns) {
    if (column.on_path) tallest = std::max(tallest, column.stack);
    else lowest = std::max(lowest, column.stack + step_height + k_node_gap - k_tied_gap);  // not tied to the step over it
  }
  std::vector<const Column*> highest(m_graph.clusters.size(), nullptr);
  std::vector<bool> off_path(m_graph.clusters.size(), false);
  for (const Column& column : columns) {
    if (!column.on_path) off_path[column.cluster] = true;
    else if (!highest[column.cluster] || column.stack > highest[column.cluster]->stack) highest[column.cluster] = &column;
  }
  for (std::size_t c = 0; c < m_graph.clusters.size(); ++c) {
    if (!highest[c]) continue;
    GraphCluster& cluster = m_graph.clusters[c];
    std::vector<std::string>& rank = cluster.same_rank[highest[c]->rank];
    std::string step = rank.front();
    add_spacer(cluster, rank, element_id("band-top", {cluster.id}), tallest - highest[c]->stack + 1, rank.back(), true);
    if (lowest > 0 && !off_path[c]) add_spacer(cluster, rank, element_id("band-bottom", {cluster.id}), lowest, step, false);
  }
}

// A spacer in `rank`, over (`above`) or under the node `beside`.
void FlowBuilder::add_spacer(GraphCluster& cluster, std::vector<std::string>& rank, const std::string& id, double height,
                             const std::string& beside, bool above) {
  GraphNode spacer;
  spacer.id = id;
  spacer.spacer = true;
  spacer.height = height;
  m_graph.nodes.push_back(std::move(spacer));
  m_graph.edges.push_back(above ? tie(beside, id) : tie(id, beside));
  cluster.nodes.push_back(id);
  rank.push_back(id);
}

// A loop runs under the steps (their touchpoints stand above), leaving and entering
// from below, so it never lies on the forward arrows. Two loops whose spans interleave
// would cross there: the second goes over the top instead.
void FlowBuilder::loop_edge(GraphEdge& edge, std::size_t target, std::size_t source) {
  edge.label = "loops back";
  edge.color = m_theme.severity_medium;
  edge.dashed = true;
  auto interleaves = [&](const std::pair<std::size_t, std::size_t>& other) {
    return (other.first < target && target < other.second && other.second < source) ||
           (target < other.first && other.first < source && source < other.second);
  };
  bool below = std::none_of(m_loops_below.begin(), m_loops_below.end(), interleaves) ||
               std::any_of(m_loops_above.begin(), m_loops_above.end(), interleaves);
  (below ? m_loops_below : m_loops_above).emplace_back(target, source);
  // Over the top, from the corners: the middle of a step's top is its touchpoints' line.
  edge.tail_port = below ? "s" : "nw";
  edge.head_port = below ? "s" : "ne";
  if (target == source) edge.constraint = false;  // a step that repeats: a loop on itself
  else edge.reversed = true;
}

// About how wide a stage's box will be inside its margin: its steps side by side (a
// branch puts two in one column, so this may be generous), at least a step's width.
double stage_label_width(const std::vector<double>& step_widths) {
  double width = -k_rank_gap;
  for (double step : step_widths) width += std::min(step, k_step_width) + k_node_margins + k_rank_gap;
  return std::max(width, k_min_stage_label_width);
}

// The next step in order, unless `next` says otherwise. A `next` that goes back is a
// loop; a step with two `next` steps or more branches, each edge labelled. One `next`
// forward is the path, wherever it leads: nothing branches there.
void FlowBuilder::edges() {
  for (const StepRef& ref : m_steps) {
    const Step& step = *ref.step;
    std::string from = element_id("step", {step.id.value});
    const std::vector<std::size_t>& targets = m_drawn[ref.order];
    bool branching = targets.size() + m_listed[ref.order].size() > 1;
    for (std::size_t target : targets) {
      const Step& to = *m_steps[target].step;
      GraphEdge edge;
      edge.id = element_id("next", {step.id.value, to.id.value});
      edge.from = from;
      edge.to = element_id("step", {to.id.value});
      edge.color = m_theme.text;
      edge.width = 1.4;
      edge.tooltip = step.name.value + " \u2192 " + to.name.value;
      if (m_path_next[ref.order] == target) edge.weight = k_path_weight;
      if (target <= ref.order) {
        loop_edge(edge, target, ref.order);
      } else if (branching) {
        edge.label = "branch";
        edge.color = m_theme.future_state;
      }
      m_graph.edges.push_back(std::move(edge));
    }
  }
}

// Dot's layout time grows steeply with edges that leave the path (a 5.7 KB file whose
// 30 steps each name all 30 in `next` ran for minutes): past this many branches and
// loops, the rest are named in their step's node instead of drawn. Measured here: 300
// such edges on 100 steps lay out in under a second, 600 in 17 s; a few steps bear
// fewer (30 steps with 240 took 15 s): at most two per step.
constexpr std::size_t k_jump_budget = 240;

std::size_t jump_budget(std::size_t steps) { return std::min(k_jump_budget, 2 * steps); }

// A long edge costs dot a virtual node on every rank it crosses: the steps all the
// drawn jumps pass over, added up, stay below this (300 steps each looping back to
// the first four took 23 s with no such bound).
constexpr std::size_t k_jump_span_budget = 3000;

// One step fanning out to hundreds of labelled edges is as slow and unreadable: a step
// draws at most this many of its branches and loops.
constexpr std::size_t k_jumps_per_step = 4;

// Which `next` targets each step has, and which of them are drawn as lines.
void FlowBuilder::plan_edges() {
  m_drawn.assign(m_steps.size(), {});
  m_listed.assign(m_steps.size(), {});
  std::size_t drawn_jumps = 0, span = 0;
  for (const StepRef& ref : m_steps) {
    std::vector<std::size_t> targets;
    for (const Text& next : ref.step->next) {
      auto found = m_order.find(next.value);
      if (found != m_order.end()) targets.push_back(found->second);  // a step another persona takes: no edge
    }
    // No `next` (or none left for this persona): on to the next step in order.
    if (targets.empty() && ref.order + 1 < m_steps.size()) targets.push_back(ref.order + 1);
    std::size_t own = 0;
    for (std::size_t target : targets) {
      bool jump = target != ref.order + 1;
      std::size_t length = target > ref.order ? target - ref.order : ref.order - target;
      bool over = drawn_jumps == jump_budget(m_steps.size()) || own == k_jumps_per_step ||
                  span + length > k_jump_span_budget;
      m_jumps += jump ? 1 : 0;
      if (jump && over) {
        m_listed[ref.order].push_back(target);
        continue;
      }
      m_drawn[ref.order].push_back(target);
      drawn_jumps += jump ? 1 : 0;
      own += jump ? 1 : 0;
      span += jump ? length : 0;
    }
  }
}

// "Also next: Pays, Waits and 12 more": the jumps of a step that are not drawn.
std::string FlowBuilder::listed_jumps(std::size_t order) const {
  const std::vector<std::size_t>& listed = m_listed[order];
  constexpr std::size_t k_named = 3;
  std::string names;
  for (std::size_t i = 0; i < std::min(listed.size(), k_named); ++i)
    names += (i ? ", " : "") + m_steps[listed[i]].step->name.value;
  if (listed.size() > k_named) names += fmt::format(" and {} more", listed.size() - k_named);
  return "Also next: " + names;
}

// Whether any step's personas disagree, so that a node shows their range.
bool FlowBuilder::any_spread() const {
  return std::any_of(m_steps.begin(), m_steps.end(),
                     [&](const StepRef& ref) { return step_emotion(m_journey.scale, *ref.step).spread(); });
}

// The key: what the fills, the touchpoint shapes, the border of a fail point and the
// lines mean, each shown as it is drawn.
std::vector<std::vector<LegendItem>> FlowBuilder::legend() const {
  auto item = [&](std::string text, const std::string& color, const std::string& fill = "", const std::string& stroke = "") {
    return LegendItem{{TextRun{std::move(text), type::k_small, !fill.empty(), false, color}}, fill, stroke, 1, false};
  };
  auto kind_item = [&](std::string text, std::string_view kind) {
    KindColors colors = kind_colors(m_theme, kind);
    return item(std::move(text), colors.text, colors.fill, colors.stroke);
  };
  const Scale& scale = m_journey.scale;
  std::vector<LegendItem> feelings{item("KEY", m_theme.muted), item("Feeling:", m_theme.muted)};
  for (std::size_t shade = 0; shade < 5; ++shade) {
    int value = static_cast<int>(std::lround(scale.low() + (scale.high() - scale.low()) * static_cast<double>(shade) / 4));
    std::string label = scale.label_of(value);
    feelings.push_back(item(fmt::format("{}{}", value, label.empty() ? "" : " " + label), m_theme.emotion_text[shade],
                            m_theme.emotion_fill[shade], emotion_stroke(shade)));
  }
  LegendItem fail = item("\u26A0 thick border: a fail point", m_theme.fail_point, m_theme.card_fill, m_theme.fail_point);
  fail.stroke_width = 2;
  feelings.push_back(fail);
  if (any_spread()) feelings.push_back(item("(low\u2013high): the personas' range", m_theme.muted));
  std::vector<LegendItem> lines{item("", m_theme.muted), item("Touchpoints:", m_theme.muted),
                                kind_item("box: digital", "digital"), kind_item("3-D box: physical", "physical"),
                                kind_item("oval: human", "human")};
  lines.push_back(item("- - - used by the step", m_theme.muted));
  lines.push_back(item("Steps:", m_theme.muted));
  lines.push_back(item("\u2500\u25B6 next", m_theme.text));
  lines.push_back(item("\u2500\u25B6 branch", m_theme.future_state));
  lines.push_back(item("- - \u25B6 loops back", m_theme.severity_medium));
  return {feelings, lines};
}

Graph FlowBuilder::build() {
  plan_edges();
  plan_path();
  m_graph.title = m_journey.title.value;
  m_graph.description = m_journey.description.value;
  m_graph.background = m_theme.background;
  m_graph.text_color = m_theme.text;
  TextBlock heading(900);
  heading.text(m_journey.title.value, Style{type::k_title, true, false, m_theme.text});
  bool future = m_journey.state.present && m_journey.state.value == "future";
  std::string meta = std::string("Journey flow \u00B7 ") + (future ? "Future state" : "Current state");
  if (const Persona* persona = find_persona(m_journey, m_options.persona)) meta += " \u00B7 As lived by " + persona->name.value;
  if (m_journey.shown) meta += " \u00B7 " + shown_stages_text(m_journey);  // --stages: which part this is
  heading.text(meta,
               Style{type::k_lead, true, false, future ? m_theme.future_state : m_theme.muted});
  std::size_t listed = 0;
  for (const auto& jumps : m_listed) listed += jumps.size();
  if (listed > 0)
    heading.text(fmt::format("{} of {} branches and loops drawn as lines; the others are named in their steps "
                             "(\u201CAlso next\u201D), so that the layout stays readable and fast",
                             m_jumps - listed, m_jumps),
                 Style{type::k_small, false, false, m_theme.muted});
  if (m_options.heading) {
    m_graph.heading = heading.take();
    m_graph.legend = legend();
  }
  std::vector<Column> columns;
  for (std::size_t s = 0; s < m_journey.stages.size(); ++s) {
    const Stage& stage = m_journey.stages[s];
    GraphCluster cluster;
    cluster.id = element_id("stage", {stage.id.value});
    std::vector<double> step_widths;
    for (const Step& step : stage.steps) {
      GraphNode node = step_node(step);
      cluster.nodes.push_back(node.id);
      step_widths.push_back(lines_width(node.lines));
      m_step_nodes.push_back(m_graph.nodes.size());
      m_graph.nodes.push_back(std::move(node));
      std::vector<std::string> column = touchpoint_nodes(step, cluster);
      std::size_t order = m_order.at(step.id.value);
      columns.push_back(Column{m_graph.clusters.size(), cluster.same_rank.size(), m_on_path[order], stack_height(column.size() - 1)});
      cluster.same_rank.push_back(std::move(column));
    }
    TextBlock label(stage_label_width(step_widths));
    label.text(fmt::format("STAGE {}", stage_number(m_journey, s)), Style{type::k_tag, true, false, m_theme.muted});
    label.text(stage.name.value, Style{type::k_heading, true, false, m_theme.text});
    if (stage.reached.present)
      label.text(format_count(stage.reached.value) + " reached", Style{type::k_small, false, false, m_theme.muted});
    cluster.label = label.take();
    cluster.tooltip = plain_text(cluster.label);
    if (stage.objective.present) cluster.tooltip += " \u2014 Objective: " + stage.objective.value;
    cluster.fill = m_theme.stage_band[(stage_number(m_journey, s) - 1) % 2];
    cluster.stroke = m_theme.rule;
    if (stage.steps.empty()) {  // the stage still shows, with a note
      GraphNode empty;
      empty.id = element_id("empty", {stage.id.value});
      TextBlock note(k_step_width);
      note.text("No steps yet", Style{type::k_small, false, true, m_theme.muted});
      empty.lines = note.take();
      empty.dashed = true;
      empty.rounded = true;
      empty.stroke = m_theme.card_stroke;
      cluster.nodes.push_back(empty.id);
      m_graph.nodes.push_back(std::move(empty));
    }
    m_graph.clusters.push_back(std::move(cluster));
  }
  double step_height = even_step_heights();
  even_stage_labels();
  band_spacers(columns, step_height);
  edges();
  return m_graph;
}

}  // namespace

Graph make_flow_view(const Journey& journey, const ViewOptions& options) {
  return FlowBuilder(journey, options).build();
}

}  // namespace jmap
