// The HTML page: the pictures jmap draws, the report data, and a Mustache template
// (the default is compiled in). Template errors name the template's line and column.
#include <fmt/format.h>
#include <kainjow/mustache.hpp>

#include <optional>
#include <regex>
#include <string_view>
#include <utility>

#include "inline_svg.hpp"
#include "jmap/render.hpp"
#include "jmap/render.hpp"
#include "jmap/source.hpp"
#include "report_data.hpp"
#include "template_text.hpp"
#include "util/sha256.hpp"

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

std::string at_line_column(const std::string& name, const std::string& text, std::size_t offset, const std::string& message) {
  Position at = position_at(text, offset);
  return fmt::format("{}:{}:{}: {}", name, at.line, at.column, message);
}

// kainjow reports "Unclosed section "a" at 12" (a character offset): make it LINE:COL.
std::string located(const std::string& name, const std::string& text, const std::string& message) {
  static const std::regex at_offset(R"((.*) at (\d+)$)");
  std::smatch match;
  if (!std::regex_match(message, match, at_offset)) return fmt::format("{}: {}", name, message);
  return at_line_column(name, text, std::stoul(match[2].str()), match[1].str());
}

std::string trimmed(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") + 1 - first));
}

// The first partial tag ({{> name}}) of a template that parsed, read as kainjow reads
// tags (set-delimiter tags included). kainjow renders an unknown partial as nothing;
// jmap gives templates no partials, so one is an error rather than a silent gap.
std::optional<std::pair<std::size_t, std::string>> find_partial(const std::string& text) {
  std::string open = "{{", close = "}}";
  for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at)) {
    std::size_t body = at + open.size();
    bool raw = open == "{{" && close == "}}" && body < text.size() && text[body] == '{';  // {{{name}}}
    std::string end = raw ? "}}}" : close;
    std::size_t stop = text.find(end, body + (raw ? 1 : 0));
    if (stop == std::string::npos) return std::nullopt;
    std::string tag = trimmed(std::string_view(text).substr(body + (raw ? 1 : 0), stop - body - (raw ? 1 : 0)));
    if (!raw && !tag.empty() && tag[0] == '>') return std::pair{at, trimmed(std::string_view(tag).substr(1))};
    if (!raw && tag.size() >= 5 && tag.front() == '=' && tag.back() == '=') {
      std::string pair = trimmed(std::string_view(tag).substr(1, tag.size() - 2));
      std::size_t space = pair.find(' ');
      open = pair.substr(0, space);
      close = pair.substr(pair.find_first_not_of(' ', space));
    }
    at = stop + end.size();
  }
  return std::nullopt;
}

std::string inline_picture(const Picture& picture) { return inline_svg(render_picture(picture, "svg")); }

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
  kainjow::mustache::mustache page(text);
  // Checked before drawing: a broken template fails fast.
  if (!page.is_valid()) throw TemplateError(located(name, text, page.error_message()));
  if (auto partial = find_partial(text))
    throw TemplateError(at_line_column(name, text, partial->first,
                                       fmt::format("partials are not supported ('{{{{> {}}}}}'): write the text into the template",
                                                   partial->second)));
  page.set_custom_escape(escape_html);
  ReportPictures pictures;
  pictures.flow = inline_picture(report.flow);
  pictures.blueprint = inline_picture(report.blueprint);
  if (report.flow_dark) pictures.flow_dark = inline_picture(*report.flow_dark);
  if (report.blueprint_dark) pictures.blueprint_dark = inline_picture(*report.blueprint_dark);
  kainjow::mustache::data data = report_data(report.journey, report.persona, pictures);
  data.set("default_css", std::string(generated::k_report_css));
  data.set("style_hash", csp_hash(generated::k_report_css));
  std::string html = page.render(data);
  if (!page.is_valid()) throw TemplateError(located(name, text, page.error_message()));
  return html;
}

}  // namespace jmap
