// Model -> view -> DOT for the view a user asked for: the one place that picks it.
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

}  // namespace

std::string journey_dot(const Journey& journey, const ViewOptions& options) {
  View view = options.kind == ViewKind::blueprint ? make_blueprint_view(journey, options) : make_map_view(journey, options);
  prefix_ids(view, options.id_prefix);
  return emit_dot(view);
}

}  // namespace jmap
