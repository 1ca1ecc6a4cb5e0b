// The names under which --embed-source stores the journey's source in a picture; the
// writer (embed_source.cpp) and the reader (extract_source.cpp) share them.
#pragma once

#include <string_view>

namespace jmap {

// SVG: <metadata><jmap:source xmlns:jmap="..." encoding="text|base64">SOURCE</jmap:source></metadata>
// The project's own address, as the JSON Schema's $id uses it.
inline constexpr std::string_view k_source_namespace = "https://github.com/jmap-project/jmap/source";
inline constexpr std::string_view k_source_element = "jmap:source";
inline constexpr std::string_view k_encoding_text = "text";      // XML-escaped UTF-8
inline constexpr std::string_view k_encoding_base64 = "base64";  // bytes XML cannot carry

// PNG: an iTXt chunk (UTF-8, uncompressed) with this keyword, or a tEXt chunk of base64.
inline constexpr std::string_view k_png_text_keyword = "jmap:source";
inline constexpr std::string_view k_png_base64_keyword = "jmap:source-base64";

}  // namespace jmap
