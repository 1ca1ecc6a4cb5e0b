// Graphviz's SVG document made fit to sit inside an HTML page.
#pragma once

#include <string>

namespace jmap {

// Drops the XML declaration, the DOCTYPE and every comment (Graphviz copies node
// names and the title into comments), keeping the <svg> element whole.
std::string inline_svg(const std::string& svg);

}  // namespace jmap
