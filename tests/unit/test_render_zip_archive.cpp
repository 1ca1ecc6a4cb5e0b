// The zip archive of the deck: entries in order, stored or deflated, fixed dates.
#include "render/zip_archive.hpp"

#include <doctest/doctest.h>

#include <zlib.h>

#include <cstdint>

using namespace jmap;

namespace {

std::uint32_t word_at(const std::string& bytes, std::size_t at, int size) {
  std::uint32_t value = 0;
  for (int i = size - 1; i >= 0; --i) value = value << 8 | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
  return value;
}

}  // namespace

TEST_CASE("the same entries give the same bytes, in the order given, dated 1980-01-01") {
  std::vector<ZipEntry> entries{{"b.xml", std::string(1000, 'x'), true}, {"a.png", "\x89PNG data", false}};
  std::string zip = zip_archive(entries);
  CHECK(zip == zip_archive(entries));
  REQUIRE(zip.size() > 30);
  CHECK(word_at(zip, 0, 4) == 0x04034b50);  // a local file header first
  CHECK(zip.substr(30, 5) == "b.xml");      // the first entry first
  CHECK(word_at(zip, 8, 2) == 8);           // deflated
  CHECK(word_at(zip, 10, 2) == 0);          // 00:00:00
  CHECK(word_at(zip, 12, 2) == (1 << 5 | 1));  // 1980-01-01
  std::size_t second = zip.find("a.png");
  REQUIRE(second != std::string::npos);
  CHECK(word_at(zip, second - 30 + 8, 2) == 0);  // stored
  CHECK(zip.find("\x89PNG data") != std::string::npos);
}

TEST_CASE("the archive is whole: CRCs, sizes, the central directory and its end record") {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "line " + std::to_string(i) + "\n";
  std::vector<ZipEntry> entries{{"ppt/slides/slide1.xml", text, true}, {"ppt/media/image1.png", "\x89PNG raw", false}};
  std::string zip = zip_archive(entries);
  // The end record: two members, and where the central directory starts.
  REQUIRE(zip.size() > 22);
  std::size_t end = zip.size() - 22;
  CHECK(word_at(zip, end, 4) == 0x06054b50);
  CHECK(word_at(zip, end + 10, 2) == 2);
  std::size_t directory = word_at(zip, end + 16, 4);
  CHECK(word_at(zip, end + 12, 4) == end - directory);
  std::size_t at = directory;
  for (const ZipEntry& entry : entries) {
    CAPTURE(entry.name);
    REQUIRE(word_at(zip, at, 4) == 0x02014b50);
    uLong crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(entry.data.data()), static_cast<uInt>(entry.data.size()));
    CHECK(word_at(zip, at + 16, 4) == crc);
    CHECK(word_at(zip, at + 24, 4) == entry.data.size());
    std::size_t packed = word_at(zip, at + 20, 4), name_size = word_at(zip, at + 28, 2);
    CHECK(zip.substr(at + 46, name_size) == entry.name);
    // The local header it points at, and the member's bytes, which inflate back.
    std::size_t local = word_at(zip, at + 42, 4);
    REQUIRE(word_at(zip, local, 4) == 0x04034b50);
    CHECK(word_at(zip, local + 14, 4) == crc);
    std::string body = zip.substr(local + 30 + name_size, packed);
    if (entry.compress) {
      std::string out(entry.data.size(), '\0');
      z_stream stream{};
      REQUIRE(inflateInit2(&stream, -MAX_WBITS) == Z_OK);
      stream.next_in = reinterpret_cast<Bytef*>(body.data());
      stream.avail_in = static_cast<uInt>(body.size());
      stream.next_out = reinterpret_cast<Bytef*>(out.data());
      stream.avail_out = static_cast<uInt>(out.size());
      CHECK(inflate(&stream, Z_FINISH) == Z_STREAM_END);
      inflateEnd(&stream);
      CHECK(out == entry.data);
      CHECK(packed < entry.data.size() / 2);
    } else {
      CHECK(body == entry.data);
    }
    at += 46 + name_size;
  }
  CHECK(at == end);
}
