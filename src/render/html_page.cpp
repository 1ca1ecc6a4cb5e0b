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

// One picture at a time: made, drawn, and its drawing freed before the next is made.
std::string inline_picture(const PagePicture& make) { return inline_svg(render_picture(make(), "svg")); }

// The flow, and its dark twin recoloured from the light one's layout: dot is most of a
// large page's time.
void add_flows(const ReportView& report, PageExtras& extras) {
  Picture light = report.flow();
  std::string flow = render_picture(light, "svg");
  extras.flow = inline_svg(flow);
  if (!report.flow_dark) return;
  Picture dark = report.flow_dark();
  std::optional<std::string> recoloured = recoloured_svg(flow, light, dark);
  extras.flow_dark = inline_svg(recoloured ? *recoloured : render_picture(dark, "svg"));
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
  add_flows(report, extras);
  extras.blueprint = inline_picture(report.blueprint);
  if (report.blueprint_dark) extras.blueprint_dark = inline_picture(report.blueprint_dark);
  if (report.comparison) extras.compare = inline_picture(report.comparison->map);
  if (report.comparison && report.comparison->map_dark) extras.compare_dark = inline_picture(report.comparison->map_dark);
  extras.default_css = stylesheet(options.page_size);
  extras.style_hash = csp_hash(extras.default_css);
  return render_mustache(report, extras, text, name);
}

}  // namespace jmap
