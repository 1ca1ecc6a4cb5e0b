#include "util/read_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace jmap {

ReadResult read_file(const fs::path& path, std::size_t max_bytes) {
  ReadResult result;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    result.error = "is a directory";
    return result;
  }
  if (fs::exists(path, ec) && !fs::is_regular_file(path, ec)) {  // a FIFO or device could block forever
    result.error = "is not a regular file";
    return result;
  }
  auto size = fs::file_size(path, ec);
  if (!ec && size > max_bytes) {
    result.too_large = true;
    result.error = fmt::format("the file is {} bytes; the limit max_file_size is {} bytes", size, max_bytes);
    return result;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    result.error = std::strerror(errno);
    return result;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  result.text = std::move(buffer).str();
  return result;
}

}  // namespace jmap
