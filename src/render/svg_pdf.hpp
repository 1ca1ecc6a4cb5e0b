// Several SVG pages as one PDF: cairo's PDF surface, each page drawn by librsvg.
#pragma once

#include <string>
#include <vector>

namespace jmap {

// One PDF of `pages` (SVG documents), every page width x height points. cairo and
// librsvg are dlopen'ed on first use, as pango and fontconfig are (SVG output loads
// neither); RenderError when they are missing or a page cannot be drawn.
std::string pdf_from_svg_pages(const std::vector<std::string>& pages, double width, double height);

}  // namespace jmap
