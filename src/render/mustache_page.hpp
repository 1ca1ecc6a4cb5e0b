// The one door to the Mustache library: the report view as template data (the keys of
// template_keys.hpp, documented in docs/templates.md) and a template run over it.
// Private to src/render.
#pragma once

#include <string>

#include "jmap/model_view.hpp"
#include "jmap/report_view.hpp"

namespace jmap {

// What the page adds to the report view: the pictures as inline SVG (trusted: they go
// in raw) and the default stylesheet with its CSP hash.
struct PageExtras {
  std::string blueprint, flow;
  std::string blueprint_dark, flow_dark;  // "" when the page has no dark variant
  std::string compare;                    // the map of both states (--compare), else ""
  std::string compare_dark;               // its dark twin, "" unless blueprint_dark is set
  std::string default_css, style_hash;
};

// Throws TemplateError "FILE:LINE:COL: ..." for a template that does not parse, has a
// partial or uses a name the data does not have. Cheap: call it before drawing.
void check_mustache_template(const std::string& text, const std::string& file_name);

// The template rendered over the report's data; every value HTML-escaped (the backtick
// too) unless the template writes it raw. The pictures, most of a large page, are never
// copied into the template data: they are spliced in where the template put them, and
// each is freed once spliced for the last time (the extras are used up).
std::string render_mustache(const ReportView& report, PageExtras&& extras, const std::string& text,
                            const std::string& file_name);

// A site page (jmap site): a compiled-in template of templates/site/ over data the site
// view decided whole; every value HTML-escaped as on the report page.
std::string render_mustache_data(const DataNode& values, const std::string& text, const std::string& file_name);

}  // namespace jmap
