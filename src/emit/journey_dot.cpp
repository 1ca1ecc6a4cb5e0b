// Model -> view -> DOT for the view a user asked for: the one place that picks it.
#include <fmt/format.h>

#include "jmap/emit.hpp"

namespace jmap {
namespace {

// Several SVGs can share one HTML page; a prefix keeps their ids apart.
void prefix_ids(View& view, const std::string& prefix) {
  if (prefix.empty()) return;
  for (Box& box : view.boxes) box.id = prefix + box.id;
  for (Curve& curve : view.curves) curve.id = prefix + curve.id;
  for (Marker& marker : view.markers) marker.id = prefix + marker.id;
}

void prefix_ids(Graph& graph, const std::string& prefix) {
  if (prefix.empty()) return;
  for (GraphNode& node : graph.nodes) node.id = prefix + node.id;
  for (GraphEdge& edge : graph.edges) {
    edge.id = prefix + edge.id;
    edge.from = prefix + edge.from;
    edge.to = prefix + edge.to;
  }
  for (GraphCluster& cluster : graph.clusters) {
    cluster.id = prefix + cluster.id;
    for (std::string& node : cluster.nodes) node = prefix + node;
    for (auto& rank : cluster.same_rank)
      for (std::string& node : rank) node = prefix + node;
  }
}

}  // namespace

std::string journey_dot(const Journey& journey, const ViewOptions& options) {
  if (options.kind == ViewKind::flow) {
    Graph graph = make_flow_view(journey, options);
    prefix_ids(graph, options.id_prefix);
    return emit_dot(graph);
  }
  View view = options.kind == ViewKind::blueprint ? make_blueprint_view(journey, options) : make_map_view(journey, options);
  prefix_ids(view, options.id_prefix);
  return emit_dot(view);
}


namespace {

std::string view_title(ViewKind kind) {
  switch (kind) {
    case ViewKind::map: return "Journey map";
    case ViewKind::blueprint: return "Service blueprint";
    case ViewKind::flow: return "Journey flow";
  }
  return "Journey map";
}

// "Service blueprint: 5 stages, 14 steps, for Busy parent. <description>"
SvgLabel svg_label(const Journey& journey, const ViewOptions& options) {
  std::size_t steps = 0;
  for (const Stage& stage : journey.stages) steps += stage.steps.size();
  std::string summary = fmt::format("{}: {} stage{}, {} step{}", view_title(options.kind), journey.stages.size(),
                                    journey.stages.size() == 1 ? "" : "s", steps, steps == 1 ? "" : "s");
  if (!options.persona.empty())
    if (const Persona* persona = find_persona(journey, options.persona)) summary += ", for " + persona->name.value;
  summary += ".";
  if (journey.description.present) summary += " " + journey.description.value;
  return SvgLabel{journey.title.value, summary, options.id_prefix};
}

}  // namespace

std::string render_journey(const Journey& journey, const ViewOptions& options, std::string_view format, double dpi,
                           std::vector<std::string>* warnings) {
  std::string dot = journey_dot(journey, options);
  if (format == "dot") return dot;
  std::string rendered = render_dot(dot, format, dpi, warnings);
  return format == "svg" ? accessible_svg(rendered, svg_label(journey, options)) : rendered;
}

}  // namespace jmap
