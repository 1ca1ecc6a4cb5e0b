// View -> DOT. Every node is pinned (pos="x,y!") and every curve carries its own
// spline points, so the graph's `layout=nop2` draws exactly what the view placed.
#include <fmt/format.h>

#include <cmath>

#include "util/escape.hpp"
#include "html_label.hpp"
#include "jmap/render.hpp"

namespace jmap {
namespace {

constexpr double k_points_per_inch = 72.0;

std::string inches(double points) { return fmt::format("{:.4f}", points / k_points_per_inch); }

// A fixed-size table as big as the box less its padding (the node centres it), one
// row per line at the height the view measured, and filler rows for the space left:
// the text sits exactly where the view placed it and never resizes the box.
std::string box_label(const Box& box) {
  if (box.lines.empty()) return "\"\"";
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
  return fmt::format(
      "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\" FIXEDSIZE=\"TRUE\" "
      "WIDTH=\"{}\" HEIGHT=\"{}\">{}</TABLE>>",
      width, std::max(height, used), rows);
}

// A first box that covers the whole view is its background: it paints the page too,
// so that a PDF (whose page Graphviz rounds up to whole points) has no white edge.
std::string page_color(const View& view) {
  if (view.boxes.empty()) return "";
  const Box& first = view.boxes.front();
  bool covers = first.x <= 0 && first.y <= 0 && first.width >= view.width && first.height >= view.height;
  return covers ? first.fill : "";
}

class DotWriter {
 public:
  explicit DotWriter(const View& view) : m_view(view) {}

  std::string write() {
    m_out += fmt::format("digraph {} {{\n", dot_quoted(escape_dot_id(m_view.title.empty() ? "journey" : m_view.title)));
    // margin=0: PDF pages get no white border (Graphviz's default page margin is 36 pt).
    std::string page = page_color(m_view);
    m_out += fmt::format("  graph [layout=nop2, splines=true, pad=0, margin=0, {}fontname=\"Helvetica\"];\n",
                         page.empty() ? "" : fmt::format("bgcolor=\"{}\", ", page));
    m_out += "  node [shape=box, fixedsize=true, margin=0, fontname=\"Helvetica\", label=\"\"];\n";
    m_out += "  edge [dir=none, arrowhead=none];\n";
    for (const Box& box : m_view.boxes) write_box(box);
    for (const Curve& curve : m_view.curves) write_curve(curve);
    for (const Marker& marker : m_view.markers) write_marker(marker);
    m_out += "}\n";
    return std::move(m_out);
  }

 private:
  // Graphviz's y axis points up; the view's points down.
  std::string pos(double x, double y) const { return fmt::format("{:.2f},{:.2f}", x, m_view.height - y); }

  void write_box(const Box& box) {
    std::string style = box.fill.empty() ? "" : "filled";
    if (box.rounded) style += style.empty() ? "rounded" : ",rounded";
    if (box.dashed) style += style.empty() ? "dashed" : ",dashed";
    std::string stroke = box.stroke.empty() ? "color=transparent, penwidth=0"
                                            : fmt::format("color=\"{}\", penwidth={:.1f}", box.stroke, box.stroke_width);
    m_out += fmt::format("  \"{0}\" [id=\"{0}\", pos=\"{1}!\", width={2}, height={3}, style=\"{4}\", fillcolor=\"{5}\", {6}",
                         escape_dot_id(box.id), pos(box.x + box.width / 2, box.y + box.height / 2), inches(box.width),
                         inches(box.height), style, box.fill.empty() ? "transparent" : box.fill, stroke);
    if (box.shape != "box") m_out += ", shape=" + box.shape;
    if (!box.tooltip.empty()) m_out += ", tooltip=" + dot_quoted(escape_dot_text(box.tooltip));
    m_out += fmt::format(", label={}];\n", box_label(box));
  }

  // A curve is an edge between two invisible anchors, drawn along its own control points.
  void write_curve(const Curve& curve) {
    if (curve.controls.size() < 4) return;
    std::string id = escape_dot_id(curve.id);
    const Point& first = curve.controls.front();
    const Point& last = curve.controls.back();
    for (const auto& [suffix, point] : {std::pair{"start", first}, std::pair{"end", last}})
      m_out += fmt::format("  \"{0}.{1}\" [id=\"{0}.{1}\", shape=point, style=invis, width=0.01, height=0.01, pos=\"{2}!\"];\n",
                           id, suffix, pos(point.x, point.y));
    std::string points;
    if (curve.arrow_tip) points = "e," + pos(curve.arrow_tip->x, curve.arrow_tip->y);
    for (const Point& p : curve.controls) points += (points.empty() ? "" : " ") + pos(p.x, p.y);
    std::string arrow = curve.arrow_tip ? fmt::format(", dir=forward, arrowhead=normal, arrowsize=0.7, fillcolor=\"{}\"", curve.color) : "";
    m_out += fmt::format("  \"{0}.start\" -> \"{0}.end\" [id=\"{0}\", pos={1}, color=\"{2}\", penwidth={3:.1f}{4}{5}, tooltip={6}];\n",
                         id, dot_quoted(points), curve.color, curve.width, curve.dotted ? ", style=dotted" : curve.dashed ? ", style=dashed" : "", arrow,
                         dot_quoted(escape_dot_text(curve.tooltip)));
  }

  void write_marker(const Marker& marker) {
    m_out += fmt::format(
        "  \"{0}\" [id=\"{0}\", shape={6}, pos=\"{1}!\", width={2}, height={2}, style=filled, fillcolor=\"{3}\", "
        "color=\"{4}\", penwidth=1.5, tooltip={5}];\n",
        escape_dot_id(marker.id), pos(marker.center.x, marker.center.y), inches(2 * marker.radius), marker.fill,
        marker.stroke, dot_quoted(escape_dot_text(marker.tooltip)), marker.shape);
  }

  const View& m_view;
  std::string m_out;
};

}  // namespace

std::string emit_dot(const View& view) { return DotWriter(view).write(); }

}  // namespace jmap
