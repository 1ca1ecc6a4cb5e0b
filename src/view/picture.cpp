// One picture of the journey for a renderer: the view builder the options name, the
// ids prefixed, and what a screen reader says of it.
#include <fmt/format.h>

#include "flow_row.hpp"
#include "jmap/view.hpp"

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

std::size_t step_count(const Journey& journey) {
  std::size_t steps = 0;
  for (const Stage& stage : journey.stages) steps += stage.steps.size();
  return steps;
}

// "Service blueprint: 5 stages, 14 steps, for Busy parent. <description>"
std::string picture_description(const Journey& journey, const ViewOptions& options) {
  std::size_t steps = step_count(journey);
  std::string summary = fmt::format("{}: {} stage{}, {} step{}", view_info(options.kind).title, journey.stages.size(),
                                    journey.stages.size() == 1 ? "" : "s", steps, steps == 1 ? "" : "s");
  if (!options.persona.empty())
    if (const Persona* persona = find_persona(journey, options.persona)) summary += ", for " + persona->name.value;
  if (journey.shown) summary += " (" + shown_stages_text(journey) + ")";
  summary += ".";
  if (journey.description.present) summary += " " + journey.description.value;
  return summary;
}

}  // namespace

Picture make_picture(const Journey& journey, const ViewOptions& options) {
  Picture picture;
  picture.kind = options.kind;
  picture.label = SvgLabel{journey.title.value, picture_description(journey, options), options.id_prefix};
  if (options.kind == ViewKind::flow) {
    Graph graph = make_flow_view(journey, options);
    if (step_count(journey) > k_flow_row_steps) {
      View view = lay_out_flow_row(graph);  // its own boxes (heading, key) take the prefix too
      prefix_ids(view, options.id_prefix);
      picture.drawing = std::move(view);
    } else {
      prefix_ids(graph, options.id_prefix);
      picture.drawing = std::move(graph);
    }
  } else {
    View view = options.kind == ViewKind::blueprint ? make_blueprint_view(journey, options) : make_map_view(journey, options);
    prefix_ids(view, options.id_prefix);
    picture.drawing = std::move(view);
  }
  return picture;
}

}  // namespace jmap
