// The page: a broken template is an error with its line and column; values are
// escaped; the SVG jmap drew goes in as SVG.
#include <doctest/doctest.h>

#include "jmap/html.hpp"
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
  HtmlOptions options;
  options.template_name = "mine.mustache";
  options.template_text = "<h1>{{title}}</h1>\n<ul>\n  {{#stages}}<li>{{name}}</li>\n</ul>\n";
  try {
    render_html(*l.journey, options);
    FAIL("no error");
  } catch (const TemplateError& error) {
    std::string message = error.what();
    CHECK(contains(message, "mine.mustache:3:"));
    CHECK(contains(message, "Unclosed section"));
  }
}

TEST_CASE("the default template renders a whole page with escaped values and inline SVG") {
  Loaded l(k_journey);
  std::string html = render_html(*l.journey, HtmlOptions{});
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(contains(html, "<h1>Quote &apos; and &#96; and &lt;b&gt;</h1>"));
  CHECK(contains(html, "Content-Security-Policy"));
  CHECK(contains(html, "<svg role=\"img\" aria-labelledby=\"blueprint-title blueprint-desc\""));
  CHECK(contains(html, "id=\"flow&#45;step.a\""));  // Graphviz writes - as &#45;
  CHECK_FALSE(contains(html, "<?xml"));
  CHECK_FALSE(contains(html, "<!DOCTYPE svg"));
  CHECK_FALSE(contains(html, "<script"));
  CHECK(render_html(*l.journey, HtmlOptions{}) == html);  // deterministic
}

TEST_CASE("the default template is the one in templates/") {
  CHECK(default_html_template().rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(contains(default_html_template(), "{{{default_css}}}"));
}
