// The zip archive of the deck: entries in order, stored or deflated, fixed dates.
#include "render/zip_archive.hpp"

#include <doctest/doctest.h>

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
