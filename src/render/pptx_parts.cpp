// The fixed parts of a deck: one theme (used by the slide master and, as PowerPoint
// wants a theme per master, again by the notes master), the slide master, its two
// layouts and the notes master. Text sizes and places are set here; the slides
// inherit them through their placeholders.
#include "render/pptx_parts.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "util/escape.hpp"

namespace jmap::pptx {
namespace {

// Colours: dark text on white, accents from the default theme's palette.
constexpr std::string_view k_colours =
    R"(<a:clrScheme name="jmap"><a:dk1><a:srgbClr val="1F2933"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>)"
    R"(<a:dk2><a:srgbClr val="334155"/></a:dk2><a:lt2><a:srgbClr val="F1F5F9"/></a:lt2>)"
    R"(<a:accent1><a:srgbClr val="2563EB"/></a:accent1><a:accent2><a:srgbClr val="DC2626"/></a:accent2>)"
    R"(<a:accent3><a:srgbClr val="16A34A"/></a:accent3><a:accent4><a:srgbClr val="D97706"/></a:accent4>)"
    R"(<a:accent5><a:srgbClr val="7C3AED"/></a:accent5><a:accent6><a:srgbClr val="0891B2"/></a:accent6>)"
    R"(<a:hlink><a:srgbClr val="2563EB"/></a:hlink><a:folHlink><a:srgbClr val="7C3AED"/></a:folHlink></a:clrScheme>)";

constexpr std::string_view k_fonts =
    R"(<a:fontScheme name="jmap"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>)"
    R"(<a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>)";

// The schema asks for at least three styles in each list.
std::string format_scheme() {
  std::string fill = R"(<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>)";
  std::string line = R"(<a:ln w="9525">)" + fill + "</a:ln>";
  std::string effect = "<a:effectStyle><a:effectLst/></a:effectStyle>";
  auto three = [](const std::string& item) { return item + item + item; };
  return R"(<a:fmtScheme name="jmap"><a:fillStyleLst>)" + three(fill) + "</a:fillStyleLst><a:lnStyleLst>" + three(line) +
         "</a:lnStyleLst><a:effectStyleLst>" + three(effect) + "</a:effectStyleLst><a:bgFillStyleLst>" + three(fill) +
         "</a:bgFillStyleLst></a:fmtScheme>";
}

constexpr std::string_view k_colour_map =
    R"(<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" )"
    R"(accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>)";

constexpr std::string_view k_background = R"(<p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>)";

// A placeholder shape: `kind` is the <p:ph> attributes, `body` its <a:bodyPr>, `style` the
// first level of its list style ("" = the master's).
std::string placeholder(int id, std::string_view name, std::string_view kind, const Frame& frame, std::string_view body,
                        std::string_view style = "") {
  std::string list = style.empty() ? "<a:lstStyle/>" : fmt::format("<a:lstStyle>{}</a:lstStyle>", style);
  return fmt::format(
      R"(<p:sp><p:nvSpPr><p:cNvPr id="{}" name="{}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>)"
      R"(<p:nvPr><p:ph {}/></p:nvPr></p:nvSpPr><p:spPr>{}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>)"
      R"(<p:txBody>{}{}<a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>)",
      id, name, kind, transform(frame), body, list);
}

// A first-level paragraph style: size in hundredths of a point.
std::string level_one(int size, bool bold, std::string_view align) {
  return fmt::format(R"(<a:lvl1pPr marL="0" indent="0" algn="{}"><a:buNone/><a:defRPr sz="{}" b="{}">)"
                     R"(<a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/></a:defRPr></a:lvl1pPr>)",
                     align, size, bold ? 1 : 0);
}

std::string layout(std::string_view type, std::string_view name, const std::string& shapes) {
  return fmt::format(R"({}<p:sldLayout {} type="{}" preserve="1"><p:cSld name="{}"><p:spTree>{}{}</p:spTree></p:cSld>)"
                     R"(<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>)",
                     k_xml_declaration, k_pml_namespaces, type, name, k_tree_start, shapes);
}

}  // namespace

std::string xml_text(std::string text) {
  std::replace_if(text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
  return escape_xml(text);
}

std::string transform(const Frame& frame) {
  return fmt::format(R"(<a:xfrm><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></a:xfrm>)", frame.x, frame.y, frame.width,
                     frame.height);
}

std::string theme_xml() {
  return fmt::format(R"({}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="jmap">)"
                     R"(<a:themeElements>{}{}{}</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>)",
                     k_xml_declaration, k_colours, k_fonts, format_scheme());
}

std::string slide_master_xml() {
  std::string shapes = placeholder(2, "Title", R"(type="title")", k_title_frame, R"(<a:bodyPr anchor="ctr"/>)") +
                       placeholder(3, "Text", R"(type="body" idx="1")", k_picture_frame, R"(<a:bodyPr/>)");
  return fmt::format(
      R"({}<p:sldMaster {}><p:cSld>{}<p:spTree>{}{}</p:spTree></p:cSld>{})"
      R"(<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/><p:sldLayoutId id="2147483650" r:id="rId2"/></p:sldLayoutIdLst>)"
      R"(<p:txStyles><p:titleStyle>{}</p:titleStyle><p:bodyStyle>{}</p:bodyStyle><p:otherStyle>{}</p:otherStyle></p:txStyles>)"
      R"(</p:sldMaster>)",
      k_xml_declaration, k_pml_namespaces, k_background, k_tree_start, shapes, k_colour_map, level_one(3200, true, "l"),
      level_one(2000, false, "l"), level_one(1800, false, "l"));
}

std::string title_layout_xml() {
  std::string shapes =
      placeholder(2, "Title", R"(type="ctrTitle")", k_deck_title_frame, R"(<a:bodyPr anchor="b"><a:normAutofit/></a:bodyPr>)",
                  level_one(4000, true, "ctr")) +
      placeholder(3, "Subtitle", R"(type="subTitle" idx="1")", k_subtitle_frame,
                  R"(<a:bodyPr anchor="t"><a:normAutofit/></a:bodyPr>)", level_one(1800, false, "ctr"));
  return layout("title", "Title Slide", shapes);
}

std::string picture_layout_xml() {
  return layout("titleOnly", "Title Only", placeholder(2, "Title", R"(type="title")", k_title_frame, R"(<a:bodyPr anchor="ctr"/>)"));
}

std::string notes_master_xml() {
  std::string image = fmt::format(
      R"(<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/>)"
      R"(</p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr><p:spPr>{}<a:prstGeom prst="rect"><a:avLst/>)"
      R"(</a:prstGeom><a:noFill/><a:ln w="12700"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill></a:ln></p:spPr></p:sp>)",
      transform(k_notes_image_frame));
  std::string body = placeholder(3, "Notes", R"(type="body" idx="1")", k_notes_body_frame, R"(<a:bodyPr/>)");
  return fmt::format(R"({}<p:notesMaster {}><p:cSld>{}<p:spTree>{}{}{}</p:spTree></p:cSld>{})"
                     R"(<p:notesStyle>{}</p:notesStyle></p:notesMaster>)",
                     k_xml_declaration, k_pml_namespaces, k_background, k_tree_start, image, body, k_colour_map,
                     level_one(1200, false, "l"));
}

std::string presentation_properties_xml() {
  return fmt::format("{}<p:presentationPr {}/>", k_xml_declaration, k_pml_namespaces);
}

std::string view_properties_xml() { return fmt::format("{}<p:viewPr {}/>", k_xml_declaration, k_pml_namespaces); }

// The default table style's id, as PowerPoint writes it.
std::string table_styles_xml() {
  return std::string(k_xml_declaration) +
         R"(<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )"
         R"(def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>)";
}

}  // namespace jmap::pptx
