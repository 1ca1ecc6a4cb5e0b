// A flow drawn in another theme without a second layout. Private to src/render.
#pragma once

#include <optional>
#include <string>

#include "jmap/view.hpp"

namespace jmap {

// `svg` is `from` (a flow) as SVG; the result is `to`, the same graph in another theme and
// id prefix, as that SVG would be, or nothing when the two differ in more than colours
// and ids (then lay `to` out).
std::optional<std::string> recoloured_svg(const std::string& svg, const Picture& from, const Picture& to);

}  // namespace jmap
