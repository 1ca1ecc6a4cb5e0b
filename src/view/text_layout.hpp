// Text measuring and wrapping. Graphviz does not wrap, so the view does, with widths
// estimated from Helvetica's metrics widened to cover DejaVu Sans (the usual fallback).
#pragma once

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace jmap {

double text_width(std::string_view text, double size, bool bold);

// Splits text into lines no wider than `width` points, at spaces where possible;
// words longer than a line are cut. Line breaks in the text are kept (CR, NEL, U+2028
// and U+2029 too); tabs and other control characters are spaces.
std::vector<std::string> wrap_text(std::string_view text, double width, double size, bool bold);

// The text on one line (breaks and controls as spaces), cut to fit `width` with a
// trailing ellipsis.
std::string ellipsize(std::string_view text, double width, double size, bool bold);

// Height of one line of text: a whole number, as the DOT writer gives each line a
// table row of this height (Graphviz's own spacing is too tight to read).
inline double line_height(double size) { return std::ceil(size * 1.3); }

}  // namespace jmap
