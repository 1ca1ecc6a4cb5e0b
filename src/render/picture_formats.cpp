// The pictures Graphviz draws: DOT as jmap writes it, and SVG, PNG and PDF from it. A
// computed view goes to Graphviz as a graph built from its statements, not as text.
#include <utility>

#include "dot_statements.hpp"
#include "jmap/render.hpp"

namespace jmap {
namespace {

std::string rendered(const View& view, std::string_view format, double dpi, std::vector<std::string>* warnings,
                     PixelBox fit) {
  return render_statements([&view](DotStatements& out) { write_dot(view, out); }, format, dpi, warnings, fit);
}

std::string rendered(const Graph& graph, std::string_view format, double dpi, std::vector<std::string>* warnings,
                     PixelBox fit) {
  return render_dot(emit_dot(graph), format, dpi, warnings, fit);
}

}  // namespace

std::string picture_dot(const Picture& picture) {
  return std::visit([](const auto& drawing) { return emit_dot(drawing); }, picture.drawing);
}

std::string render_picture(const Picture& picture, std::string_view format, double dpi,
                           std::vector<std::string>* warnings, PixelBox fit) {
  if (format == "dot") return picture_dot(picture);
  std::string out = std::visit(
      [&](const auto& drawing) { return rendered(drawing, format, dpi, warnings, fit); }, picture.drawing);
  return format == "svg" ? accessible_svg(out, picture.label) : out;
}

}  // namespace jmap
