// A zip file made in memory with libzip (the one file that includes it), for the
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
// day): the same entries give the same bytes. Throws RenderError when libzip fails.
std::string zip_archive(const std::vector<ZipEntry>& entries);

}  // namespace jmap
