// The widths of the pictures' font: "Helvetica", which fontconfig gives as DejaVu Sans on
// Debian. The view wraps with them (plus a margin) and Graphviz measures its text spans
// with them (src/render/graphviz_text.cpp), so neither needs pango to know a width.
#pragma once

#include <string_view>

namespace jmap {

// The advance width in points of `text` set at `size` points, as pango measures it for
// ASCII; other code points are estimated (wide for East Asian scripts).
double font_advance(std::string_view text, double size, bool bold);

}  // namespace jmap
