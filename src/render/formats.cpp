// The one table of output formats. A new format is a writer in its own file and a row
// here; `jmap build` checks its options against the row and runs the view stage for it.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "jmap/render.hpp"
#include "render/glyph_warnings.hpp"

namespace jmap {
namespace {

Rendered write_pages(const PageSet& pages) {
  Rendered out{render_pages_pdf(pages), {}};
  std::string text;
  for (const Page& page : pages.pages) text += picture_text(page.picture) + page.title;
  out.warnings = font_coverage_warnings(text);
  if (pages.scale > 0 && pages.least_scale < k_min_page_scale)
    out.warnings.push_back(fmt::format("a page draws the view at {:.0f}%, even with the lanes split over pages: smaller "
                                       "than the {:.0f}% at which its smallest text reads well; choose a larger --page",
                                       100 * pages.least_scale, 100 * k_min_page_scale));
  return out;
}

template <const char* k_format>
Rendered write_picture(const RenderInput& input, const RenderOptions& options) {
  if (input.pages) return write_pages(*input.pages);
  Rendered out;
  out.bytes = render_picture(*input.picture, k_format, options.dpi, &out.warnings, options.fit);
  if (std::string_view(k_format) == "png" || std::string_view(k_format) == "pdf") {
    std::vector<std::string> fonts = font_coverage_warnings(picture_text(*input.picture));
    out.warnings.insert(out.warnings.end(), fonts.begin(), fonts.end());
  }
  if (options.source) out.bytes = embed_source(std::move(out.bytes), k_format, *options.source);
  return out;
}

Rendered write_html(const RenderInput& input, const RenderOptions& options) {
  return Rendered{render_html(*input.report, options), {}};
}

Rendered write_markdown(const RenderInput& input, const RenderOptions& options) {
  return Rendered{render_markdown(*input.report, options), {}};
}

Rendered write_model_json(const RenderInput& input, const RenderOptions&) {
  return Rendered{render_model_json(*input.model), {}};
}

Rendered write_mermaid(const RenderInput& input, const RenderOptions&) { return render_mermaid(*input.report); }

Rendered write_pptx(const RenderInput& input, const RenderOptions&) { return render_pptx(*input.deck); }

constexpr char k_svg[] = "svg", k_png[] = "png", k_pdf[] = "pdf", k_dot[] = "dot";

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

}  // namespace

const std::vector<OutputFormat>& output_formats() {
  static const std::vector<OutputFormat> table{
      {.name = "svg", .extensions = {"svg"}, .summary = "one view as SVG, accessible (title, desc, tooltips)",
       .picture = true, .embed_source = true, .compare = true, .write = write_picture<k_svg>},
      {.name = "png", .extensions = {"png"}, .summary = "one view as PNG (--dpi, default 96)", .picture = true,
       .dpi = true, .fit = true, .embed_source = true, .compare = true, .write = write_picture<k_png>},
      {.name = "pdf", .extensions = {"pdf"}, .summary = "one view as PDF, reproducible (SOURCE_DATE_EPOCH)",
       .picture = true, .paged = true, .compare = true, .write = write_picture<k_pdf>},
      {.name = "html", .extensions = {"html", "htm"},
       .summary = "the whole journey as one self-contained page (--template)", .report = true, .templated = true,
       .paged = true, .compare = true, .write = write_html},
      {.name = "dot", .extensions = {"dot", "gv"}, .summary = "one view as the Graphviz graph jmap lays out",
       .picture = true, .compare = true, .write = write_picture<k_dot>},
      {.name = "md", .extensions = {"md", "markdown"},
       .summary = "the whole journey as a Markdown page for docs sites (--image links the map's SVG)",
       .report = true, .image = true, .write = write_markdown},
      {.name = "json", .extensions = {"json"},
       .summary = "the validated, normalised journey as data (jmap schema --model)", .model = true,
       .write = write_model_json},
      {.name = "mermaid", .extensions = {"mmd", "mermaid"},
       .summary = "a Mermaid journey diagram: a section per stage, emotions as 1-5 scores, personas as actors",
       .report = true, .write = write_mermaid},
      {.name = "pptx", .extensions = {"pptx"},
       .summary = "a 16:9 PowerPoint deck: title, the whole view, a slide per stage (objective, KPIs, pains in the notes)",
       .deck = true, .write = write_pptx},
  };

  return table;
}

const OutputFormat* output_format(std::string_view name) {
  std::string wanted = lower(name);
  for (const OutputFormat& format : output_formats()) {
    if (format.name == wanted) return &format;
    if (std::find(format.extensions.begin(), format.extensions.end(), wanted) != format.extensions.end()) return &format;
  }
  return nullptr;
}

std::vector<std::string> output_format_names() {
  std::vector<std::string> names;
  for (const OutputFormat& format : output_formats()) names.emplace_back(format.name);
  return names;
}

}  // namespace jmap
