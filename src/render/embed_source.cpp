// --embed-source: the journey's source inside the picture, so that a map pasted into a
// wiki can be edited again (`jmap extract`). The bytes are kept exactly: as escaped text
// when XML can carry every character (always, for a file the loader accepted), else base64.
#include <fmt/format.h>

#include "embedded_source.hpp"
#include "jmap/render.hpp"
#include "png_chunks.hpp"
#include "util/sha256.hpp"
#include "util/utf8.hpp"

namespace jmap {
namespace {

bool is_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// Well-formed UTF-8 of characters XML 1.0 allows (which also rules out NUL for PNG).
bool text_can_carry(std::string_view source) {
  if (first_invalid_utf8(source) != source.size()) return false;
  for (std::size_t at = 0; at < source.size();) {
    std::size_t length = utf8_sequence_length(static_cast<unsigned char>(source[at]));
    if (!is_xml_char(utf8_decode(source, at, length))) return false;
    at += length;
  }
  return true;
}

std::string base64_of(std::string_view bytes) {
  return base64(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
}

// Element content keeps every character but CR, which XML parsers turn into LF: a
// character reference keeps it. `>` is escaped too, so `]]>` cannot appear.
std::string escape_source(std::string_view source) {
  std::string out;
  out.reserve(source.size() + source.size() / 16);
  for (char c : source) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\r': out += "&#13;"; break;
      default: out += c;
    }
  }
  return out;
}

// The metadata goes last in the root element, after the title and description a screen
// reader wants first.
std::string embed_in_svg(std::string svg, std::string_view source) {
  std::size_t end = svg.rfind("</svg>");
  if (end == std::string::npos) throw RenderError("cannot embed the source: the SVG has no </svg>");
  bool as_text = text_can_carry(source);
  std::string metadata =
      fmt::format("<metadata>\n<{0} xmlns:jmap=\"{1}\" encoding=\"{2}\">{3}</{0}>\n</metadata>\n", k_source_element,
                  k_source_namespace, as_text ? k_encoding_text : k_encoding_base64,
                  as_text ? escape_source(source) : base64_of(source));
  svg.insert(end, metadata);
  return svg;
}

// iTXt: keyword, NUL, compression flag and method (0: none), empty language tag and
// translated keyword (each NUL-ended), then the UTF-8 text.
std::string embed_in_png(std::string png, std::string_view source) {
  std::vector<PngChunk> chunks = png_chunks(png);
  std::string chunk;
  if (text_can_carry(source)) {
    chunk = png_chunk("iTXt", std::string(k_png_text_keyword) + std::string(5, '\0') + std::string(source));
  } else {
    chunk = png_chunk("tEXt", std::string(k_png_base64_keyword) + '\0' + base64_of(source));
  }
  png.insert(chunks.back().offset, chunk);  // before IEND
  return png;
}

}  // namespace

std::string embed_source(std::string picture, std::string_view format, std::string_view source) {
  if (format == "svg") return embed_in_svg(std::move(picture), source);
  if (format == "png") return embed_in_png(std::move(picture), source);
  throw RenderError(fmt::format("{} cannot carry the journey's source", format));
}

}  // namespace jmap
