// Reading a whole input file, bounded: the loader and lint's config reader share it.
#pragma once

#include <filesystem>
#include <string>

namespace jmap {

// Reads a whole file, refusing one larger than max_bytes. Returns an error text on failure.
struct ReadResult {
  std::string text;
  std::string error;     // empty on success
  bool too_large = false;
};
ReadResult read_file(const std::filesystem::path& path, std::size_t max_bytes);

}  // namespace jmap
