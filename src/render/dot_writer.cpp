// View -> DOT. Every node is pinned (pos="x,y!") and every curve carries its own
// spline points, so the graph's `layout=nop2` draws exactly what the view placed.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>

#include "util/escape.hpp"
#include "dot_statements.hpp"
#include "html_label.hpp"
#include "jmap/render.hpp"

namespace jmap {
namespace {

constexpr double k_points_per_inch = 72.0;

// The two nodes every curve runs between (no view element's id is bare "anchor.").
constexpr std::string_view k_anchor_tail = "anchor.tail", k_anchor_head = "anchor.head";

std::string inches(double points) { return fmt::format("{:.4f}", points / k_points_per_inch); }

// A fixed-size table as big as the box less its padding (the node centres it), one
// row per line at the height the view measured, and filler rows for the space left:
// the text sits exactly where the view placed it and never resizes the box.
// `inner_width` x `inner_height` is the box less its padding (or, for text_in_own_node,
// the part of it the text node takes).
DotAttribute box_label(const Box& box, double inner_width, double inner_height) {
  if (box.lines.empty()) return {"label", "", DotAttribute::Form::quoted};
  int width = static_cast<int>(inner_width);
  int height = static_cast<int>(inner_height);
  std::string align(align_name(box.align));
  std::string rows;
  int used = 0;
  for (const TextLine& line : box.lines) {
    std::string content = line_html(line);
    bool over = rows.size() + content.size() > k_label_budget;
    int pitch = static_cast<int>(std::lround(line_pitch(line)));
    used += pitch;
    rows += fmt::format("<TR><TD WIDTH=\"{}\" HEIGHT=\"{}\" ALIGN=\"{}\">{}</TD></TR>", width, pitch, align,
                        over ? ellipsis_line_html() : content);
    if (over) break;
  }
  int spare = height - used;
  auto filler = [](int points) { return points >= 1 ? fmt::format("<TR><TD HEIGHT=\"{}\"></TD></TR>", points) : std::string(); };
  if (box.middle) rows = filler(spare / 2) + rows + filler(spare - spare / 2);
  else rows += filler(spare);
  return {"label",
          fmt::format("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\" FIXEDSIZE=\"TRUE\" "
                      "WIDTH=\"{}\" HEIGHT=\"{}\">{}</TABLE>",
                      width, std::max(height, used), rows),
          DotAttribute::Form::html};
}

// A first box that covers the whole view is its background: it paints the page too,
// so that a PDF (whose page Graphviz rounds up to whole points) has no white edge.
std::string page_color(const View& view) {
  if (view.boxes.empty()) return "";
  const Box& first = view.boxes.front();
  bool covers = first.x <= 0 && first.y <= 0 && first.width >= view.width && first.height >= view.height;
  return covers ? first.fill : "";
}

using Form = DotAttribute::Form;

// One axis of a box's own text node (text_in_own_node): its centre, the node's size and
// the table's.
struct TextSpan {
  double centre, node, table;
};
enum class Place { start, middle, end };

TextSpan text_span(double start, double size, double padding, Place place) {
  double inner = size - 2 * padding;
  if (inner <= k_max_table_points) return {start + size / 2, size, inner};
  // Even: Graphviz rounds a node's centre to a whole point, which would move the text by half a point.
  double table = 2 * std::floor(k_max_table_points / 2);
  double first = place == Place::start ? start + padding : place == Place::middle ? start + (size - table) / 2 : start + size - padding - table;
  return {first + table / 2, table, table};
}

class DotWriter {
 public:
  DotWriter(const View& view, DotStatements& out) : m_view(view), m_out(out) {}

  void write() {
    m_out.open(escape_dot_id(m_view.title.empty() ? "journey" : m_view.title));
    // margin=0: PDF pages get no white border (Graphviz's default page margin is 36 pt).
    std::string page = page_color(m_view);
    DotAttributes graph{{"layout", "nop2"}, {"splines", "true"}, {"pad", "0"}, {"margin", "0"}};
    if (!page.empty()) graph.push_back({"bgcolor", page, Form::quoted});
    graph.push_back({"fontname", "Helvetica", Form::quoted});
    m_out.defaults(DotStatements::Kind::graph, graph);
    m_out.defaults(DotStatements::Kind::node, {{"shape", "box"},
                                               {"fixedsize", "true"},
                                               {"margin", "0"},
                                               {"fontname", "Helvetica", Form::quoted},
                                               {"label", "", Form::quoted}});
    m_out.defaults(DotStatements::Kind::edge, {{"dir", "none"}, {"arrowhead", "none"}});
    for (const Box& box : m_view.boxes) write_box(box);
    write_anchors();
    for (const Curve& curve : m_view.curves) write_curve(curve);
    for (const Marker& marker : m_view.markers) write_marker(marker);
  }

 private:
  // Graphviz's y axis points up; the view's points down.
  void append_pos(fmt::memory_buffer& out, double x, double y) const {
    fmt::format_to(std::back_inserter(out), "{:.2f},{:.2f}", x, m_view.height - y);
  }
  std::string pos(double x, double y) const {
    fmt::memory_buffer out;
    append_pos(out, x, y);
    return fmt::to_string(out);
  }

  void write_box(const Box& box) {
    std::string style = box.fill.empty() ? "" : "filled";
    if (box.rounded) style += style.empty() ? "rounded" : ",rounded";
    if (box.dashed) style += style.empty() ? "dashed" : ",dashed";
    std::string id = escape_dot_id(box.id);
    DotAttributes attributes{{"id", id, Form::quoted},
                             {"pos", pos(box.x + box.width / 2, box.y + box.height / 2) + "!", Form::quoted},
                             {"width", inches(box.width)},
                             {"height", inches(box.height)},
                             {"style", style, Form::quoted},
                             {"fillcolor", box.fill.empty() ? "transparent" : box.fill, Form::quoted}};
    if (box.stroke.empty()) {
      attributes.push_back({"color", "transparent"});
      attributes.push_back({"penwidth", "0"});
    } else {
      attributes.push_back({"color", box.stroke, Form::quoted});
      attributes.push_back({"penwidth", fmt::format("{:.1f}", box.stroke_width)});
    }
    if (box.shape != "box") attributes.push_back({"shape", box.shape});
    if (!box.tooltip.empty()) attributes.push_back({"tooltip", escape_dot_text(box.tooltip), Form::quoted});
    if (text_in_own_node(box)) {
      attributes.push_back({"label", "", Form::quoted});  // the shape only
      m_out.node(id, attributes);
      return write_text_node(box);
    }
    attributes.push_back(box_label(box, box.width - 2 * box.padding, box.height - 2 * box.padding));
    m_out.node(id, attributes);
  }

  // The text of a box too large for one table, in a transparent node of its own: along
  // an axis where the table fits, as the box's own node would be; along one where it
  // does not, as large as a table may be, where the box's alignment puts the text.
  void write_text_node(const Box& box) {
    TextSpan across = text_span(box.x, box.width, box.padding, box.align == Align::left ? Place::start
                                                            : box.align == Align::center ? Place::middle
                                                                                         : Place::end);
    TextSpan down = text_span(box.y, box.height, box.padding, box.middle ? Place::middle : Place::start);
    std::string id = escape_dot_id(box.id + std::string(k_text_node_suffix));
    DotAttributes attributes{{"id", id, Form::quoted},
                             {"pos", pos(across.centre, down.centre) + "!", Form::quoted},
                             {"width", inches(across.node)},
                             {"height", inches(down.node)},
                             {"color", "transparent"},
                             {"penwidth", "0"}};
    if (!box.tooltip.empty()) attributes.push_back({"tooltip", escape_dot_text(box.tooltip), Form::quoted});
    attributes.push_back(box_label(box, across.table, down.table));
    m_out.node(id, attributes);
  }

  static bool drawn(const Curve& curve) { return curve.controls.size() >= 4; }

  // An edge needs two nodes, but one that carries its own points (pos) is drawn along
  // them wherever its nodes are: so every curve runs between the same two invisible
  // anchors. Two anchors a curve were most of a large picture's nodes (25,006 of 44,267
  // in a 5,000-step blueprint, 20,028 of 30,113 in its flow) and a sixth of Graphviz's
  // time. They sit on the first curve's ends, inside the picture, as its own did.
  void write_anchors() {
    auto first = std::find_if(m_view.curves.begin(), m_view.curves.end(), drawn);
    if (first == m_view.curves.end()) return;
    for (const auto& [name, point] : {std::pair{k_anchor_tail, first->controls.front()}, std::pair{k_anchor_head, first->controls.back()}})
      m_out.node(std::string(name), {{"shape", "point"},
                                     {"style", "invis"},
                                     {"width", "0.01"},
                                     {"height", "0.01"},
                                     {"pos", pos(point.x, point.y) + "!", Form::quoted}});
  }

  // A curve is an edge between the anchors, drawn along its own control points.
  void write_curve(const Curve& curve) {
    if (!drawn(curve)) return;
    std::string id = escape_dot_id(curve.id);
    fmt::memory_buffer points;  // one buffer: a 50,000-step curve has 150,000 points
    if (curve.arrow_tip) {
      points.append(std::string_view("e,"));
      append_pos(points, curve.arrow_tip->x, curve.arrow_tip->y);
    }
    for (const Point& p : curve.controls) {
      if (points.size() > 0) points.push_back(' ');
      append_pos(points, p.x, p.y);
    }
    DotAttributes attributes{{"id", id, Form::quoted},
                             {"pos", fmt::to_string(points), Form::quoted},
                             {"color", curve.color, Form::quoted},
                             {"penwidth", fmt::format("{:.1f}", curve.width)}};
    if (curve.dotted || curve.dashed) attributes.push_back({"style", curve.dotted ? "dotted" : "dashed"});
    if (curve.arrow_tip) {
      attributes.push_back({"dir", "forward"});
      attributes.push_back({"arrowhead", "normal"});
      attributes.push_back({"arrowsize", "0.7"});
      attributes.push_back({"fillcolor", curve.color, Form::quoted});
    }
    attributes.push_back({"tooltip", escape_dot_text(curve.tooltip), Form::quoted});
    m_out.edge(std::string(k_anchor_tail), std::string(k_anchor_head), attributes);
  }

  void write_marker(const Marker& marker) {
    std::string id = escape_dot_id(marker.id);
    std::string size = inches(2 * marker.radius);
    m_out.node(id, {{"id", id, Form::quoted},
                    {"shape", marker.shape},
                    {"pos", pos(marker.center.x, marker.center.y) + "!", Form::quoted},
                    {"width", size},
                    {"height", size},
                    {"style", "filled"},
                    {"fillcolor", marker.fill, Form::quoted},
                    {"color", marker.stroke, Form::quoted},
                    {"penwidth", "1.5"},
                    {"tooltip", escape_dot_text(marker.tooltip), Form::quoted}});
  }

  const View& m_view;
  DotStatements& m_out;
};

}  // namespace

bool text_in_own_node(const Box& box) {
  return !box.lines.empty() &&
         std::max(box.width - 2 * box.padding, box.height - 2 * box.padding) > k_max_table_points;
}

void write_dot(const View& view, DotStatements& out) { DotWriter(view, out).write(); }

std::string emit_dot(const View& view) {
  return dot_text([&view](DotStatements& out) { write_dot(view, out); });
}

}  // namespace jmap
