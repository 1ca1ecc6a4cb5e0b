// A Graphviz text-layout plugin that measures with jmap's own font metrics, so SVG needs
// no pango: loading pango and fontconfig took about two thirds of drawing a map to SVG.
// jmap places every line itself (the view measured and wrapped it with these widths);
// Graphviz still needs a width to place the second run of a line ("Goal: " in bold, then
// the goal) and a height to centre a line in its row, both as pango gives them.
#include "graphviz_text.hpp"

#include <graphviz/gvplugin.h>
#include <graphviz/gvplugin_textlayout.h>

#include <cmath>

#include "util/text_metrics.hpp"

namespace jmap {
namespace {

// pango's figures for a span (Graphviz 2.43, gvtextlayout_pango.c): the width rounded up
// to whole points, the height the font size plus 10%, the centre line 20% below the middle.
boolean measure_span(textspan_t* span, char** fontpath) {
  double size = span->font->size;
  bool bold = (span->font->flags & HTML_BF) != 0;
  span->size.x = std::floor(font_advance(span->str ? span->str : "", size, bold) + 1);
  span->size.y = std::floor(size * 1.1 + 0.5);
  span->yoffset_layout = 0;
  span->yoffset_centerline = 0.2 * size;
  span->layout = nullptr;
  span->free_layout = nullptr;
  if (fontpath) *fontpath = nullptr;
  return TRUE;
}

gvtextlayout_engine_t k_engine{measure_span};
gvplugin_installed_t k_installed[] = {{0, "textlayout", 10, &k_engine, nullptr}, {0, nullptr, 0, nullptr, nullptr}};
gvplugin_api_t k_apis[] = {{API_textlayout, k_installed}, {static_cast<api_t>(0), nullptr}};
gvplugin_library_t k_library{const_cast<char*>("jmap_text"), k_apis};

}  // namespace

void* text_layout_plugin() { return &k_library; }

}  // namespace jmap
