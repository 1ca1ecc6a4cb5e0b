// A zip archive written here (PKWARE APPNOTE 6.3: local headers, the central directory,
// its end record), its members deflated by zlib. libzip did this before, and it loaded
// libcrypto into every jmap process: 0.9 ms of each start, for the one format that zips.
#include "render/zip_archive.hpp"

#include <zlib.h>

#include <fmt/format.h>

#include <cstdint>
#include <limits>

#include "jmap/error.hpp"

namespace jmap {
namespace {

// MS-DOS date of 1980-01-01 ((year - 1980) << 9 | month << 5 | day) and time 00:00:00.
constexpr std::uint16_t k_dos_date = (0 << 9) | (1 << 5) | 1;
constexpr std::uint16_t k_dos_time = 0;
constexpr std::uint16_t k_version = 20;         // 2.0: deflate, folders
constexpr std::uint16_t k_utf8_names = 1 << 11;  // general purpose flag bit 11
constexpr std::uint16_t k_stored = 0, k_deflated = 8;

void put16(std::string& out, std::uint16_t value) {
  out += static_cast<char>(value & 0xFF);
  out += static_cast<char>(value >> 8);
}

void put32(std::string& out, std::uint32_t value) {
  put16(out, static_cast<std::uint16_t>(value & 0xFFFF));
  put16(out, static_cast<std::uint16_t>(value >> 16));
}

// Raw deflate (no zlib header), as zip wants it.
std::string deflated(const std::string& data) {
  z_stream stream{};
  if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw RenderError("cannot write the zip archive: zlib would not start");
  std::string out(deflateBound(&stream, static_cast<uLong>(data.size())), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  int status = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  if (status != Z_STREAM_END) throw RenderError("cannot write the zip archive: zlib could not deflate a member");
  return out;
}

struct Member {
  const ZipEntry& entry;
  std::uint16_t method;
  std::uint32_t crc, size, packed_size, offset;
};

// The fields a local header and the central directory share, from "version needed" on.
void put_common(std::string& out, const Member& member) {
  put16(out, k_version);
  put16(out, k_utf8_names);
  put16(out, member.method);
  put16(out, k_dos_time);
  put16(out, k_dos_date);
  put32(out, member.crc);
  put32(out, member.packed_size);
  put32(out, member.size);
  put16(out, static_cast<std::uint16_t>(member.entry.name.size()));
  put16(out, 0);  // no extra field
}

std::uint32_t checked_32(std::size_t value, const std::string& what) {
  if (value > std::numeric_limits<std::uint32_t>::max())
    throw RenderError(fmt::format("cannot write the zip archive: {} is over 4 GB (zip64 is not written)", what));
  return static_cast<std::uint32_t>(value);
}

}  // namespace

std::string zip_archive(const std::vector<ZipEntry>& entries) {
  if (entries.size() > std::numeric_limits<std::uint16_t>::max())
    throw RenderError("cannot write the zip archive: more than 65,535 members");
  std::string out;
  std::vector<Member> members;
  for (const ZipEntry& entry : entries) {
    if (entry.name.size() > std::numeric_limits<std::uint16_t>::max())
      throw RenderError("cannot write the zip archive: a member's name is over 64 KB");
    std::uint32_t size = checked_32(entry.data.size(), entry.name);  // before zlib, which counts in 32 bits
    std::string packed = entry.compress ? deflated(entry.data) : std::string();
    const std::string& body = entry.compress ? packed : entry.data;
    uLong crc = crc32(0L, Z_NULL, 0);
    crc = crc32_z(crc, reinterpret_cast<const Bytef*>(entry.data.data()), entry.data.size());
    Member member{entry, entry.compress ? k_deflated : k_stored, static_cast<std::uint32_t>(crc),
                  size, checked_32(body.size(), entry.name),
                  checked_32(out.size(), "the archive")};
    put32(out, 0x04034b50);  // local file header
    put_common(out, member);
    out += entry.name;
    out += body;
    members.push_back(member);
  }
  std::uint32_t directory = checked_32(out.size(), "the archive");
  for (const Member& member : members) {
    put32(out, 0x02014b50);  // central directory header
    put16(out, k_version);   // made by: MS-DOS attributes, 2.0
    put_common(out, member);
    put16(out, 0);  // no comment
    put16(out, 0);  // disk 0
    put16(out, 0);  // internal attributes
    put32(out, 0);  // external attributes
    put32(out, member.offset);
    out += member.entry.name;
  }
  std::uint32_t directory_size = checked_32(out.size() - directory, "the archive");
  put32(out, 0x06054b50);  // end of central directory
  put16(out, 0);
  put16(out, 0);
  put16(out, static_cast<std::uint16_t>(members.size()));
  put16(out, static_cast<std::uint16_t>(members.size()));
  put32(out, directory_size);
  put32(out, directory);
  put16(out, 0);  // no comment
  return out;
}

}  // namespace jmap
