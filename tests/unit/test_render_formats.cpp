// The one table of output formats: names, extensions and the options each accepts, and
// that jmap(1) documents every format, view and theme the tables hold.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "jmap/render.hpp"

using namespace jmap;

namespace {

std::string man_page() {
  std::ifstream in(std::string(JMAP_TEST_DATA) + "/../../man/jmap.1");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The man page's paragraph of an option: from its .TP tag line to the next .TP.
std::string man_paragraph(const std::string& man, const std::string& tag) {
  std::size_t at = man.find(tag);
  if (at == std::string::npos) return "";
  return man.substr(at, man.find("\n.TP", at) - at);
}

}  // namespace

TEST_CASE("formats are found by name or extension, any case; unknown ones are not") {
  REQUIRE(output_format("svg"));
  CHECK(output_format("SVG")->name == "svg");
  CHECK(output_format("htm")->name == "html");
  CHECK(output_format("gv")->name == "dot");
  CHECK(output_format("markdown")->name == "md");
  CHECK(output_format("JSON")->name == "json");
  CHECK_FALSE(output_format("jpeg"));
  CHECK_FALSE(output_format(""));
}

TEST_CASE("every format has a writer and says which view it needs") {
  std::set<std::string_view> names;
  for (const OutputFormat& format : output_formats()) {
    CAPTURE(format.name);
    CHECK(names.insert(format.name).second);
    CHECK(static_cast<bool>(format.write));
    CHECK(int(format.picture) + int(format.report) + int(format.model) + int(format.deck) == 1);  // one view, the journey, its data or slides
    CHECK_FALSE(format.extensions.empty());
    CHECK_FALSE(format.summary.empty());
  }
  CHECK(output_format("png")->dpi);
  CHECK_FALSE(output_format("svg")->dpi);
  CHECK(output_format("html")->templated);
  CHECK(output_format("html")->report);
  CHECK(output_format("md")->report);
  CHECK(output_format("md")->image);
  CHECK_FALSE(output_format("html")->image);
  CHECK(output_format("json")->model);
  CHECK(output_format("pptx")->deck);
  CHECK_FALSE(output_format("pptx")->dpi);
}

TEST_CASE("jmap(1) documents every format, view and theme of the tables") {
  std::string man = man_page();
  REQUIRE_FALSE(man.empty());
  std::string formats = man_paragraph(man, "\\-\\-format \" \\fIFORMAT\\fR\"");
  REQUIRE_FALSE(formats.empty());
  for (const OutputFormat& format : output_formats()) {
    CAPTURE(format.name);
    CHECK(formats.find(".B " + std::string(format.name) + "\n") != std::string::npos);
  }
  std::string views = man_paragraph(man, ".BI \\-\\-view \" VIEW\"");
  for (const ViewInfo& view : view_table()) {
    CAPTURE(view.name);
    CHECK(views.find(std::string(view.name)) != std::string::npos);
  }
  std::string themes = man_paragraph(man, ".BI \\-\\-theme \" THEME\"");
  for (const ThemeInfo& theme : theme_table()) {
    CAPTURE(theme.name);
    CHECK(themes.find(".B " + std::string(theme.name)) != std::string::npos);
  }
}
