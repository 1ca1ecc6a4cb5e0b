// The HTML page: the pictures jmap draws, the default stylesheet and its CSP hash, and a
// Mustache template (the default is compiled in) run by the adapter over the report view.
#include <string_view>
#include <utility>

#include "inline_svg.hpp"
#include "jmap/render.hpp"
#include "mustache_page.hpp"
#include "svg_recolour.hpp"
#include "template_text.hpp"
#include "util/sha256.hpp"

namespace jmap {
namespace {

// A picture and its dark twin, one at a time (each drawing freed before the next is
// made), the twin recoloured from the light one's layout: the layouts are
// most of a large page's time and memory (a 50,000-step blueprint: 29 s, 2.6 GB).
void add_with_dark(const PagePicture& make_light, const PagePicture& make_dark, std::string& light_svg,
                   std::string& dark_svg) {
  Picture light = make_light();
  std::string svg = render_picture(light, "svg");
  light_svg = inline_svg(svg);
  if (!make_dark) return;
  Picture dark = make_dark();
  std::optional<std::string> recoloured = recoloured_svg(svg, light, dark);
  std::string().swap(svg);  // freed before the dark one is inlined, as the splice frees each picture
  dark_svg = inline_svg(recoloured ? *recoloured : render_picture(dark, "svg"));
}

// --page: the stylesheet's `@page { size: ...; }` set to that paper ("A4 portrait"); the
// screen is untouched, and the CSP hash is taken of the stylesheet as changed.
std::string stylesheet(std::string_view page_size) {
  std::string css(generated::k_report_css);
  constexpr std::string_view k_rule = "@page { size: ";
  std::size_t at = css.find(k_rule);
  if (page_size.empty() || at == std::string::npos) return css;
  at += k_rule.size();
  css.replace(at, css.find(';', at) - at, page_size);
  return css;
}

}  // namespace

std::string csp_hash(std::string_view text) {
  Sha256Digest digest = sha256(text);
  return "sha256-" + base64(digest);
}

std::string_view default_html_template() { return generated::k_report_template; }

std::string render_html(const ReportView& report, const RenderOptions& options) {
  bool custom = !options.template_text.empty();
  std::string text = custom ? options.template_text : std::string(generated::k_report_template);
  std::string name = custom ? options.template_name : "the default template";
  check_mustache_template(text, name);  // before drawing: a broken template fails fast
  PageExtras extras;
  // The blueprint's layout is the costliest (2.6 GB at 50,000 steps): first, while no other
  // picture is held (flow first peaked at 4.27 GB there, blueprint first at 4.12 GB; 5,000
  // steps: 521 -> 415 MB).
  add_with_dark(report.blueprint, report.blueprint_dark, extras.blueprint, extras.blueprint_dark);
  add_with_dark(report.flow, report.flow_dark, extras.flow, extras.flow_dark);
  if (report.comparison) add_with_dark(report.comparison->map, report.comparison->map_dark, extras.compare, extras.compare_dark);
  extras.default_css = stylesheet(options.page_size);
  extras.style_hash = csp_hash(extras.default_css);
  return render_mustache(report, std::move(extras), text, name);
}

}  // namespace jmap
