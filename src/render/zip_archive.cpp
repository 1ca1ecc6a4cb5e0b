// libzip writes into a buffer source, which is read back once the archive is closed.
#include "render/zip_archive.hpp"

#include <zip.h>

#include <fmt/format.h>

#include <memory>

#include "jmap/error.hpp"

namespace jmap {
namespace {

// MS-DOS date of 1980-01-01 ((year - 1980) << 9 | month << 5 | day) and time 00:00:00.
// Set as DOS fields, not a time_t: zip_file_set_mtime converts through localtime, so
// the bytes would follow the machine's time zone.
constexpr zip_uint16_t k_dos_date = (0 << 9) | (1 << 5) | 1;
constexpr zip_uint16_t k_dos_time = 0;

struct SourceFree {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using SourceHandle = std::unique_ptr<zip_source_t, SourceFree>;

[[noreturn]] void fail(const char* what, zip_error_t* error) {
  std::string reason = zip_error_strerror(error);
  zip_error_fini(error);
  throw RenderError(fmt::format("cannot write the zip archive: {}: {}", what, reason));
}

[[noreturn]] void fail(const char* what, zip_t* archive) {
  std::string reason = zip_strerror(archive);
  zip_discard(archive);
  throw RenderError(fmt::format("cannot write the zip archive: {}: {}", what, reason));
}

// Each entry's data is read by zip_close, so `entries` outlives it.
void add_entries(zip_t* archive, const std::vector<ZipEntry>& entries) {
  for (const ZipEntry& entry : entries) {
    zip_source_t* data = zip_source_buffer(archive, entry.data.data(), entry.data.size(), 0);
    if (!data) fail(entry.name.c_str(), archive);
    zip_int64_t index = zip_file_add(archive, entry.name.c_str(), data, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(data);
      fail(entry.name.c_str(), archive);
    }
    auto at = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive, at, entry.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) != 0 ||
        zip_file_set_dostime(archive, at, k_dos_time, k_dos_date, 0) != 0)
      fail(entry.name.c_str(), archive);
  }
}

std::string read_back(zip_source_t* source) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_source_stat(source, &stat) != 0 || zip_source_open(source) != 0) fail("reading it back", zip_source_error(source));
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  zip_int64_t read = zip_source_read(source, bytes.data(), bytes.size());
  zip_source_close(source);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) fail("reading it back", zip_source_error(source));
  return bytes;
}

}  // namespace

std::string zip_archive(const std::vector<ZipEntry>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  SourceHandle buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) fail("a buffer", &error);
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  if (!archive) fail("opening", &error);
  zip_source_keep(buffer.get());  // the archive owns one reference and frees it on close
  add_entries(archive, entries);
  if (zip_close(archive) != 0) fail("closing", archive);
  zip_error_fini(&error);
  return read_back(buffer.get());
}

}  // namespace jmap
