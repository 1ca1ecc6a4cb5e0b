// Standard output, checked once before exit: a full disk or a closed file must not
// pass as success, but no command should have to test its own writes.
#pragma once

#include <string>
#include <string_view>

namespace jmap::cli {

// Writes to stdout and remembers the first failure with its reason.
void write_stdout(std::string_view text);

// Flushes stdout: "" when everything written arrived, else why it did not
// ("cannot write to standard output: No space left on device").
std::string stdout_failure();

}  // namespace jmap::cli
