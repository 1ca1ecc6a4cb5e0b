#include "standard_output.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace jmap::cli {
namespace {

// errno at the first failed write. stdio discards a buffer it could not write, so a
// later fflush succeeds and errno has moved on: the reason must be kept when it happens.
int first_error = 0;

void note_error() {
  if (first_error == 0) first_error = errno != 0 ? errno : EIO;
}

}  // namespace

void write_stdout(std::string_view text) {
  errno = 0;
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) note_error();
}

std::string stdout_failure() {
  errno = 0;
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) note_error();
  if (first_error == 0) return {};
  return fmt::format("cannot write to standard output: {}", std::strerror(first_error));
}

}  // namespace jmap::cli
