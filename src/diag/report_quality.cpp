// Code-quality reports for other CI homes: GitLab's Code Quality (the Code Climate
// issue format, JSON through nlohmann-json) and Checkstyle XML (Jenkins' Warnings plugin).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <map>
#include <tuple>

#include "jmap/report.hpp"
#include "util/escape.hpp"
#include "util/printable.hpp"
#include "util/sha256.hpp"
#include "util/utf8.hpp"

namespace jmap {
namespace {

using nlohmann::ordered_json;

std::string path_in(const Diagnostic& d, const FileReport& file) {
  return d.span.file ? d.span.file->path : file.path;
}

// GitLab's severities: info, minor, major, critical, blocker.
std::string_view codeclimate_severity(Severity severity) {
  switch (severity) {
    case Severity::error: return "major";
    case Severity::warning: return "minor";
    case Severity::info: return "info";
  }
  return "major";
}

// The message, with the second place when there is one.
std::string message_with_note(const Diagnostic& d) {
  return d.note.empty() ? d.message : fmt::format("{} ({})", d.message, d.note);
}

// Stable across line moves (GitLab compares a merge request's issues with the base's by
// fingerprint): the rule, the file, the message and which of its repeats this is.
std::string fingerprint(const Diagnostic& d, const std::string& path, std::size_t repeat) {
  Sha256Digest digest = sha256(fmt::format("{}\n{}\n{}\n{}", d.rule, path, d.message, repeat));
  std::string hex;
  for (std::size_t i = 0; i < 16; ++i) hex += fmt::format("{:02x}", digest[i]);
  return hex;
}

}  // namespace

std::string format_codeclimate(const std::vector<FileReport>& files) {
  ordered_json issues = ordered_json::array();
  std::map<std::tuple<std::string_view, std::string, std::string>, std::size_t> repeats;
  for (const FileReport& file : files)
    for (const Diagnostic& d : file.diagnostics) {
      std::string path = sanitize_utf8(path_in(d, file));
      std::size_t repeat = repeats[{d.rule, path, d.message}]++;
      ordered_json issue{{"type", "issue"},
                         {"check_name", d.rule},
                         {"description", sanitize_utf8(message_with_note(d))},
                         {"fingerprint", fingerprint(d, path, repeat)},
                         {"severity", codeclimate_severity(d.severity)}};
      if (!d.hint.empty()) issue["content"]["body"] = sanitize_utf8(d.hint);
      issue["location"]["path"] = path;
      issue["location"]["lines"]["begin"] = std::max<std::uint32_t>(1, d.span.begin.line);
      issues.push_back(std::move(issue));
    }
  return issues.dump(2) + "\n";
}

std::string format_checkstyle(const std::vector<FileReport>& files) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
  for (const FileReport& file : files) {
    // A finding may lie in an imported file: each path gets its own <file>, in order.
    std::vector<std::string> paths{file.path};
    for (const Diagnostic& d : file.diagnostics)
      if (std::find(paths.begin(), paths.end(), path_in(d, file)) == paths.end()) paths.push_back(path_in(d, file));
    for (const std::string& path : paths) {
      std::string errors;
      for (const Diagnostic& d : file.diagnostics) {
        if (path_in(d, file) != path) continue;
        std::string message = message_with_note(d) + (d.hint.empty() ? "" : " (hint: " + d.hint + ")");
        errors += fmt::format("    <error line=\"{}\" column=\"{}\" severity=\"{}\" message=\"{}\" source=\"jmap.{}\"/>\n",
                              d.span.begin.line, d.span.begin.column, severity_name(d.severity),
                              escape_xml(printable(message)), escape_xml(d.rule));
      }
      if (errors.empty() && path != file.path) continue;
      out += fmt::format("  <file name=\"{}\"", escape_xml(printable(path)));
      out += errors.empty() ? "/>\n" : ">\n" + errors + "  </file>\n";
    }
  }
  return out + "</checkstyle>\n";
}

}  // namespace jmap
