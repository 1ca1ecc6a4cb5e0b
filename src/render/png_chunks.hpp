// PNG's chunk layout (length, type, data, CRC-32), for the source jmap embeds in a PNG.
// Private to src/render: embed_source.cpp writes a chunk, extract_source.cpp reads them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jmap {

inline constexpr std::string_view k_png_signature{"\x89PNG\r\n\x1a\n", 8};

struct PngChunk {
  std::string_view type;  // four letters: "IHDR", "iTXt", "IEND"...
  std::string_view data;
  std::size_t offset = 0;  // of the chunk's length field in the file
  bool crc_ok = false;
};

// The chunks of a PNG file in order, up to IEND; throws IoError when the bytes are not
// a PNG or a chunk runs past the end.
std::vector<PngChunk> png_chunks(std::string_view png);

// One chunk's bytes, its CRC computed with zlib.
std::string png_chunk(std::string_view type, std::string_view data);

}  // namespace jmap
