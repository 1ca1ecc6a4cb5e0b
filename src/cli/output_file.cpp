#include "output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "commands.hpp"
#include "standard_output.hpp"

namespace fs = std::filesystem;

namespace jmap::cli {
namespace {

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

mode_t default_file_mode() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

void write_output(const std::string& path, std::string_view content) {
  if (path == "-") return write_stdout(content);
  fs::path target(path);
  fs::path directory = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string temp = (directory / ("." + target.filename().string() + ".jmap-XXXXXX")).string();
  int fd = ::mkstemp(temp.data());
  if (fd < 0) throw UsageError(fmt::format("cannot write '{}': {}", path, std::strerror(errno)));
  int error = 0;
  if (!write_all(fd, content) || ::fchmod(fd, default_file_mode()) != 0) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error == 0 && ::rename(temp.c_str(), path.c_str()) != 0) error = errno;
  if (error == 0) return;
  ::unlink(temp.c_str());
  throw UsageError(fmt::format("cannot write '{}': {}", path, std::strerror(error)));
}

}  // namespace jmap::cli
