// The pictures Graphviz draws: DOT as jmap writes it, and SVG, PNG and PDF from it. A
// picture goes to Graphviz as a graph built from its statements, not as text.
#include <variant>

#include "dot_statements.hpp"
#include "jmap/render.hpp"

namespace jmap {

DotWriterFunction statements_of(const Picture& picture) {
  return [&picture](DotStatements& out) { std::visit([&out](const auto& drawing) { write_dot(drawing, out); }, picture.drawing); };
}

std::string picture_dot(const Picture& picture) { return dot_text(statements_of(picture)); }

std::string render_picture(const Picture& picture, std::string_view format, double dpi,
                           std::vector<std::string>* warnings, PixelBox fit) {
  if (format == "dot") return picture_dot(picture);
  std::string out = render_statements(statements_of(picture), format, dpi, warnings, fit);
  return format == "svg" ? accessible_svg(out, picture.label) : out;
}

}  // namespace jmap
