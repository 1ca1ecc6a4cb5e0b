// Printing diagnostics. Formatters know nothing about rules: they print values.
#pragma once

#include <cstdio>
#include <string>

#include "jmap/diagnostic.hpp"

namespace jmap {

struct ReportOptions {
  bool color = false;
};

// Compiler style: `file:line:col: severity: message [rule]`, the source line with a
// caret under the span, then the note and the hint.
std::string format_human(const Diagnostic& diagnostic, const ReportOptions& options);

// One line per finding: `file:line:col: severity: message [rule]`.
std::string format_gcc(const Diagnostic& diagnostic);

// "2 errors, 1 warning" (empty when there is nothing).
std::string summarize(const Diagnostics& diagnostics);

}  // namespace jmap
