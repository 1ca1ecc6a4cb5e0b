// Graphviz's SVG, labelled for screen readers.
#include <doctest/doctest.h>

#include "jmap/render.hpp"
#include "test_support.hpp"

using namespace jmap;
using jmap::test::contains;

namespace {

const std::string k_svg = R"(<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg width="100pt" height="50pt"
 viewBox="0.00 0.00 100.00 50.00" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
<g id="graph0" class="graph">
<title>journey</title>
<g id="band.s" class="node">
<title>band.s</title>
<polygon fill="#eeeeee" points="0,0 1,1"/>
</g>
<g id="step.a" class="node">
<title>step.a</title>
<g id="a_step.a"><a xlink:title="Sees an ad &amp; smiles">
<text>Sees an ad</text>
</a>
</g>
</g>
</g>
</svg>
)";

}  // namespace

TEST_CASE("accessible_svg: document title and desc, escaped, and role=img") {
  std::string out = accessible_svg(k_svg, SvgLabel{"<script>T</script>", "Journey map: 1 stage & more", "map-"});
  CHECK(contains(out, "<svg role=\"img\" aria-labelledby=\"map-title map-desc\" width=\"100pt\""));
  CHECK(contains(out, "<title id=\"map-title\">&lt;script&gt;T&lt;/script&gt;</title>\n<desc id=\"map-desc\">Journey map: 1 stage &amp; more</desc>"));
  CHECK_FALSE(contains(out, "<script>"));
  // The title and desc follow the opening tag, which spans two lines.
  CHECK(out.find("<title id=\"map-title\">") > out.find("xmlns:xlink"));
  CHECK(contains(out, "<g id=\"map-graph0\" class=\"graph\">"));  // unique when a page holds several
}

TEST_CASE("accessible_svg: the root group's title is the real title, not the graph's name") {
  std::string svg = k_svg;
  svg.replace(svg.find("<title>journey</title>"), 22, "<title>a \xE2\x88\x96N &amp; b</title>");  // U+2216
  std::string out = accessible_svg(svg, SvgLabel{"a \\N &amp; b", "D", ""});
  CHECK(contains(out, "<g id=\"graph0\" class=\"graph\">\n<title>a \\N &amp;amp; b</title>\n"));
  CHECK_FALSE(contains(out, "\xE2\x88\x96"));
}

TEST_CASE("accessible_svg: the lines of a block scalar are joined with a space in the title and desc") {
  std::string out = accessible_svg(k_svg, SvgLabel{"Tab\ttitle\n", "Journey map. line one\nline two\n\n  line three\n", ""});
  CHECK(contains(out, "<title id=\"title\">Tab title</title>"));
  CHECK(contains(out, "<desc id=\"desc\">Journey map. line one line two line three</desc>"));
}

TEST_CASE("accessible_svg: a node's tooltip becomes its title; decorative nodes are hidden") {
  std::string out = accessible_svg(k_svg, SvgLabel{"T", "D", ""});
  CHECK(contains(out, "<g id=\"step.a\" class=\"node\">\n<title>Sees an ad &amp; smiles</title>\n<g id=\"a_step.a\">"));
  CHECK_FALSE(contains(out, "<title>step.a</title>"));
  CHECK(contains(out, "<g id=\"band.s\" class=\"node\" aria-hidden=\"true\">\n<polygon"));
  CHECK_FALSE(contains(out, "<title>band.s</title>"));
  CHECK(out.back() == '\n');
}
