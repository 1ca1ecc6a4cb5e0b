// A zip file made in memory (zip_archive.cpp writes the format itself, zlib deflates), for the
// OOXML writer. Private to src/render.
#pragma once

#include <string>
#include <vector>

namespace jmap {

struct ZipEntry {
  std::string name;  // the path inside the archive
  std::string data;
  bool compress = true;  // false: stored (a PNG is compressed already)
};

// The entries, in the given order, each dated 1980-01-01 00:00 (the zip format's first
// day): the same entries give the same bytes. Throws RenderError when zlib fails or a
// member is over 4 GB (zip64 is not written).
std::string zip_archive(const std::vector<ZipEntry>& entries);

}  // namespace jmap
