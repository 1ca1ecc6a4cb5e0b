// The parts of a PowerPoint file that do not depend on the journey (theme, slide
// master, layouts, notes master), the document properties (pptx_properties.cpp), and
// the slide's geometry they and the slides share. Private to src/render: pptx.cpp
// writes the rest.
#pragma once

#include <ctime>
#include <string>
#include <string_view>

namespace jmap {
struct DeckView;
}

namespace jmap::pptx {

// English Metric Units: 914,400 to the inch, 12,700 to the point.
constexpr long k_emu_per_inch = 914400;
constexpr long k_slide_width = 12192000, k_slide_height = 6858000;  // 16:9, 13.333 x 7.5 in
constexpr long k_notes_width = 6858000, k_notes_height = 9144000;   // portrait 7.5 x 10 in

// A rectangle on the slide, in EMU.
struct Frame {
  long x, y, width, height;
};
constexpr Frame k_title_frame{457200, 228600, 11277600, 777240};      // a picture slide's title
constexpr Frame k_picture_frame{304800, 1097280, 11582400, 5532120};  // where the picture fits
constexpr Frame k_deck_title_frame{1143000, 762000, 9906000, 2286000};
constexpr Frame k_subtitle_frame{1143000, 3200400, 9906000, 3200400};
constexpr Frame k_notes_image_frame{685800, 685800, 5486400, 3086100};
constexpr Frame k_notes_body_frame{685800, 4000500, 5486400, 4572000};

// The XML declaration and the namespaces a PresentationML part's root declares.
constexpr std::string_view k_xml_declaration = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)" "\n";
constexpr std::string_view k_pml_namespaces =
    R"(xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" )"
    R"(xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main")";

// <a:xfrm> of a frame.
std::string transform(const Frame& frame);
// The first children of every shape tree: the group's own properties.
constexpr std::string_view k_tree_start =
    R"(<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>)"
    R"(<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>)"
    R"(<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>)";

std::string theme_xml();
std::string slide_master_xml();
std::string title_layout_xml();     // slideLayout1: the title slide
std::string picture_layout_xml();   // slideLayout2: a title and a picture
std::string notes_master_xml();
std::string presentation_properties_xml();
std::string view_properties_xml();
std::string table_styles_xml();

// A text as XML content: a line break as a space (a paragraph is one line of the
// journey's text), then escaped; escape_xml drops the control characters.
std::string xml_text(std::string text);

// docProps/core.xml: title, creator, description, keywords, and the dates: the journey's
// `updated` day, else `fallback` (SOURCE_DATE_EPOCH or 0), so one input gives one file.
std::string core_properties_xml(const DeckView& deck, std::time_t fallback);
// docProps/app.xml: the application and the counts PowerPoint shows.
std::string app_properties_xml(std::size_t slides);

}  // namespace jmap::pptx
