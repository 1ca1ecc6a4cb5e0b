// Fuzz target: bytes -> load -> validate -> inline suppressions -> every lint format.
// Every report must come out (no exception), and the machine formats must stay valid
// UTF-8 and parseable JSON whatever bytes the file held.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "fuzz_support.hpp"
#include "jmap/lint.hpp"
#include "jmap/render.hpp"
#include "jmap/report.hpp"
#include "util/utf8.hpp"

namespace {

void require(bool condition) {
  if (!condition) std::abort();  // the fuzzer keeps the input as a crash
}

bool valid_utf8(const std::string& text) { return jmap::first_invalid_utf8(text) == text.size(); }

void require_json(const std::string& text) {
  require(valid_utf8(text));
  require(nlohmann::json::accept(text));
}

// XML 1.0 allows no C0 control but tab, newline and carriage return.
void require_xml_text(const std::string& text) {
  require(valid_utf8(text));
  for (unsigned char c : text) require(c >= 0x20 || c == '\t' || c == '\n' || c == '\r');
}

// The smallest pictures to carry a source: an SVG root, and a 1x1 PNG (made by PIL).
constexpr char k_svg[] = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"></svg>\n";
constexpr char k_png[] =
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00\x01"
    "\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\x0d\x49\x44\x41\x54\x78\x9c\x63\x60\x60\x60\x60"
    "\x00\x00\x00\x05\x00\x01\xa5\xf6\x45\x40\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jmap::fuzz::Loaded loaded;
  jmap::fuzz::load(data, size, loaded);
  std::vector<const jmap::SourceFile*> files;
  for (const jmap::Diagnostic& d : loaded.diagnostics.items())
    if (d.span.file && std::find(files.begin(), files.end(), d.span.file) == files.end()) files.push_back(d.span.file);
  jmap::apply_suppressions(loaded.diagnostics, files);
  loaded.diagnostics.sort_and_dedupe();

  std::vector<jmap::FileReport> reports{{"fuzz.yaml", loaded.diagnostics.items()}};
  require_json(jmap::format_json(reports));
  require_json(jmap::format_sarif(reports, "0.0.0"));
  require_json(jmap::format_codeclimate(reports));
  require_xml_text(jmap::format_junit(reports, jmap::Severity::error));
  require_xml_text(jmap::format_checkstyle(reports));
  (void)jmap::format_github_summary(reports);
  for (const jmap::Diagnostic& d : loaded.diagnostics.items()) {
    (void)jmap::format_human(d, {});
    (void)jmap::format_gcc(d);
    (void)jmap::format_github(d);
  }
  // Any bytes ride inside a picture and come back the same (--embed-source, extract).
  std::string bytes(reinterpret_cast<const char*>(data), size);
  for (const char* format : {"svg", "png"}) {
    std::string picture = format == std::string("svg") ? k_svg : std::string(k_png, sizeof k_png - 1);
    require(jmap::extract_source(jmap::embed_source(picture, format, bytes)) == bytes);
  }
  return 0;
}
