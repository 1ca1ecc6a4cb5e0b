// Stage 4, emit (HTML): the journey as one self-contained web page, rendered from a
// Mustache template (the default one is compiled in) over documented data
// (docs/templates.md, jmap-templates(7)).
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "jmap/model.hpp"

namespace jmap {

struct HtmlOptions {
  std::string template_text;  // "" = the default template
  std::string template_name;  // for messages: the template's path
  std::string persona;        // set when the journey was filtered to one persona
  std::string theme = "default";  // the theme of the pictures (the page itself follows the reader)
};

// A template that cannot be parsed or rendered: "FILE:LINE:COL: message".
class TemplateError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The default template (templates/report.html.mustache), as compiled in.
std::string_view default_html_template();

// A Content-Security-Policy hash source for an inline element's exact text:
// "sha256-<base64 of its SHA-256>" (the page's `style_hash` is this of `default_css`).
std::string csp_hash(std::string_view text);

// The page. Every value is HTML-escaped; only the SVG jmap drew goes in raw.
std::string render_html(const Journey& journey, const HtmlOptions& options);

}  // namespace jmap
