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
// of the height the view measured, so spacing matches the computed views. The
// <TABLE> without the label's outer angle brackets, or "" when there are no lines.
std::string lines_table(const std::vector<TextLine>& lines, Align align);

// Graphviz's DOT reader refuses an HTML-like label longer than 16,384 bytes. Rows past
// this budget give way to one ellipsis row: a card that long cannot be read in a picture
// anyway, and its tooltip (a quoted string, see dot_quoted) keeps the whole text.
constexpr std::size_t k_label_budget = 15000;

// The row that stands for the rows left out.
std::string ellipsis_line_html();

}  // namespace jmap
