// One printed page as an SVG document: a picture's SVG scaled into the page's margins,
// and the footer (the journey's title, "page N of M").
#pragma once

#include <string>

#include "jmap/pages.hpp"

namespace jmap {

// `picture_svg` is Graphviz's SVG of page.picture (its root's viewBox is in points).
// Pages of a split are drawn at set.scale at most, top left; with set.scale 0 (a --fit
// page, the flow's pages) as large as fits, centred. A page with a number has a footer.
std::string page_svg(const PageSet& set, const Page& page, const std::string& picture_svg);

}  // namespace jmap
