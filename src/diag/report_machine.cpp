// Machine-readable reports: JSON and SARIF (through nlohmann-json, never by hand),
// GitHub workflow commands and JUnit XML.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

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

}  // namespace

std::string format_github(const Diagnostic& d) {
  std::string properties = "file=" + escape_github_property(printable(path_of(d)));
  if (d.span.known()) {
    properties += fmt::format(",line={},col={}", d.span.begin.line, d.span.begin.column);
    if (d.span.end.line >= d.span.begin.line)
      properties += fmt::format(",endLine={},endColumn={}", d.span.end.line, d.span.end.column);
  }
  properties += ",title=" + escape_github_property(d.rule);
  // The hint goes on a second line of the annotation (%0A once escaped).
  std::string message = printable(d.message) + (d.hint.empty() ? "" : "\n" + printable(d.hint));
  return fmt::format("::{} {}::{}\n", github_level(d.severity), properties, escape_github_data(message));
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
    rules.push_back(std::move(entry));
  }
  ordered_json results = ordered_json::array();
  for (const FileReport& file : files)
    for (const Diagnostic& d : file.diagnostics) {
      ordered_json region{{"startLine", std::max<std::uint32_t>(1, d.span.begin.line)},
                          {"startColumn", std::max<std::uint32_t>(1, d.span.begin.column)}};
      if (d.span.end.line >= d.span.begin.line && d.span.end.line > 0) {
        region["endLine"] = d.span.end.line;
        region["endColumn"] = std::max<std::uint32_t>(1, d.span.end.column);
      }
      std::string text = sanitize_utf8(d.message) + (d.hint.empty() ? "" : " (hint: " + sanitize_utf8(d.hint) + ")");
      std::ptrdiff_t index = std::find_if(all_rules().begin(), all_rules().end(),
                                          [&](const Rule& r) { return r.id.name() == d.rule; }) -
                             all_rules().begin();
      ordered_json location;
      location["physicalLocation"]["artifactLocation"] = artifact_location(path_of(d).empty() ? file.path : path_of(d));
      location["physicalLocation"]["region"] = region;
      ordered_json result;
      result["ruleId"] = d.rule;
      result["ruleIndex"] = index;
      result["level"] = sarif_level(d.severity);
      result["message"]["text"] = text;
      result["locations"] = ordered_json::array({location});
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

std::string format_junit(const std::vector<FileReport>& files) {
  std::size_t failures = 0;
  for (const FileReport& file : files) failures += file.diagnostics.size();
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"jmap lint\" tests=\"{}\" failures=\"{}\">\n", files.size(), failures);
  out += fmt::format("  <testsuite name=\"jmap lint\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n",
                     files.size(), failures);
  for (const FileReport& file : files) {
    out += fmt::format("    <testcase classname=\"jmap.lint\" name=\"{}\"", escape_xml(printable(file.path)));
    if (file.diagnostics.empty()) {
      out += "/>\n";
      continue;
    }
    out += ">\n";
    for (const Diagnostic& d : file.diagnostics)
      out += fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n", escape_xml(d.rule),
                         escape_xml(fmt::format("{}: {}", severity_name(d.severity), printable(d.message))),
                         escape_xml(format_gcc(d)));
    out += "    </testcase>\n";
  }
  out += "  </testsuite>\n</testsuites>\n";
  return out;
}

}  // namespace jmap
