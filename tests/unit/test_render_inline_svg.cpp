#include <doctest/doctest.h>

#include "render/inline_svg.hpp"

using namespace jmap;

TEST_CASE("inline_svg keeps the svg element and drops the prolog and every comment") {
  std::string svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"x\"\n \"y\">\n<!-- Title: a &#45;&#45;> b -->\n"
                    "<svg width=\"10pt\">\n<!-- node -->\n<g id=\"n\"><text>t</text></g>\n</svg>\n";
  CHECK(inline_svg(svg) == "<svg width=\"10pt\">\n<g id=\"n\"><text>t</text></g>\n</svg>");
  CHECK(inline_svg("no svg here") == "");
  CHECK(inline_svg("<svg><!-- unclosed") == "<svg>");
}
