// Stage 4, emit: view -> DOT text -> Graphviz layout (nop2, pinned) -> SVG.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "jmap/view.hpp"

namespace jmap {

// The graph jmap lays out, as DOT. Self-describing (layout=nop2): `dot -Tsvg` on it
// draws the same picture as `jmap build -o map.svg`.
std::string emit_dot(const View& view);

// The flow graph as DOT (layout=dot): Graphviz places the nodes.
std::string emit_dot(const Graph& graph);

// A Graphviz failure: missing plugin, unknown format, layout or render error.
class RenderError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The DOT of one view of a journey (see ViewOptions): the whole way from model to DOT.
std::string journey_dot(const Journey& journey, const ViewOptions& options);

// What a screen reader says of a picture, and the prefix of its ids.
struct SvgLabel {
  std::string title, description, id_prefix;
};

// Graphviz's SVG with a <title>/<desc> for the document, role="img", the tooltip of
// every node and edge as its <title>, and decorative shapes hidden (aria-hidden).
std::string accessible_svg(const std::string& svg, const SvgLabel& label);

// The whole way from model to output: view, DOT, Graphviz, and for SVG the labels
// above. `format` is "svg", "png", "pdf" or "dot". `warnings` gets what the user
// should know of the result (a PNG too large for Graphviz, drawn at a lower dpi).
std::string render_journey(const Journey& journey, const ViewOptions& options, std::string_view format, double dpi = 96,
                           std::vector<std::string>* warnings = nullptr);

// Lays out and renders DOT text in-process with libgvc: "svg", "png", "pdf".
// `dpi` applies to PNG; one more than 32,767 px a side is drawn at the largest dpi
// that fits, with a warning. Serialised: Graphviz is not thread-safe.
std::string render_dot(const std::string& dot, std::string_view format, double dpi = 96,
                       std::vector<std::string>* warnings = nullptr);

}  // namespace jmap
