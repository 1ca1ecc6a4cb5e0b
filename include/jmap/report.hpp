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

// One line per finding: `file:line:col: severity: message [rule]`, then gcc's own
// `file:line:col: note: ...` line for the second place, when there is one.
std::string format_gcc(const Diagnostic& diagnostic);

// A GitHub Actions workflow command: `::error file=F,line=L,...,title=RULE::message`;
// the hint and the note follow the message on lines of their own.
std::string format_github(const Diagnostic& diagnostic);

// The findings that are not annotated (infos, by default) as a Markdown table for the
// job summary ($GITHUB_STEP_SUMMARY); empty when there are none.
std::string format_github_summary(const std::vector<FileReport>& files);

// A JSON array of findings (schema: docs/lint-output.schema.json).
std::string format_json(const std::vector<FileReport>& files);

// SARIF 2.1.0: one run, every rule of the table, a result per finding.
std::string format_sarif(const std::vector<FileReport>& files, std::string_view version);

// JUnit XML: a testcase per file; a finding at `fail_on` or worse (one that fails the
// run) is a <failure>, the others are written to the testcase's <system-out>.
std::string format_junit(const std::vector<FileReport>& files, Severity fail_on);

// GitLab Code Quality: a JSON array of issues (check_name, description, fingerprint,
// severity, location.path, location.lines.begin).
std::string format_codeclimate(const std::vector<FileReport>& files);

// Checkstyle XML: a <file> per checked file, an <error> per finding (Jenkins' Warnings
// plugin and other tools read it).
std::string format_checkstyle(const std::vector<FileReport>& files);

// "2 errors, 1 warning" (empty when there is nothing).
std::string summarize(const Diagnostics& diagnostics);

}  // namespace jmap
