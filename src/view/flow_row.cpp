// The flow laid out by jmap in one row, for journeys too large for Graphviz's dot: dot's
// time grows faster than the flow (a 1,000-step flow took 6.7 s, a 5,000-step one 10 s
// with a bounded simplex) and it cannot rank more than 32,767 columns at all (a
// 50,000-step flow ran out of memory and crashed). Here every column costs the same:
// the stages are equal-height bands side by side, each step stands on one line with its
// touchpoints stacked above it, the path runs straight from step to step, and branches
// and loops arc underneath. The flow's Graph (flow_view.cpp) says what is drawn; this
// file only says where.
#include "flow_row.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "card.hpp"
#include "text_layout.hpp"
#include "type_scale.hpp"

namespace jmap {
namespace {

constexpr double k_margin = 28;        // around the picture
constexpr double k_padding = 8;        // inside a node, around its lines
constexpr double k_column_gap = 34;    // between two steps: the arrow's length
constexpr double k_stack_gap = 14;     // between a step and its touchpoints, and between those
constexpr double k_band_padding = 14;  // inside a stage's band
constexpr double k_band_gap = 16;      // between two stages' bands
constexpr double k_arc_depth = 26;     // the depth of an arc over one step; longer ones go deeper
constexpr double k_arc_step = 20;      // per doubling of the span, so that short arcs nest in long ones,
                                       // and a label under one arc clears the next (its bottom is 3/4 of this lower)
constexpr std::size_t k_arc_levels = 12;
constexpr double k_legend_gap = 4;
constexpr double k_legend_padding = 3;

// A node of the graph as a box of the size its lines need; an oval needs more room
// around the same lines.
Box node_box(const GraphNode& node) {
  Box box;
  box.id = node.id;
  box.lines = node.lines;
  box.padding = k_padding;
  box.width = lines_width(node.lines) + 2 * k_padding;
  box.height = lines_height(node.lines) + 2 * k_padding;
  if (node.shape == "ellipse") {
    box.width *= 1.3;
    box.height *= 1.3;
    box.padding = (box.width - lines_width(node.lines)) / 2;
    box.middle = true;
  }
  box.shape = node.shape;
  box.rounded = node.rounded;
  box.dashed = node.dashed;
  box.fill = node.fill;
  box.stroke = node.stroke;
  box.stroke_width = node.stroke_width;
  box.tooltip = node.tooltip;
  return box;
}

// One step's column: the step, and the touchpoints it uses stacked above it.
struct Column {
  Box step;
  std::vector<Box> above;
  double width() const {
    double width = step.width;
    for (const Box& box : above) width = std::max(width, box.width);
    return width;
  }
  double height_above() const {
    double height = 0;
    for (const Box& box : above) height += box.height + k_stack_gap;
    return height;
  }
};

class FlowRow {
 public:
  explicit FlowRow(const Graph& graph) : m_graph(graph) {
    for (const GraphNode& node : graph.nodes) m_nodes[node.id] = &node;
  }

  View lay_out();

 private:
  std::vector<std::vector<Column>> columns();
  double heading(double y);
  void place_stages(const std::vector<std::vector<Column>>& stages, double top);
  void connect(const GraphEdge& edge);
  Curve edge_curve(const GraphEdge& edge) const;
  void arc(const GraphEdge& edge, const Box& from, const Box& to);
  bool is_arc(const GraphEdge& edge) const;
  std::size_t arc_level(const GraphEdge& edge) const;
  double arcs_height() const;
  void edge_label(const GraphEdge& edge, Point at);
  std::size_t band_of(double x) const;

  const Graph& m_graph;
  std::map<std::string, const GraphNode*> m_nodes;
  std::map<std::string, Box> m_placed;    // step id -> where it stands
  std::map<std::string, std::size_t> m_column;  // step id -> its column in the row
  View m_view;
  double m_row_y = 0;        // the centre line of the steps
  double m_arc_top = 0;      // the lowest step bottom: arcs start below it
  std::vector<Box> m_bands;  // the stages' bands, left to right
};

// Each cluster's columns: same_rank lists a step and its touchpoints; a step without
// any is a column of its own.
std::vector<std::vector<Column>> FlowRow::columns() {
  std::vector<std::vector<Column>> stages;
  for (const GraphCluster& cluster : m_graph.clusters) {
    std::map<std::string, const std::vector<std::string>*> stacks;
    for (const auto& rank : cluster.same_rank)
      if (!rank.empty()) stacks[rank.front()] = &rank;
    std::map<std::string, bool> stacked;
    for (const auto& rank : cluster.same_rank)
      for (std::size_t i = 1; i < rank.size(); ++i) stacked[rank[i]] = true;
    std::vector<Column>& stage = stages.emplace_back();
    for (const std::string& id : cluster.nodes) {
      auto node = m_nodes.find(id);
      // A spacer shapes dot's layout, not this one.
      if (node == m_nodes.end() || stacked.count(id) || node->second->spacer) continue;
      Column column{node_box(*node->second), {}};
      std::size_t order = m_column.size();  // the step's column in the whole row
      m_column[id] = order;
      if (auto stack = stacks.find(id); stack != stacks.end())
        for (std::size_t i = 1; i < stack->second->size(); ++i)
          if (auto above = m_nodes.find((*stack->second)[i]); above != m_nodes.end() && !above->second->spacer)
            column.above.push_back(node_box(*above->second));
      stage.push_back(std::move(column));
    }
  }
  return stages;
}

// The title block and the key, top left; returns the y under them.
double FlowRow::heading(double y) {
  if (!m_graph.heading.empty()) {
    Box title;
    title.id = "heading";
    title.lines = m_graph.heading;
    title.padding = 0;
    title.x = k_margin;
    title.y = y;
    title.width = lines_width(title.lines) + 1;
    title.height = lines_height(title.lines);
    y += title.height + 8;
    m_view.width = std::max(m_view.width, title.x + title.width + k_margin);
    m_view.boxes.push_back(std::move(title));
  }
  std::size_t row_number = 0;
  for (const auto& row : m_graph.legend) {
    double x = k_margin, height = 0;
    std::size_t item_number = 0;
    for (const LegendItem& item : row) {
      Box cell;
      cell.id = element_id("legend", {std::to_string(row_number), std::to_string(item_number++)});
      cell.lines = {item.text};
      cell.padding = k_legend_padding;
      cell.x = x;
      cell.y = y;
      cell.width = line_width(item.text) + 2 * k_legend_padding + 1;
      cell.height = line_pitch(item.text) + 2 * k_legend_padding;
      cell.fill = item.fill;
      cell.stroke = item.stroke;
      cell.stroke_width = item.stroke_width;
      cell.dashed = item.dashed;
      x += cell.width + k_legend_gap;
      height = std::max(height, cell.height);
      m_view.boxes.push_back(std::move(cell));
    }
    m_view.width = std::max(m_view.width, x + k_margin);
    y += height + k_legend_gap;
    ++row_number;
  }
  return y + 12;
}

// The stages side by side as bands of one height, the steps' centres on one line.
void FlowRow::place_stages(const std::vector<std::vector<Column>>& stages, double top) {
  double label_height = 0, above = 0, below = 0;
  for (const GraphCluster& cluster : m_graph.clusters) label_height = std::max(label_height, lines_height(cluster.label));
  for (const auto& stage : stages)
    for (const Column& column : stage) {
      above = std::max(above, column.height_above() + column.step.height / 2);
      below = std::max(below, column.step.height / 2);
    }
  double arcs = arcs_height();
  m_row_y = top + k_band_padding + label_height + 10 + above;
  m_arc_top = m_row_y + below;
  double band_height = k_band_padding + label_height + 10 + above + below + arcs + k_band_padding;
  double x = k_margin;
  std::vector<Box> bands, nodes;
  for (std::size_t s = 0; s < stages.size(); ++s) {
    const GraphCluster& cluster = m_graph.clusters[s];
    double inner = 0;
    for (const Column& column : stages[s]) inner += column.width() + k_column_gap;
    inner = std::max(inner - k_column_gap, lines_width(cluster.label));
    Box band;
    band.id = cluster.id;
    band.x = x;
    band.y = top;
    band.width = inner + 2 * k_band_padding;
    band.height = band_height;
    band.fill = cluster.fill;
    band.stroke = cluster.stroke;
    band.rounded = true;
    band.padding = k_band_padding;
    band.lines = cluster.label;
    band.tooltip = cluster.tooltip;
    double cx = x + k_band_padding;
    for (const Column& column : stages[s]) {
      double centre = cx + column.width() / 2;
      Box step = column.step;
      step.x = centre - step.width / 2;
      step.y = m_row_y - step.height / 2;
      double y = step.y;
      for (Box box : column.above) {  // stacked upwards, each hung on the one below by a dashed line
        y -= k_stack_gap + box.height;
        box.x = centre - box.width / 2;
        box.y = y;
        Curve link;
        link.id = box.id + ".link";
        link.color = box.stroke;
        link.width = 1;
        link.dashed = true;
        Point from{centre, y + box.height}, to{centre, y + box.height + k_stack_gap};
        link.points = {from, to};
        link.controls = {from, from, to, to};
        m_view.curves.push_back(std::move(link));
        nodes.push_back(std::move(box));
      }
      m_placed[step.id] = step;
      nodes.push_back(std::move(step));
      cx += column.width() + k_column_gap;
    }
    bands.push_back(std::move(band));
    x += inner + 2 * k_band_padding + k_band_gap;
  }
  m_view.width = std::max(m_view.width, x - k_band_gap + k_margin);
  m_view.height = top + band_height + k_margin;
  m_bands = bands;
  for (Box& band : bands) m_view.boxes.push_back(std::move(band));
  for (Box& node : nodes) m_view.boxes.push_back(std::move(node));
}

Curve FlowRow::edge_curve(const GraphEdge& edge) const {
  Curve curve;
  curve.id = edge.id;
  curve.color = edge.color;
  curve.width = edge.width;
  curve.dashed = edge.dashed;
  curve.tooltip = edge.tooltip;
  return curve;
}

// Any edge between steps but the one to the next column.
bool FlowRow::is_arc(const GraphEdge& edge) const {
  auto from = m_column.find(edge.from), to = m_column.find(edge.to);
  return from != m_column.end() && to != m_column.end() && (to->second != from->second + 1 || edge.reversed);
}

// How deep an arc dips: by the doublings of its span.
std::size_t FlowRow::arc_level(const GraphEdge& edge) const {
  std::size_t from = m_column.at(edge.from), to = m_column.at(edge.to);
  std::size_t span = from > to ? from - to : to - from, level = 0;
  while (span > 1 && level + 1 < k_arc_levels) span /= 2, ++level;
  return level;
}

// The room under the row for the deepest arc and its label.
double FlowRow::arcs_height() const {
  std::optional<std::size_t> deepest;
  for (const GraphEdge& edge : m_graph.edges)
    if (is_arc(edge)) deepest = std::max(deepest.value_or(0), arc_level(edge));
  return deepest ? k_arc_depth + k_arc_step * static_cast<double>(*deepest) + 16 : 0;
}

// A step to the next column: a straight arrow along the row. Any other: an arc under it.
void FlowRow::connect(const GraphEdge& edge) {
  auto from = m_placed.find(edge.from), to = m_placed.find(edge.to);
  if (from == m_placed.end() || to == m_placed.end()) return;  // a touchpoint's link: drawn with its stack
  if (is_arc(edge)) {
    arc(edge, from->second, to->second);
    return;
  }
  Curve curve = edge_curve(edge);
  Point start{from->second.x + from->second.width, m_row_y}, end{to->second.x - 6, m_row_y};
  curve.points = {start, end};
  curve.controls = {start, start, end, end};
  curve.arrow_tip = Point{to->second.x, m_row_y};
  // Between two stages the arrow is no longer than their padding: its colour alone says "branch".
  if (!edge.label.empty() && band_of(start.x) == band_of(end.x))
    edge_label(edge, Point{(start.x + to->second.x) / 2, m_row_y - line_height(type::k_tag) - 3});
  m_view.curves.push_back(std::move(curve));
}

// Under the row, from the bottom of one step to the bottom of the other (a loop back
// arrives at an earlier step, so the arrow points the way the journey goes).
void FlowRow::arc(const GraphEdge& edge, const Box& from, const Box& to) {
  Curve curve = edge_curve(edge);
  double depth = k_arc_depth + k_arc_step * static_cast<double>(arc_level(edge));
  double bottom = m_arc_top + depth;
  bool self = edge.from == edge.to;
  double from_x = from.x + from.width / 2 + (self ? -from.width / 4 : 0);
  double to_x = to.x + to.width / 2 + (self ? to.width / 4 : 0) + (to.x < from.x ? 6 : -6);  // ends beside an arc that leaves it
  Point start{from_x, from.y + from.height}, end{to_x, to.y + to.height + 7};
  curve.points = {start, end};
  curve.controls = {start, Point{start.x, bottom}, Point{end.x, bottom}, end};
  curve.arrow_tip = Point{end.x, to.y + to.height};
  // A cubic's middle lies three quarters of the way down to its control points: the label goes just under it.
  if (!edge.label.empty()) edge_label(edge, Point{(start.x + end.x) / 2, start.y + (bottom - start.y) * 0.75 + 2});
  m_view.curves.push_back(std::move(curve));
}

// The band at x, or the nearest one (x may fall in the gap between two).
std::size_t FlowRow::band_of(double x) const {
  auto after = std::upper_bound(m_bands.begin(), m_bands.end(), x, [](double at, const Box& band) { return at < band.x; });
  if (after == m_bands.begin()) return 0;
  std::size_t index = static_cast<std::size_t>(after - m_bands.begin()) - 1;
  const Box& band = m_bands[index];
  bool nearer_next = after != m_bands.end() && x > band.x + band.width && after->x - x < x - (band.x + band.width);
  return nearer_next ? index + 1 : index;
}

// An edge's word ("branch", "loops back") at the arc's lowest point.
void FlowRow::edge_label(const GraphEdge& edge, Point at) {
  Box label;
  label.id = edge.id + ".label";
  label.lines = {TextLine{TextRun{edge.label, type::k_tag, false, false, edge.color}}};
  label.padding = 2;
  label.width = text_width(edge.label, type::k_tag, false) + 8;  // Graphviz's DejaVu runs a little wider
  label.height = line_height(type::k_tag) + 4;
  // Inside one stage's band, whatever the arc spans: the bands are the picture's columns.
  const Box& band = m_bands[band_of(at.x)];
  label.x = std::clamp(at.x - label.width / 2, band.x + 2, band.x + band.width - label.width - 2);
  label.y = at.y;
  label.align = Align::center;
  m_view.boxes.push_back(std::move(label));
}

View FlowRow::lay_out() {
  m_view.title = m_graph.title;
  m_view.description = m_graph.description;
  Box background;  // first, so the DOT writer paints the page with it
  background.id = "background";
  background.fill = m_graph.background;
  m_view.boxes.push_back(background);
  double top = heading(k_margin);
  place_stages(columns(), top);
  for (const GraphEdge& edge : m_graph.edges) connect(edge);
  m_view.boxes.front().width = m_view.width;
  m_view.boxes.front().height = m_view.height;
  return std::move(m_view);
}

}  // namespace

View lay_out_flow_row(const Graph& graph) { return FlowRow(graph).lay_out(); }

}  // namespace jmap
