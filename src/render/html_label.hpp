// Graphviz HTML-like labels for text the view has wrapped: one table row per line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "jmap/view.hpp"

namespace jmap {

// One run as <FONT> (with <B>/<I>), its text escaped for HTML-like labels.
std::string run_html(const TextRun& run);

// The runs of a line, or "" for a gap line.
std::string line_html(const TextLine& line);

std::string_view align_name(Align align);

// A label that sizes to its lines (for nodes Graphviz places): each line a row
// of the height the view measured, so spacing matches the computed views.
std::string lines_label(const std::vector<TextLine>& lines, Align align);

}  // namespace jmap
