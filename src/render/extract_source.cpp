// `jmap extract`: the journey source that --embed-source put into an SVG or a PNG, byte
// for byte. The SVG is searched as text, not parsed: jmap wrote the element, and user
// text elsewhere in the SVG is escaped, so `<jmap:source` cannot occur in it.
#include <fmt/format.h>

#include "embedded_source.hpp"
#include "jmap/render.hpp"
#include "png_chunks.hpp"
#include "util/sha256.hpp"
#include "util/utf8.hpp"

namespace jmap {
namespace {

// One entity's text ("amp", "#13", "#x1F600") as what it stands for.
std::string entity_value(std::string_view name) {
  if (name == "amp") return "&";
  if (name == "lt") return "<";
  if (name == "gt") return ">";
  if (name == "quot") return "\"";
  if (name == "apos") return "'";
  if (name.size() < 2 || name[0] != '#') throw IoError(fmt::format("damaged embedded source: unknown entity &{};", name));
  bool hex = name[1] == 'x';
  std::string digits(name.substr(hex ? 2 : 1));
  std::size_t used = 0;
  unsigned long code = 0;
  try {
    code = std::stoul(digits, &used, hex ? 16 : 10);
  } catch (const std::exception&) {
    used = 0;
  }
  if (digits.empty() || used != digits.size() || code > 0x10FFFF)
    throw IoError(fmt::format("damaged embedded source: bad character reference &{};", name));
  std::string out;
  append_utf8(out, static_cast<char32_t>(code));
  return out;
}

// Element content back to its characters: entities and CDATA sections, which a tool
// that rewrote the SVG may have used.
std::string unescape_content(std::string_view content) {
  std::string out;
  for (std::size_t at = 0; at < content.size();) {
    if (content.substr(at).starts_with("<![CDATA[")) {
      std::size_t end = content.find("]]>", at);
      if (end == std::string_view::npos) throw IoError("damaged embedded source: unclosed CDATA section");
      out += content.substr(at + 9, end - at - 9);
      at = end + 3;
    } else if (content[at] == '&') {
      std::size_t end = content.find(';', at);
      if (end == std::string_view::npos) throw IoError("damaged embedded source: unclosed entity");
      out += entity_value(content.substr(at + 1, end - at - 1));
      at = end + 1;
    } else {
      out += content[at++];
    }
  }
  return out;
}

std::string decode_base64(std::string_view text) {
  std::optional<std::string> bytes = base64_decode(text);
  if (!bytes) throw IoError("damaged embedded source: not base64");
  return *bytes;
}

// The value of `name="..."` (or '...') in an element's start tag; "" when absent.
std::string attribute(std::string_view start_tag, std::string_view name) {
  for (char quote : {'"', '\''}) {
    std::string key = fmt::format(" {}={}", name, quote);
    std::size_t at = start_tag.find(key);
    if (at == std::string_view::npos) continue;
    std::size_t end = start_tag.find(quote, at + key.size());
    if (end != std::string_view::npos) return std::string(start_tag.substr(at + key.size(), end - at - key.size()));
  }
  return "";
}

std::optional<std::string> extract_from_svg(std::string_view svg) {
  std::string open = fmt::format("<{}", k_source_element), close = fmt::format("</{}>", k_source_element);
  // `<jmap:source` and then a space or `>`, not `<jmap:sources`.
  auto ends_name = [&](std::size_t at) {
    return at + open.size() < svg.size() && std::string_view(" \t\r\n>/").find(svg[at + open.size()]) != std::string_view::npos;
  };
  std::size_t begin = svg.find(open);
  while (begin != std::string_view::npos && !ends_name(begin)) begin = svg.find(open, begin + 1);
  if (begin == std::string_view::npos) return std::nullopt;
  std::size_t tag_end = svg.find('>', begin);
  if (tag_end != std::string_view::npos && svg[tag_end - 1] == '/') return std::string();  // <jmap:source/>: empty
  std::size_t end = tag_end == std::string_view::npos ? tag_end : svg.find(close, tag_end);
  if (end == std::string_view::npos) throw IoError(fmt::format("damaged embedded source: no {}", close));
  std::string_view start_tag = svg.substr(begin, tag_end - begin);
  std::string text = unescape_content(svg.substr(tag_end + 1, end - tag_end - 1));
  std::string encoding = attribute(start_tag, "encoding");
  if (encoding == k_encoding_base64) return decode_base64(text);
  if (encoding.empty() || encoding == k_encoding_text) return text;
  throw IoError(fmt::format("damaged embedded source: unknown encoding '{}'", encoding));
}

// iTXt after the keyword: compression flag, method, language tag NUL, translated keyword NUL, text.
std::string itxt_text(std::string_view data) {
  if (data.size() < 2 || data[0] != 0) throw IoError("the PNG's jmap:source chunk is compressed; jmap writes it plain");
  std::size_t language_end = data.find('\0', 2);
  std::size_t translated_end = language_end == std::string_view::npos ? language_end : data.find('\0', language_end + 1);
  if (translated_end == std::string_view::npos) throw IoError("damaged PNG: the jmap:source chunk is cut short");
  return std::string(data.substr(translated_end + 1));
}

std::optional<std::string> extract_from_png(std::string_view png) {
  for (const PngChunk& chunk : png_chunks(png)) {
    if (chunk.type != "iTXt" && chunk.type != "tEXt") continue;
    std::size_t keyword_end = chunk.data.find('\0');
    if (keyword_end == std::string_view::npos) continue;
    std::string_view keyword = chunk.data.substr(0, keyword_end), rest = chunk.data.substr(keyword_end + 1);
    bool text = chunk.type == "iTXt" && keyword == k_png_text_keyword;
    bool binary = chunk.type == "tEXt" && keyword == k_png_base64_keyword;
    if (!text && !binary) continue;
    if (!chunk.crc_ok) throw IoError(fmt::format("damaged PNG: the {} chunk's CRC does not match", keyword));
    return text ? itxt_text(rest) : decode_base64(rest);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> extract_source(std::string_view file) {
  if (file.starts_with(k_png_signature)) return extract_from_png(file);
  return extract_from_svg(file);
}

}  // namespace jmap
