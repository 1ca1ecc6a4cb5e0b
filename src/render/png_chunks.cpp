#include "png_chunks.hpp"

#include <zlib.h>

#include <cstdint>

#include "jmap/error.hpp"

namespace jmap {
namespace {

std::uint32_t read_u32(std::string_view bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

void append_u32(std::string& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((value >> shift) & 0xFF);
}

// CRC-32 over the type and the data, as the PNG specification says.
std::uint32_t chunk_crc(std::string_view type_and_data) {
  uLong crc = crc32(0L, Z_NULL, 0);
  return static_cast<std::uint32_t>(
      crc32(crc, reinterpret_cast<const Bytef*>(type_and_data.data()), static_cast<uInt>(type_and_data.size())));
}

}  // namespace

std::vector<PngChunk> png_chunks(std::string_view png) {
  if (!png.starts_with(k_png_signature)) throw IoError("not a PNG file (no PNG signature)");
  std::vector<PngChunk> chunks;
  for (std::size_t at = k_png_signature.size(); at < png.size();) {
    if (png.size() - at < 12) throw IoError("damaged PNG: a chunk is cut short");
    std::uint32_t length = read_u32(png, at);
    if (length > png.size() - at - 12) throw IoError("damaged PNG: a chunk runs past the end of the file");
    PngChunk chunk{png.substr(at + 4, 4), png.substr(at + 8, length), at, false};
    chunk.crc_ok = chunk_crc(png.substr(at + 4, 4 + length)) == read_u32(png, at + 8 + length);
    chunks.push_back(chunk);
    at += 12 + length;
    if (chunk.type == "IEND") return chunks;
  }
  throw IoError("damaged PNG: no IEND chunk");
}

std::string png_chunk(std::string_view type, std::string_view data) {
  std::string type_and_data = std::string(type) + std::string(data);
  std::string out;
  append_u32(out, static_cast<std::uint32_t>(data.size()));
  out += type_and_data;
  append_u32(out, chunk_crc(type_and_data));
  return out;
}

}  // namespace jmap
