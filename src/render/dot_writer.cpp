// View -> DOT. Every node is pinned (pos="x,y!") and every curve carries its own
// spline points, so the graph's `layout=nop2` draws exactly what the view placed.
#include <fmt/format.h>

#include <cmath>
#include <iterator>

#include "util/escape.hpp"
#include "dot_statements.hpp"
#include "html_label.hpp"
#include "jmap/render.hpp"

namespace jmap {
namespace {

constexpr double k_points_per_inch = 72.0;

std::string inches(double points) { return fmt::format("{:.4f}", points / k_points_per_inch); }

// A fixed-size table as big as the box less its padding (the node centres it), one
// row per line at the height the view measured, and filler rows for the space left:
// the text sits exactly where the view placed it and never resizes the box.
DotAttribute box_label(const Box& box) {
  if (box.lines.empty()) return {"label", "", DotAttribute::Form::quoted};
  int width = static_cast<int>(box.width - 2 * box.padding);
  int height = static_cast<int>(box.height - 2 * box.padding);
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
    attributes.push_back(box_label(box));
    m_out.node(id, attributes);
  }

  // A curve is an edge between two invisible anchors, drawn along its own control points.
  void write_curve(const Curve& curve) {
    if (curve.controls.size() < 4) return;
    std::string id = escape_dot_id(curve.id);
    const Point& first = curve.controls.front();
    const Point& last = curve.controls.back();
    for (const auto& [suffix, point] : {std::pair{".start", first}, std::pair{".end", last}})
      m_out.node(id + suffix, {{"id", id + suffix, Form::quoted},
                               {"shape", "point"},
                               {"style", "invis"},
                               {"width", "0.01"},
                               {"height", "0.01"},
                               {"pos", pos(point.x, point.y) + "!", Form::quoted}});
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
    m_out.edge(id + ".start", id + ".end", attributes);
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

void write_dot(const View& view, DotStatements& out) { DotWriter(view, out).write(); }

std::string emit_dot(const View& view) {
  return dot_text([&view](DotStatements& out) { write_dot(view, out); });
}

}  // namespace jmap
