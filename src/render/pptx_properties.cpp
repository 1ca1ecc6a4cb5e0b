// The document properties of a deck: docProps/core.xml (Dublin Core: what File >
// Properties and a PDF's Title/Author show) and docProps/app.xml (the application).
// No clock: the dates are the journey's `updated` day or the caller's fixed time.
#include <fmt/format.h>

#include "jmap/deck_view.hpp"
#include "render/pptx_parts.hpp"

namespace jmap::pptx {
namespace {

// W3CDTF, as core.xml's dcterms dates are typed: "2026-01-15T00:00:00Z".
std::string w3c_date(const std::string& updated, std::time_t fallback) {
  if (!updated.empty()) return updated + "T00:00:00Z";
  std::tm utc{};
  gmtime_r(&fallback, &utc);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour,
                     utc.tm_min, utc.tm_sec);
}

// <tag>text</tag>, or nothing for an empty text (an empty element would say "" is set).
std::string element(std::string_view tag, const std::string& text) {
  return text.empty() ? "" : fmt::format("<{}>{}</{}>", tag, xml_text(text), tag);
}

}  // namespace

std::string core_properties_xml(const DeckView& deck, std::time_t fallback) {
  const DeckProperties& p = deck.properties;
  std::string date = w3c_date(p.updated, fallback);
  return fmt::format(
      R"({}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" )"
      R"(xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" )"
      R"(xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">)"
      R"({}{}{}{}{}{})"
      R"(<dcterms:created xsi:type="dcterms:W3CDTF">{}</dcterms:created>)"
      R"(<dcterms:modified xsi:type="dcterms:W3CDTF">{}</dcterms:modified></cp:coreProperties>)",
      k_xml_declaration, element("dc:title", deck.title), element("dc:subject", p.description),
      element("dc:creator", p.creator), element("cp:keywords", fmt::format("{}", fmt::join(p.keywords, ", "))),
      element("dc:description", p.description), element("cp:lastModifiedBy", p.creator), date, date);
}

std::string app_properties_xml(std::size_t slides) {
  return fmt::format(
      R"({}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" )"
      R"(xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">)"
      R"(<Application>jmap</Application><PresentationFormat>Widescreen</PresentationFormat>)"
      R"(<Slides>{}</Slides><Notes>{}</Notes></Properties>)",
      k_xml_declaration, slides, slides > 0 ? slides - 1 : 0);
}

}  // namespace jmap::pptx
