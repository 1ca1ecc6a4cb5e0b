// The HTML page: the pictures jmap draws, the report data, and a Mustache template
// (the default is compiled in). Template errors name the template's line and column.
#include <fmt/format.h>
#include <kainjow/mustache.hpp>

#include <regex>

#include "inline_svg.hpp"
#include "jmap/emit.hpp"
#include "jmap/html.hpp"
#include "report_data.hpp"
#include "template_text.hpp"

namespace jmap {
namespace {

// kainjow's escape plus the backtick, which old browsers took for an attribute quote.
std::string escape_html(const std::string& text) {
  std::string out = kainjow::mustache::html_escape<std::string>(text);
  std::string::size_type at = 0;
  while ((at = out.find('`', at)) != std::string::npos) {
    out.replace(at, 1, "&#96;");
    at += 5;
  }
  return out;
}

// kainjow reports "Unclosed section "a" at 12" (a character offset): make it LINE:COL.
std::string located(const std::string& name, const std::string& text, const std::string& message) {
  static const std::regex at_offset(R"((.*) at (\d+)$)");
  std::smatch match;
  if (!std::regex_match(message, match, at_offset)) return fmt::format("{}: {}", name, message);
  std::size_t offset = std::min<std::size_t>(std::stoul(match[2].str()), text.size());
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return fmt::format("{}:{}:{}: {}", name, line, column, match[1].str());
}

std::string picture(const Journey& journey, const HtmlOptions& options, ViewKind kind, const std::string& prefix,
                    const std::string& theme) {
  ViewOptions view;
  view.kind = kind;
  view.persona = options.persona;
  view.theme = theme;
  view.id_prefix = prefix;
  view.heading = false;  // the page has its own
  return inline_svg(render_journey(journey, view, "svg"));
}

}  // namespace

std::string_view default_html_template() { return generated::k_report_template; }

std::string render_html(const Journey& journey, const HtmlOptions& options) {
  bool custom = !options.template_text.empty();
  std::string text = custom ? options.template_text : std::string(generated::k_report_template);
  std::string name = custom ? options.template_name : "the default template";
  kainjow::mustache::mustache page(text);
  // Checked before drawing: a broken template fails fast.
  if (!page.is_valid()) throw TemplateError(located(name, text, page.error_message()));
  page.set_custom_escape(escape_html);
  // With the default theme the page also carries the pictures in the dark theme, shown
  // when the reader prefers dark; a theme the user chose is used as it is.
  ReportPictures pictures;
  bool dark_too = options.theme == "default";
  pictures.flow = picture(journey, options, ViewKind::flow, "flow-", options.theme);
  if (dark_too) pictures.flow_dark = picture(journey, options, ViewKind::flow, "flow-dark-", "dark");
  pictures.blueprint = picture(journey, options, ViewKind::blueprint, "blueprint-", options.theme);
  if (dark_too) pictures.blueprint_dark = picture(journey, options, ViewKind::blueprint, "blueprint-dark-", "dark");
  kainjow::mustache::data data = report_data(journey, options.persona, pictures);
  data.set("default_css", std::string(generated::k_report_css));
  std::string html = page.render(data);
  if (!page.is_valid()) throw TemplateError(located(name, text, page.error_message()));
  return html;
}

}  // namespace jmap
