// The pictures Graphviz draws: DOT as jmap writes it, and SVG, PNG and PDF from it.
#include <utility>

#include "jmap/render.hpp"

namespace jmap {

std::string picture_dot(const Picture& picture) {
  return std::visit([](const auto& drawing) { return emit_dot(drawing); }, picture.drawing);
}

std::string render_picture(const Picture& picture, std::string_view format, double dpi,
                           std::vector<std::string>* warnings, PixelBox fit) {
  std::string dot = picture_dot(picture);
  if (format == "dot") return dot;
  std::string rendered = render_dot(std::move(dot), format, dpi, warnings, fit);
  return format == "svg" ? accessible_svg(rendered, picture.label) : rendered;
}

}  // namespace jmap
