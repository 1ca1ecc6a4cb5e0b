// Every text run a picture draws, for the font check of PNG and PDF.
#include "jmap/view.hpp"
#include "render/glyph_warnings.hpp"

namespace jmap {
namespace {

void add_lines(std::string& out, const std::vector<TextLine>& lines) {
  for (const TextLine& line : lines)
    for (const TextRun& run : line) out += run.text + '\n';
}

std::string drawn_text(const View& view) {
  std::string out;
  for (const Box& box : view.boxes) add_lines(out, box.lines);
  return out;
}

std::string drawn_text(const Graph& graph) {
  std::string out;
  add_lines(out, graph.heading);
  for (const auto& row : graph.legend)
    for (const LegendItem& item : row) add_lines(out, {item.text});
  for (const GraphCluster& cluster : graph.clusters) add_lines(out, cluster.label);
  for (const GraphNode& node : graph.nodes) add_lines(out, node.lines);
  for (const GraphEdge& edge : graph.edges) out += edge.label + '\n';
  return out;
}

}  // namespace

std::string picture_text(const Picture& picture) {
  return std::visit([](const auto& drawing) { return drawn_text(drawing); }, picture.drawing);
}

}  // namespace jmap
