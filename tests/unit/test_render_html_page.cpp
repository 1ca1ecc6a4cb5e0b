// The page and its Mustache adapter: a broken template, a partial or an unknown name is
// an error with its line and column; the data has exactly the documented keys; values
// are escaped; the SVG jmap drew goes in as SVG; the default page puts things where the
// map does.
#include <doctest/doctest.h>

#include "jmap/render.hpp"
#include "render/template_keys.hpp"
#include "test_support.hpp"

using namespace jmap;
using jmap::test::contains;
using jmap::test::Loaded;

namespace {

ReportViewOptions contrast_options() {
  ReportViewOptions options;
  options.theme = "contrast";
  return options;
}

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
  CHECK(contains(html, "<h1>Quote &#39; and &#96; and &lt;b&gt;</h1>"));
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

TEST_CASE("a name the data does not have is an error at its line and column, with a hint") {
  Loaded l(k_journey);
  REQUIRE(l.journey);
  CHECK(template_error(*l.journey, "<h1>{{title}}</h1>\n{{#stages}}<p>{{nmae}}</p>{{/stages}}") ==
        "mine.mustache:2:15: unknown name 'nmae' (did you mean 'name'?)");
  CHECK(template_error(*l.journey, "{{#stagez}}{{/stagez}}") == "mine.mustache:1:1: unknown name 'stagez' (did you mean 'stages'?)");
  CHECK(template_error(*l.journey, "{{^has_kpi}}none{{/has_kpi}}") ==
        "mine.mustache:1:1: unknown name 'has_kpi' (did you mean 'has_kpis'?)");
  CHECK(template_error(*l.journey, "{{{svg.flwo}}}") == "mine.mustache:1:1: unknown name 'svg.flwo' (did you mean 'svg.flow'?)");
  CHECK(template_error(*l.journey, "{{scale.mni}}") == "mine.mustache:1:1: unknown name 'scale.mni' (did you mean 'scale.min'?)");
  CHECK(template_error(*l.journey, "{{&zzzzzzzz}}") == "mine.mustache:1:1: unknown name 'zzzzzzzz'");
  // After a set-delimiter tag, in the new delimiters.
  CHECK(template_error(*l.journey, "{{=<% %>=}}\n  <% titel %>") == "mine.mustache:2:3: unknown name 'titel' (did you mean 'title'?)");
}

TEST_CASE("names resolve per section, as Mustache resolves them") {
  Loaded l(k_journey);
  REQUIRE(l.journey);
  // A key of a list's items exists only inside that list's section...
  CHECK(template_error(*l.journey, "{{objective}}") == "mine.mustache:1:1: unknown name 'objective'");
  CHECK(template_error(*l.journey, "{{#stages}}{{/stages}}{{fail_point}}") == "mine.mustache:1:23: unknown name 'fail_point'");
  CHECK(template_error(*l.journey, "{{#stages}}{{#steps}}{{fail_point}}{{/steps}}{{/stages}}") == "");
  // ...where the enclosing contexts' keys stay visible; a text or flag section adds none.
  CHECK(template_error(*l.journey, "{{#stages}}{{#steps}}{{title}} {{columns}}{{#does}}{{does}}{{/does}}{{/steps}}{{/stages}}") == "");
  CHECK(template_error(*l.journey, "{{#stages}}{{#steps}}{{#emotion}}{{spread}} {{name}}{{/emotion}}{{/steps}}{{/stages}}") == "");
  CHECK(template_error(*l.journey, "{{#stages}}{{#motivations}}{{.}}{{/motivations}}{{/stages}}") == "");
  CHECK(template_error(*l.journey, "{{#lanes.pains}}{{#stages}}{{number}}{{/stages}}{{/lanes.pains}}") == "");
  CHECK(contains(template_error(*l.journey, "{{#stages}}{{#kpis}}{{spread}}{{/kpis}}{{/stages}}"), "unknown name 'spread'"));
  // A dotted name descends objects only.
  CHECK(contains(template_error(*l.journey, "{{stages.name}}"), "unknown name 'stages.name'"));
  // Comments are not names.
  CHECK(template_error(*l.journey, "{{! {{nmae}} }}") == "");
}

namespace {

// A template that names every key of the data where it lives, sections and all.
std::string every_key(const TemplateKey& key) {
  std::string out;
  for (const TemplateKey& child : key.children) {
    std::string name(child.name);
    if (child.kind == KeyKind::text || child.kind == KeyKind::flag) out += "{{" + name + "}}{{^" + name + "}}-{{/" + name + "}}";
    else if (child.children.empty()) out += "{{#" + name + "}}{{.}}{{/" + name + "}}";
    else out += "{{#" + name + "}}" + every_key(child) + "{{/" + name + "}}";
  }
  return out;
}

}  // namespace

TEST_CASE("the data has every key the check knows, on every example") {
  for (const char* name : {"ecommerce-first-order", "clinic-visit", "customer-support"}) {
    INFO(name);
    SourceSet sources;
    Diagnostics diagnostics;
    std::optional<Journey> journey = load_journey_file(std::string(JMAP_TEST_DATA) + "/../../examples/" + name + ".yaml", {}, sources, diagnostics);
    REQUIRE(journey);
    RenderOptions options;
    options.template_name = "every.mustache";
    options.template_text = every_key(template_keys());
    ReportView view = make_report_view(*journey, contrast_options());
    std::string out = render_html(view, options);  // a key set but not in the tree, or missing, throws
    CHECK(out.size() > 1000);
    CHECK(render_html(view, RenderOptions{}).size() > out.size() / 10);
  }
}

// The page rendered with a small template of one's own.
std::string render_with(const Journey& journey, const std::string& text) {
  RenderOptions options;
  options.template_name = "mine.mustache";
  options.template_text = text;
  return render_html(make_report_view(journey, contrast_options()), options);
}

TEST_CASE("template data: a silent field is false, not looked up in the enclosing context") {
  Loaded l(R"(jmap: 1
title: Report
description: About it
personas:
  - {id: a, name: Anna, description: First, goals: [Be quick]}
  - {id: b, name: Ben}
stages:
  - {id: one, name: One, objective: Get going}
  - {id: two, name: Two}
)");
  REQUIRE(l.journey);
  CHECK(render_with(*l.journey, "{{#personas}}[{{name}}:{{#description}}{{description}}{{/description}}:{{#has_goals}}G{{/has_goals}}]{{/personas}}") ==
        "[Anna:First:G][Ben::]");
  CHECK(render_with(*l.journey, "{{#stages}}{{name}}={{#objective}}{{objective}}{{/objective}}{{^objective}}none{{/objective}};{{/stages}}") ==
        "One=Get going;Two=none;");
}

TEST_CASE("template data: values are data, never template text, and are escaped") {
  Loaded l(R"(jmap: 1
title: "{{#stages}}x{{/stages}} <b> `"
stages: [{id: s, name: S}]
)");
  REQUIRE(l.journey);
  CHECK(render_with(*l.journey, "{{title}}") == "{{#stages}}x{{/stages}} &lt;b&gt; &#96;");
}

TEST_CASE("the default page puts pains and opportunities under their own step, KPIs across the stage") {
  Loaded l(R"(jmap: 1
title: T
stages:
  - id: one
    name: One
    steps:
      - {id: a, name: A, pains: [{id: p1, text: First pain}]}
      - {id: b, name: B, opportunities: [{text: Fix it, addresses: [p1]}]}
    pains: [Stage pain]
    kpis: [{id: k, name: Speed, target: 1, actual: 2}]
)");
  REQUIRE(l.journey);
  std::string html = render_html(make_report_view(*l.journey, contrast_options()), RenderOptions{});
  std::size_t row = html.find("<tr class=\"lane-pains\">");
  REQUIRE(row != std::string::npos);
  std::string pains = html.substr(row, html.find("</tr>", row) - row);
  CHECK(contains(pains, "<td><div class=\"chips\"><div class=\"pain severity-medium\" data-pain=\"P1\">"));
  CHECK(contains(pains, "</div></td><td><div class=\"chips\"></div></td>"));  // B has none
  CHECK_FALSE(contains(pains, "colspan"));
  CHECK(contains(html, "<tr class=\"lane-pains lane-stage\">"));
  CHECK(contains(html, "<td colspan=\"2\"><div class=\"chips\"><span class=\"kpi kpi-met\">"));
  CHECK(contains(html, "<strong>1</strong> KPI met"));
  // Lanes with nothing anywhere are left out.
  CHECK_FALSE(contains(html, "lane-frontstage"));
  CHECK_FALSE(contains(html, "lane-evidence"));
}

TEST_CASE("no C0 or C1 control character reaches the page") {
  std::string text = "jmap: 1\ntitle: \"A\\0B\\x01C\\u0085D\"\nstages:\n  - id: s\n    name: \"S\\x02T\"\n    steps:\n"
                     "      - {id: a, name: \"N\\x1bM\", thinks: \"x\\x7fy\"}\n";
  Loaded l(text);
  REQUIRE(l.journey);
  std::string html = render_html(make_report_view(*l.journey), RenderOptions{});
  for (std::size_t i = 0; i < html.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(html[i]);
    CAPTURE(i);
    CHECK((c >= 0x20 || c == '\n' || c == '\t' || c == '\r'));
    if (c == 0xC2 && i + 1 < html.size()) CHECK((static_cast<unsigned char>(html[i + 1]) & 0xE0) != 0x80);
  }
  CHECK(contains(html, "ABCD"));
}

TEST_CASE("a map too wide to print prints step by step with the stage's notes and the evidence") {
  std::string text = "jmap: 1\ntitle: Wide\nstages:\n";
  for (int s = 0; s < 3; ++s) {
    text += "  - id: st" + std::to_string(s) + "\n    name: Stage " + std::to_string(s) +
            "\n    motivations: [Wants it done]\n    questions: [\"Is it safe?\"]\n    hurdles: [Slow page]\n    steps:\n";
    for (int t = 0; t < 8; ++t)
      text += "      - id: s" + std::to_string(s) + "-" + std::to_string(t) + "\n        name: Step\n        evidence:\n" +
              "          - {finding: 38% did not understand the excess, source: Survey}\n";
  }
  Loaded l(text);
  REQUIRE(l.journey);
  std::string html = render_html(make_report_view(*l.journey), RenderOptions{});
  std::size_t table = html.find("<table class=\"data steps-print\">");
  REQUIRE(table != std::string::npos);
  std::string print = html.substr(table, html.find("</table>", table) - table);
  for (const char* expected : {"<th scope=\"row\">Motivations</th>", "Wants it done", "Is it safe?", "Slow page",
                               "38% did not understand the excess <span class=\"cite\">— Survey</span>"})
    CHECK(contains(print, expected));
}
