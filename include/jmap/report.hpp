// Printing diagnostics. Formatters know nothing about rules beyond the rule table's
// texts (SARIF lists them): they print values.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "jmap/diagnostic.hpp"

namespace jmap {

struct ReportOptions {
  bool color = false;
};

// The findings of one checked file, in order.
struct FileReport {
  std::string path;
  std::vector<Diagnostic> diagnostics;
};

// Compiler style: `file:line:col: severity: message [rule]`, the source line with a
// caret under the span, then the note and the hint.
std::string format_human(const Diagnostic& diagnostic, const ReportOptions& options);

// One line per finding: `file:line:col: severity: message [rule]`.
std::string format_gcc(const Diagnostic& diagnostic);

// A GitHub Actions workflow command: `::error file=F,line=L,...,title=RULE::message`.
std::string format_github(const Diagnostic& diagnostic);

// A JSON array of findings (schema: docs/lint-output.schema.json).
std::string format_json(const std::vector<FileReport>& files);

// SARIF 2.1.0: one run, every rule of the table, a result per finding.
std::string format_sarif(const std::vector<FileReport>& files, std::string_view version);

// JUnit XML: a testcase per file, a failure per finding.
std::string format_junit(const std::vector<FileReport>& files);

// "2 errors, 1 warning" (empty when there is nothing).
std::string summarize(const Diagnostics& diagnostics);

}  // namespace jmap
