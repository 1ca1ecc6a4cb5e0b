// Machine-readable reports: JSON and SARIF (through nlohmann-json, never by hand),
// GitHub workflow commands and JUnit XML.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>

#include "jmap/report.hpp"
#include "util/escape.hpp"
#include "jmap/rules.hpp"
#include "util/paths.hpp"
#include "util/printable.hpp"
#include "util/utf8.hpp"

namespace jmap {
namespace {

using nlohmann::ordered_json;

// Where SARIF viewers send people who want to know more about the tool.
constexpr std::string_view k_information_uri = "https://github.com/jmap-project/jmap";

std::string path_of(const Diagnostic& d) { return d.span.file ? d.span.file->path : std::string(); }

// GitHub's toolkit escapes: % CR LF in the message, also : and , in properties.
std::string escape_github_data(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string escape_github_property(std::string_view text) {
  std::string out;
  for (char c : escape_github_data(text)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

// A table cell of GitHub Markdown: '|' would end the cell, '<' could open HTML.
std::string escape_markdown_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += "\\|";
    else if (c == '<') out += "&lt;";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out;
}

std::string_view github_level(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "notice";
  }
  return "error";
}

std::string_view sarif_level(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "error";
}

// Characters outside the unreserved set percent-encoded, after ill-formed UTF-8 became
// U+FFFD (viewers decode URIs as UTF-8).
std::string percent_encode(std::string_view path) {
  std::string out;
  for (unsigned char c : sanitize_utf8(path)) {
    bool keep = std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    out += keep ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return out;
}

std::string absolute_file_uri(const std::filesystem::path& path) {
  std::error_code ec;
  std::string generic = std::filesystem::absolute(path, ec).lexically_normal().generic_string();
  return "file://" + percent_encode(generic);
}

// Where relative URIs resolve: code scanning maps %SRCROOT% to the checkout.
constexpr std::string_view k_source_root = "%SRCROOT%";

// The working directory as a file:// URI; a base URI ends with '/'.
std::string source_root_uri() {
  std::error_code ec;
  std::string uri = absolute_file_uri(std::filesystem::current_path(ec));
  return uri.ends_with('/') ? uri : uri + "/";
}

// SARIF wants URIs: a path under the working directory becomes a reference relative to
// %SRCROOT% ("journeys/a.yaml"), any other an absolute file:// URI.
ordered_json artifact_location(std::string_view path) {
  std::optional<std::filesystem::path> relative = relative_to_working_directory(path);
  if (!relative) return ordered_json{{"uri", absolute_file_uri(path)}};
  return ordered_json{{"uri", percent_encode(relative->generic_string())}, {"uriBaseId", k_source_root}};
}

ordered_json sarif_region(const Span& span) {
  ordered_json region{{"startLine", std::max<std::uint32_t>(1, span.begin.line)},
                      {"startColumn", std::max<std::uint32_t>(1, span.begin.column)}};
  if (span.end.line >= span.begin.line && span.end.line > 0) {
    region["endLine"] = span.end.line;
    region["endColumn"] = std::max<std::uint32_t>(1, span.end.column);
  }
  return region;
}

// A physicalLocation; a span without a file is in the file being reported.
ordered_json sarif_location(const Span& span, const std::string& report_path) {
  ordered_json location;
  location["physicalLocation"]["artifactLocation"] = artifact_location(span.file ? span.file->path : report_path);
  location["physicalLocation"]["region"] = sarif_region(span);
  return location;
}

}  // namespace

std::string format_github(const Diagnostic& d) {
  std::string properties = "file=" + escape_github_property(printable(path_of(d)));
  if (d.span.known()) {
    properties += fmt::format(",line={},col={}", d.span.begin.line, d.span.begin.column);
    if (d.span.end.line >= d.span.begin.line)
      properties += fmt::format(",endLine={},endColumn={}", d.span.end.line, d.span.end.column);
  }
  properties += ",title=" + escape_github_property(d.rule);
  // The hint and the note go on lines of their own in the annotation (%0A once escaped).
  std::string message = printable(d.message) + (d.hint.empty() ? "" : "\n" + printable(d.hint));
  if (!d.note.empty()) message += "\nnote: " + printable(d.note);
  return fmt::format("::{} {}::{}\n", github_level(d.severity), properties, escape_github_data(message));
}

std::string format_github_summary(const std::vector<FileReport>& files) {
  std::string rows;
  std::size_t count = 0;
  for (const FileReport& file : files)
    for (const Diagnostic& d : file.diagnostics) {
      rows += fmt::format("| {} | {} | {} | {} |\n", escape_markdown_cell(printable(path_of(d).empty() ? file.path : path_of(d))),
                          d.span.begin.line, d.rule, escape_markdown_cell(printable(d.message)));
      ++count;
    }
  if (count == 0) return {};
  return fmt::format("### jmap lint: {} finding{} not annotated\n\n| File | Line | Rule | Message |\n|---|---|---|---|\n{}\n",
                     count, count == 1 ? "" : "s", rows);
}

std::string format_json(const std::vector<FileReport>& files) {
  ordered_json findings = ordered_json::array();
  for (const FileReport& file : files)
    for (const Diagnostic& d : file.diagnostics) {
      ordered_json finding{{"rule", d.rule},
                           {"severity", severity_name(d.severity)},
                           {"file", sanitize_utf8(path_of(d).empty() ? file.path : path_of(d))},
                           {"line", d.span.begin.line},
                           {"column", d.span.begin.column},
                           {"end_line", d.span.end.line},
                           {"end_column", d.span.end.column},
                           {"message", sanitize_utf8(d.message)}};
      if (!d.hint.empty()) finding["hint"] = sanitize_utf8(d.hint);
      if (!d.note.empty()) finding["note"] = sanitize_utf8(d.note);
      findings.push_back(std::move(finding));
    }
  return findings.dump(2) + "\n";
}

std::string format_sarif(const std::vector<FileReport>& files, std::string_view version) {
  ordered_json rules = ordered_json::array();
  for (const Rule& rule : all_rules()) {
    ordered_json entry;
    entry["id"] = rule.id.name();
    // No `name`: the validator wants it to differ from the id, and the id says it all.
    entry["shortDescription"]["text"] = rule.summary;
    entry["fullDescription"]["text"] = rule.description;
    entry["help"]["text"] = fmt::format("{}\n\nBad:\n{}\n\nGood:\n{}", rule.description, rule.bad, rule.good);
    entry["help"]["markdown"] =
        fmt::format("{}\n\nBad:\n```yaml\n{}\n```\n\nGood:\n```yaml\n{}\n```", rule.description, rule.bad, rule.good);
    entry["defaultConfiguration"]["level"] = sarif_level(rule.severity);
    if (!rule.on_by_default) entry["defaultConfiguration"]["enabled"] = false;  // a governance rule, opt-in
    rules.push_back(std::move(entry));
  }
  ordered_json results = ordered_json::array();
  for (const FileReport& file : files)
    for (const Diagnostic& d : file.diagnostics) {
      std::string text = sanitize_utf8(d.message) + (d.hint.empty() ? "" : " (hint: " + sanitize_utf8(d.hint) + ")");
      std::ptrdiff_t index = std::find_if(all_rules().begin(), all_rules().end(),
                                          [&](const Rule& r) { return r.id.name() == d.rule; }) -
                             all_rules().begin();
      ordered_json result;
      result["ruleId"] = d.rule;
      result["ruleIndex"] = index;
      result["level"] = sarif_level(d.severity);
      result["message"]["text"] = text;
      result["locations"] = ordered_json::array({sarif_location(d.span, file.path)});
      if (!d.note.empty()) {  // the second place (where an id is first defined, a quote began)
        ordered_json related = sarif_location(d.note_span.known() ? d.note_span : d.span, file.path);
        related["id"] = 1;
        related["message"]["text"] = sanitize_utf8(d.note);
        result["relatedLocations"] = ordered_json::array({related});
      }
      results.push_back(std::move(result));
    }
  ordered_json driver{{"name", "jmap"},
                      {"version", version},
                      {"semanticVersion", version},
                      {"informationUri", k_information_uri},
                      {"rules", rules}};
  ordered_json run;
  run["tool"] = ordered_json{{"driver", driver}};
  run["originalUriBaseIds"][k_source_root]["uri"] = source_root_uri();
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = results;
  ordered_json sarif;
  sarif["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  sarif["version"] = "2.1.0";
  sarif["runs"] = ordered_json::array({run});
  return sarif.dump(2) + "\n";
}

namespace {

// Element text of several lines (escape_xml drops control characters, line breaks too).
std::string escape_xml_lines(std::string_view text) {
  std::string out;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    out += escape_xml(text.substr(start, end - start)) + (end < text.size() ? "\n" : "");
    start = end + 1;
  }
  return out;
}

// A finding as JUnit text: the gcc line (with its note line) and the hint.
std::string junit_text(const Diagnostic& d) {
  return format_gcc(d) + (d.hint.empty() ? "" : "hint: " + printable(d.hint) + "\n");
}

// One testcase: failures for the findings that fail the run, the rest as its output.
std::string junit_testcase(const FileReport& file, Severity fail_on) {
  std::string out = fmt::format("    <testcase classname=\"jmap.lint\" name=\"{}\"", escape_xml(printable(file.path)));
  if (file.diagnostics.empty()) return out + "/>\n";
  out += ">\n";
  std::string other;
  for (const Diagnostic& d : file.diagnostics) {
    if (d.severity < fail_on) {
      other += junit_text(d);
      continue;
    }
    out += fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n", escape_xml(d.rule),
                       escape_xml(fmt::format("{}: {}", severity_name(d.severity), printable(d.message))),
                       escape_xml_lines(junit_text(d)));
  }
  if (!other.empty()) out += fmt::format("      <system-out>{}</system-out>\n", escape_xml_lines(other));
  return out + "    </testcase>\n";
}

}  // namespace

std::string format_junit(const std::vector<FileReport>& files, Severity fail_on) {
  std::size_t failures = 0;
  for (const FileReport& file : files)
    failures += static_cast<std::size_t>(std::count_if(file.diagnostics.begin(), file.diagnostics.end(),
                                                       [&](const Diagnostic& d) { return d.severity >= fail_on; }));
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"jmap lint\" tests=\"{}\" failures=\"{}\">\n", files.size(), failures);
  out += fmt::format("  <testsuite name=\"jmap lint\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n",
                     files.size(), failures);
  for (const FileReport& file : files) out += junit_testcase(file, fail_on);
  out += "  </testsuite>\n</testsuites>\n";
  return out;
}

}  // namespace jmap
