// The page: a broken template is an error with its line and column; values are
// escaped; the SVG jmap drew goes in as SVG.
#include <doctest/doctest.h>

#include "jmap/render.hpp"
#include "test_support.hpp"

using namespace jmap;
using jmap::test::contains;
using jmap::test::Loaded;

namespace {

const char* k_journey = R"(jmap: 1
title: "Quote ' and ` and <b>"
stages:
  - id: s
    name: S
    steps: [{id: a, name: A, emotion: 3}]
)";

}  // namespace

TEST_CASE("a template that does not parse names its line and column") {
  Loaded l(k_journey);
  REQUIRE(l.journey);
  RenderOptions options;
  options.template_name = "mine.mustache";
  options.template_text = "<h1>{{title}}</h1>\n<ul>\n  {{#stages}}<li>{{name}}</li>\n</ul>\n";
  try {
    render_html(make_report_view(*l.journey), options);
    FAIL("no error");
  } catch (const TemplateError& error) {
    std::string message = error.what();
    CHECK(contains(message, "mine.mustache:3:"));
    CHECK(contains(message, "Unclosed section"));
  }
}

// The message of the TemplateError that rendering with this template throws ("" if none).
std::string template_error(const Journey& journey, const std::string& text) {
  RenderOptions options;
  options.template_name = "mine.mustache";
  options.template_text = text;
  try {
    render_html(make_report_view(journey), options);
  } catch (const TemplateError& error) {
    return error.what();
  }
  return "";
}

TEST_CASE("a partial is an error at its line and column, even where it would not render") {
  Loaded l(k_journey);
  REQUIRE(l.journey);
  CHECK(template_error(*l.journey, "<h1>{{title}}</h1>\n  {{> header}}\n") ==
        "mine.mustache:2:3: partials are not supported ('{{> header}}'): write the text into the template");
  CHECK(contains(template_error(*l.journey, "{{^stages}}\n{{>footer}}{{/stages}}"), "mine.mustache:2:1: partials are not supported ('{{> footer}}')"));
  // Read as Mustache reads tags: after a set-delimiter tag, in the new delimiters.
  CHECK(contains(template_error(*l.journey, "{{=<% %>=}}é <%> x %>"), "mine.mustache:1:14: partials are not supported ('{{> x}}')"));
  // Not partials: a comment, a raw value, a '>' outside a tag, a partial-looking tag after the delimiters changed.
  CHECK(template_error(*l.journey, "{{! {{> no}} }}{{{title}}} a > b {{=<% %>=}}{{> x}}") == "");
}

TEST_CASE("the default template renders a whole page with escaped values and inline SVG") {
  Loaded l(k_journey);
  std::string html = render_html(make_report_view(*l.journey), RenderOptions{});
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(contains(html, "<h1>Quote &apos; and &#96; and &lt;b&gt;</h1>"));
  CHECK(contains(html, "Content-Security-Policy"));
  CHECK(contains(html, "<svg role=\"img\" aria-labelledby=\"blueprint-title blueprint-desc\""));
  CHECK(contains(html, "id=\"flow&#45;step.a\""));  // Graphviz writes - as &#45;
  CHECK_FALSE(contains(html, "<?xml"));
  CHECK_FALSE(contains(html, "<!DOCTYPE svg"));
  CHECK_FALSE(contains(html, "<script"));
  CHECK(render_html(make_report_view(*l.journey), RenderOptions{}) == html);  // deterministic
}

// The text between the page's first <style> and </style>, and its CSP meta's content.
std::string between(const std::string& html, const std::string& open, const std::string& close) {
  std::size_t start = html.find(open);
  REQUIRE(start != std::string::npos);
  start += open.size();
  std::size_t end = html.find(close, start);
  REQUIRE(end != std::string::npos);
  return html.substr(start, end - start);
}

TEST_CASE("the default page's CSP allows its one <style> block by hash, nothing inline") {
  Loaded l(k_journey);
  std::string html = render_html(make_report_view(*l.journey), RenderOptions{});
  std::string policy = between(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\"");
  std::string style = between(html, "<style>", "</style>");
  CHECK(policy == "default-src 'none'; style-src '" + csp_hash(style) + "'; base-uri 'none'; form-action 'none'");
  CHECK_FALSE(contains(html, "unsafe-inline"));
  CHECK(html.find("<style", html.find("<style>") + 1) == std::string::npos);  // the only one
  // The browser hashes the text after it normalised line breaks: there must be none to normalise.
  CHECK_FALSE(contains(style, "\r"));
}

TEST_CASE("style_hash is the CSP hash of default_css, for a template's own policy") {
  CHECK(csp_hash("abc") == "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
  CHECK(csp_hash("") == "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
  Loaded l(k_journey);
  RenderOptions options;
  options.template_name = "mine.mustache";
  options.template_text = "{{style_hash}}|{{{default_css}}}";
  std::string out = render_html(make_report_view(*l.journey), options);
  std::size_t bar = out.find('|');
  REQUIRE(bar != std::string::npos);
  CHECK(out.substr(0, bar) == csp_hash(out.substr(bar + 1)));
}

TEST_CASE("the default template is the one in templates/") {
  CHECK(default_html_template().rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(contains(default_html_template(), "{{{default_css}}}"));
}
