// A PageSet as one PDF: each page's picture drawn by Graphviz as SVG (jmap's text
// metrics, as `-o map.svg`), placed on its page with the footer, and the pages put
// into one PDF by cairo and librsvg.
#include "jmap/render.hpp"
#include "render/dot_statements.hpp"
#include "render/page_svg.hpp"
#include "render/svg_pdf.hpp"

namespace jmap {

std::string render_pages_pdf(const PageSet& pages) {
  std::vector<std::string> svgs;
  svgs.reserve(pages.pages.size());
  for (const Page& page : pages.pages)
    svgs.push_back(page_svg(pages, page, render_statements(statements_of(page.picture), "svg", 96, nullptr, {})));
  return pdf_from_svg_pages(svgs, pages.width, pages.height);
}

}  // namespace jmap
