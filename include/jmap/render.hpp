// Stage 5, render: render-ready views -> the bytes of an output format. A renderer
// reads a Picture or the ReportView, never the model; `output_formats()` is the one
// table of formats (the CLI's checks, --help, the man page test and the writers).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jmap/deck_view.hpp"
#include "jmap/error.hpp"
#include "jmap/model_view.hpp"
#include "jmap/pages.hpp"
#include "jmap/report_view.hpp"
#include "jmap/site_view.hpp"
#include "jmap/view.hpp"

namespace jmap {

// A PNG fitted into this many pixels, aspect kept (0: that side is free); both 0: use the dpi.
struct PixelBox {
  double width = 0, height = 0;
  bool any() const { return width > 0 || height > 0; }
};

struct RenderOptions {
  double dpi = 96;            // PNG
  PixelBox fit;               // PNG: --width/--height instead of dpi
  std::string template_text;  // HTML: "" = the default template
  std::string template_name;  // for messages: the template's path
  std::string image;          // Markdown: the map's picture (--image), linked as given; "" = none
  std::optional<std::string> source;  // --embed-source (SVG, PNG): the root file's exact bytes
  std::string page_size;  // HTML --page: the print CSS's @page size ("A4 portrait"); "" = the stylesheet's
};

// What the view stage made for one output; the format's row says which it needs.
struct RenderInput {
  std::optional<Picture> picture;
  std::optional<ReportView> report;
  std::optional<DataNode> model;  // the model view (JSON)
  std::optional<DeckView> deck;   // the slides (PowerPoint)
  std::optional<PageSet> pages;   // --page / --fit page (PDF): the view on paper
};

struct Rendered {
  std::string bytes;
  std::vector<std::string> warnings;  // what the user should know of the result
};

struct OutputFormat {
  std::string_view name;
  std::vector<std::string_view> extensions;  // the first is the usual one
  std::string_view summary;                  // for --help and jmap(1)
  // What it shows: exactly one of these.
  bool picture = false;  // one view: --view, --theme and --persona choose it
  bool report = false;   // the whole journey (the report view): every view at once
  bool model = false;    // the journey as data (the model view)
  bool deck = false;     // slides: the whole picture, then each stage's (--view, --theme, --persona)
  // The options that apply to it.
  bool dpi = false;           // --dpi
  bool fit = false;           // --width, --height: fitted into a box of pixels
  bool templated = false;     // --template
  bool image = false;         // --image
  bool embed_source = false;  // --embed-source: the picture can carry the journey's source
  bool paged = false;         // --page, --orientation, --fit page: pages of paper (PDF; HTML's print CSS)
  bool compare = false;       // --compare: the map draws the old state's curves beside the new
  Rendered (*write)(const RenderInput& input, const RenderOptions& options) = nullptr;
};

const std::vector<OutputFormat>& output_formats();
// By name or extension (case-insensitive); nullptr when no row has it.
const OutputFormat* output_format(std::string_view name);
std::vector<std::string> output_format_names();

// The pieces the writers are made of, public for tests and tools.

// The graph jmap lays out, as DOT. Self-describing (layout=nop2): `dot -Tsvg` on it
// draws the same picture as `jmap build -o map.svg` (text measured by pango there, by
// jmap's metrics here: a second run on a line may start a point or two apart).
std::string emit_dot(const View& view);
// The flow graph as DOT (layout=dot): Graphviz places the nodes.
std::string emit_dot(const Graph& graph);
std::string picture_dot(const Picture& picture);

// Lays out and renders DOT text in-process with libgvc: "svg", "png", "pdf" (the text is
// freed once Graphviz has read it: pass it with std::move where it is not needed after).
// jmap's own pictures go to Graphviz as graphs (render_picture); this reads a .dot file as
// `dot` would, the reference the tests hold those graphs to. SVG text
// is measured with jmap's font metrics (no pango); PNG and PDF are drawn with pango.
// `dpi` applies to PNG; one more than 32,767 px a side is drawn at the largest dpi
// that fits, with a warning. Serialised: Graphviz is not thread-safe.
// With `fit`, a PNG is drawn at the dpi that makes it fill that box instead.
std::string render_dot(std::string dot, std::string_view format, double dpi = 96,
                       std::vector<std::string>* warnings = nullptr, PixelBox fit = {});

// A picture as "dot", "svg", "png" or "pdf"; SVG made accessible (below).
std::string render_picture(const Picture& picture, std::string_view format, double dpi = 96,
                           std::vector<std::string>* warnings = nullptr, PixelBox fit = {});

// The pages as one PDF, a page each (cairo and librsvg draw Graphviz's SVG of each).
std::string render_pages_pdf(const PageSet& pages);

// Graphviz's SVG with the picture's <title>/<desc>, role="img", the tooltip of every node
// and edge as its <title>, and decorative shapes hidden (aria-hidden).
std::string accessible_svg(const std::string& svg, const SvgLabel& label);

// --embed-source: the journey's source inside a picture ("svg": a <metadata> element
// holding <jmap:source>; "png": an iTXt chunk `jmap:source` before IEND), escaped text
// when XML can carry it, else base64. Throws RenderError for another format.
std::string embed_source(std::string picture, std::string_view format, std::string_view source);
// `jmap extract`: the source embed_source put into an SVG or PNG file, byte for byte;
// nullopt when the file holds none. Throws IoError when it is damaged.
std::optional<std::string> extract_source(std::string_view file);

// The default template (templates/report.html.mustache), as compiled in.
std::string_view default_html_template();

// A Content-Security-Policy hash source for an inline element's exact text:
// "sha256-<base64 of its SHA-256>" (the page's `style_hash` is this of `default_css`).
std::string csp_hash(std::string_view text);

// The page. Every value is HTML-escaped; only the SVG jmap drew goes in raw.
// Throws TemplateError for a template that cannot be parsed or names unknown data.
std::string render_html(const ReportView& report, const RenderOptions& options);

// The journey as a Markdown page for docs sites (GFM tables); every text escaped with
// escape_markdown. With `options.image` the map is an image link to that path.
std::string render_markdown(const ReportView& report, const RenderOptions& options);

// The model view as JSON (docs/schema/model-v1.json), two-space indented, ending in a newline.
std::string render_model_json(const DataNode& model);
// JSON read back as a DataNode (`jmap site` reads its journey summaries); nullopt when
// the text is not JSON.
std::optional<DataNode> parse_data_json(std::string_view text);

// The journey as a Mermaid `journey` diagram (src/render/mermaid.cpp): emotions as
// Mermaid's 1-5 scores, personas as actors, text as Mermaid entity codes where it
// would break the syntax.
Rendered render_mermaid(const ReportView& report);

// The deck view as a PowerPoint file (src/render/pptx.cpp): 16:9 slides, each picture a
// PNG fitted to its slide, notes on notes pages; zipped with fixed dates and order, so the
// same deck gives the same bytes.
Rendered render_pptx(const DeckView& deck);
// `jmap site`: one page of the site (templates/site/KIND.html.mustache inside the
// layout), self-contained: the site's stylesheet inline, allowed by its hash alone.
std::string render_site_page(const SitePage& page);

}  // namespace jmap
