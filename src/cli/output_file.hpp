// Writing outputs whole or not at all: a temporary file beside the target, renamed
// over it when complete, so a failure never leaves a half-written map.
#pragma once

#include <string>
#include <string_view>

namespace jmap::cli {

// "-" writes to stdout (checked before exit). Throws UsageError when a file cannot be written.
void write_output(const std::string& path, std::string_view content);

}  // namespace jmap::cli
