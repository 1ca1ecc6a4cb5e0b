// `-o deck.pptx`: the deck view as PowerPoint (Office Open XML), zipped by zip_archive.cpp. A
// title slide, then each slide's picture drawn as PNG to fit the slide, centred, with
// its notes on a notes page. Every text is XML-escaped; the parts come in one order
// and the archive has fixed dates, so the same deck gives the same bytes.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "jmap/deck_view.hpp"
#include "jmap/render.hpp"
#include "render/glyph_warnings.hpp"
#include "render/pdf_dates.hpp"
#include "render/png_chunks.hpp"
#include "render/pptx_parts.hpp"
#include "render/zip_archive.hpp"

namespace jmap {
namespace {

using pptx::Frame;
using pptx::xml_text;

constexpr std::string_view k_rel_base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
// The core properties' relationship is the package's, not officeDocument's.
constexpr std::string_view k_core_relation =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
constexpr std::string_view k_type_base = "application/vnd.openxmlformats-officedocument.";
// Pixels per inch of the slide for the pictures: sharp on a projector and on a laptop.
constexpr double k_picture_ppi = 150;

struct Relation {
  std::string type;  // the last word of the relationship type ("slide", "image"), or a whole URI
  std::string target;
};

std::string relationships(const std::vector<Relation>& relations) {
  std::string out = std::string(pptx::k_xml_declaration) +
                    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  for (std::size_t i = 0; i < relations.size(); ++i) {
    const Relation& relation = relations[i];
    bool full = relation.type.find(':') != std::string::npos;
    out += fmt::format(R"(<Relationship Id="rId{}" Type="{}{}" Target="{}"/>)", i + 1, full ? "" : k_rel_base, relation.type,
                       relation.target);
  }
  return out + "</Relationships>";
}

std::string paragraph(const DeckParagraph& p) {
  std::string bullet = p.item ? R"(<a:pPr marL="228600" indent="-228600"><a:buFont typeface="Arial"/><a:buChar char="•"/></a:pPr>)" : "";
  if (p.text.empty()) return "<a:p>" + bullet + "<a:endParaRPr/></a:p>";
  return fmt::format("<a:p>{}<a:r><a:rPr/><a:t>{}</a:t></a:r></a:p>", bullet, xml_text(p.text));
}

std::string text_body(const std::vector<DeckParagraph>& paragraphs) {
  std::string out = "<p:txBody><a:bodyPr/><a:lstStyle/>";
  for (const DeckParagraph& p : paragraphs) out += paragraph(p);
  if (paragraphs.empty()) out += "<a:p><a:endParaRPr/></a:p>";
  return out + "</p:txBody>";
}

// A text placeholder of the layout, at the layout's place.
std::string text_shape(int id, std::string_view kind, const Frame& frame, const std::vector<DeckParagraph>& text) {
  return fmt::format(R"(<p:sp><p:nvSpPr><p:cNvPr id="{}" name="Text {}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>)"
                     R"(<p:nvPr><p:ph {}/></p:nvPr></p:nvSpPr><p:spPr>{}</p:spPr>{}</p:sp>)",
                     id, id, kind, pptx::transform(frame), text_body(text));
}

std::string slide_part(const std::string& shapes) {
  return fmt::format(R"({}<p:sld {}><p:cSld><p:spTree>{}{}</p:spTree></p:cSld>)"
                     R"(<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>)",
                     pptx::k_xml_declaration, pptx::k_pml_namespaces, pptx::k_tree_start, shapes);
}

// The picture's size in pixels, from its IHDR chunk.
std::pair<double, double> png_size(std::string_view png) {
  std::string_view header = png_chunks(png).front().data;
  auto word = [&](std::size_t at) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i) value = value << 8 | static_cast<unsigned char>(header[at + i]);
    return static_cast<double>(value);
  };
  return {word(0), word(4)};
}

// The picture as large as the frame allows, aspect kept, centred in it.
Frame fitted(std::pair<double, double> pixels, const Frame& area) {
  double scale = std::min(area.width / pixels.first, area.height / pixels.second);
  auto width = std::lround(pixels.first * scale), height = std::lround(pixels.second * scale);
  return Frame{area.x + (area.width - width) / 2, area.y + (area.height - height) / 2, width, height};
}

std::string picture_shape(const Picture& picture, const Frame& frame) {
  return fmt::format(R"(<p:pic><p:nvPicPr><p:cNvPr id="3" name="Picture" descr="{}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/>)"
                     R"(</p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch>)"
                     R"(</p:blipFill><p:spPr>{}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>)",
                     xml_text(picture.label.description), pptx::transform(frame));
}

std::string notes_part(const std::vector<DeckParagraph>& notes) {
  std::string image = R"(<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" )"
                      R"(noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>)";
  return fmt::format(R"({}<p:notes {}><p:cSld><p:spTree>{}{}{}</p:spTree></p:cSld>)"
                     R"(<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>)",
                     pptx::k_xml_declaration, pptx::k_pml_namespaces, pptx::k_tree_start, image,
                     text_shape(3, R"(type="body" idx="1")", pptx::k_notes_body_frame, notes));
}

// The parts of the package, in the order they are zipped, with their content types.
class Package {
 public:
  void add(std::string name, std::string data, std::string_view type = "") {
    if (!type.empty()) m_overrides += fmt::format(R"(<Override PartName="/{}" ContentType="{}"/>)", name, type);
    bool compress = !name.ends_with(".png");
    m_entries.push_back(ZipEntry{std::move(name), std::move(data), compress});
  }
  void add_pml(std::string name, std::string data, std::string_view kind) {
    add(std::move(name), std::move(data), fmt::format("{}presentationml.{}+xml", k_type_base, kind));
  }
  std::string zip() {
    std::string types = fmt::format(
        R"({}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
        R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
        R"(<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>{}</Types>)",
        pptx::k_xml_declaration, m_overrides);
    m_entries.insert(m_entries.begin(), ZipEntry{"[Content_Types].xml", std::move(types), true});
    return zip_archive(m_entries);
  }

 private:
  std::vector<ZipEntry> m_entries;
  std::string m_overrides;
};

std::string presentation_part(std::size_t slides) {
  std::string ids;  // slide ids start at 256; rId7 on are the slides (presentation_relations)
  for (std::size_t i = 0; i < slides; ++i) ids += fmt::format(R"(<p:sldId id="{}" r:id="rId{}"/>)", 256 + i, 7 + i);
  return fmt::format(R"({}<p:presentation {} saveSubsetFonts="1">)"
                     R"(<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>)"
                     R"(<p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst><p:sldIdLst>{}</p:sldIdLst>)"
                     R"(<p:sldSz cx="{}" cy="{}"/><p:notesSz cx="{}" cy="{}"/></p:presentation>)",
                     pptx::k_xml_declaration, pptx::k_pml_namespaces, ids, pptx::k_slide_width, pptx::k_slide_height,
                     pptx::k_notes_width, pptx::k_notes_height);
}

std::string presentation_relations(std::size_t slides) {
  std::vector<Relation> relations{{"slideMaster", "slideMasters/slideMaster1.xml"},
                                  {"notesMaster", "notesMasters/notesMaster1.xml"},
                                  {"presProps", "presProps.xml"},
                                  {"viewProps", "viewProps.xml"},
                                  {"theme", "theme/theme1.xml"},
                                  {"tableStyles", "tableStyles.xml"}};
  for (std::size_t i = 1; i <= slides; ++i) relations.push_back({"slide", fmt::format("slides/slide{}.xml", i)});
  return relationships(relations);
}

void add_fixed_parts(Package& package, const DeckView& deck) {
  package.add("_rels/.rels", relationships({{"officeDocument", "ppt/presentation.xml"},
                                             {std::string(k_core_relation), "docProps/core.xml"},
                                             {"extended-properties", "docProps/app.xml"}}));
  package.add("docProps/core.xml", pptx::core_properties_xml(deck, reproducible_time()),
              "application/vnd.openxmlformats-package.core-properties+xml");
  package.add("docProps/app.xml", pptx::app_properties_xml(deck.slides.size() + 1),
              fmt::format("{}extended-properties+xml", k_type_base));
  package.add_pml("ppt/presentation.xml", presentation_part(deck.slides.size() + 1), "presentation.main");
  package.add("ppt/_rels/presentation.xml.rels", presentation_relations(deck.slides.size() + 1));
  package.add_pml("ppt/presProps.xml", pptx::presentation_properties_xml(), "presProps");
  package.add_pml("ppt/viewProps.xml", pptx::view_properties_xml(), "viewProps");
  package.add_pml("ppt/tableStyles.xml", pptx::table_styles_xml(), "tableStyles");
  std::string theme_type = fmt::format("{}theme+xml", k_type_base);
  package.add("ppt/theme/theme1.xml", pptx::theme_xml(), theme_type);
  package.add("ppt/theme/theme2.xml", pptx::theme_xml(), theme_type);
  package.add_pml("ppt/slideMasters/slideMaster1.xml", pptx::slide_master_xml(), "slideMaster");
  package.add("ppt/slideMasters/_rels/slideMaster1.xml.rels",
              relationships({{"slideLayout", "../slideLayouts/slideLayout1.xml"},
                             {"slideLayout", "../slideLayouts/slideLayout2.xml"},
                             {"theme", "../theme/theme1.xml"}}));
  package.add_pml("ppt/slideLayouts/slideLayout1.xml", pptx::title_layout_xml(), "slideLayout");
  package.add_pml("ppt/slideLayouts/slideLayout2.xml", pptx::picture_layout_xml(), "slideLayout");
  for (int i = 1; i <= 2; ++i)
    package.add(fmt::format("ppt/slideLayouts/_rels/slideLayout{}.xml.rels", i),
                relationships({{"slideMaster", "../slideMasters/slideMaster1.xml"}}));
  package.add_pml("ppt/notesMasters/notesMaster1.xml", pptx::notes_master_xml(), "notesMaster");
  package.add("ppt/notesMasters/_rels/notesMaster1.xml.rels", relationships({{"theme", "../theme/theme2.xml"}}));
}

void add_title_slide(Package& package, const DeckView& deck) {
  std::string shapes = text_shape(2, R"(type="ctrTitle")", pptx::k_deck_title_frame, {{deck.title}}) +
                       text_shape(3, R"(type="subTitle" idx="1")", pptx::k_subtitle_frame, deck.subtitle);
  package.add_pml("ppt/slides/slide1.xml", slide_part(shapes), "slide");
  package.add("ppt/slides/_rels/slide1.xml.rels", relationships({{"slideLayout", "../slideLayouts/slideLayout1.xml"}}));
}

// Slide `number` (2 on): its title and picture, its notes page, its PNG.
void add_picture_slide(Package& package, const DeckSlide& slide, std::size_t number, std::vector<std::string>& warnings) {
  PixelBox box{static_cast<double>(pptx::k_picture_frame.width) * k_picture_ppi / pptx::k_emu_per_inch,
               static_cast<double>(pptx::k_picture_frame.height) * k_picture_ppi / pptx::k_emu_per_inch};
  std::string png = render_picture(slide.picture, "png", 96, &warnings, box);  // --width/--height's path
  std::string shapes = text_shape(2, R"(type="title")", pptx::k_title_frame, {{slide.title}}) +
                       picture_shape(slide.picture, fitted(png_size(png), pptx::k_picture_frame));
  package.add_pml(fmt::format("ppt/slides/slide{}.xml", number), slide_part(shapes), "slide");
  package.add(fmt::format("ppt/slides/_rels/slide{}.xml.rels", number),
              relationships({{"slideLayout", "../slideLayouts/slideLayout2.xml"},
                             {"image", fmt::format("../media/image{}.png", number)},
                             {"notesSlide", fmt::format("../notesSlides/notesSlide{}.xml", number)}}));
  package.add_pml(fmt::format("ppt/notesSlides/notesSlide{}.xml", number), notes_part(slide.notes), "notesSlide");
  package.add(fmt::format("ppt/notesSlides/_rels/notesSlide{}.xml.rels", number),
              relationships({{"notesMaster", "../notesMasters/notesMaster1.xml"},
                             {"slide", fmt::format("../slides/slide{}.xml", number)}}));
  package.add(fmt::format("ppt/media/image{}.png", number), std::move(png));
}

}  // namespace

Rendered render_pptx(const DeckView& deck) {
  Rendered out;
  Package package;
  add_fixed_parts(package, deck);
  add_title_slide(package, deck);
  std::string text;  // every picture's text, for one warning per script missing a font
  for (std::size_t i = 0; i < deck.slides.size(); ++i) {
    add_picture_slide(package, deck.slides[i], i + 2, out.warnings);
    text += picture_text(deck.slides[i].picture);
  }
  std::vector<std::string> fonts = font_coverage_warnings(text);
  out.warnings.insert(out.warnings.end(), fonts.begin(), fonts.end());
  out.bytes = package.zip();
  return out;
}

}  // namespace jmap
