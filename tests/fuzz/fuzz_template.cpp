// Fuzz target: bytes as a Mustache template -> the HTML page of a small journey. A bad
// template must be a TemplateError (a FILE:LINE:COL message), never a crash or a hang.
#include <cstdlib>
#include <string>

#include "fuzz_support.hpp"
#include "jmap/render.hpp"
#include "jmap/report_view.hpp"

namespace {

constexpr char k_journey[] = R"(jmap: 1
title: Fuzzed page
personas:
  - {id: ana, name: Ana}
stages:
  - id: find
    name: Find
    steps:
      - id: search
        name: Search <b>
        emotion: 2
        pains: [{id: slow, text: "Slow & \"odd\""}]
    kpis:
      - {id: conv, name: Conversion, unit: "%", target: 3, actual: 2.5, better: higher}
)";

// The journey stays loaded for the whole run: the view's pictures read it when drawn.
const jmap::ReportView& report() {
  static jmap::fuzz::Loaded loaded;
  static const jmap::ReportView view = [] {
    jmap::fuzz::load(reinterpret_cast<const std::uint8_t*>(k_journey), sizeof k_journey - 1, loaded);
    if (!loaded.journey || loaded.diagnostics.count(jmap::Severity::error) > 0) std::abort();  // the format moved
    return jmap::make_report_view(*loaded.journey);
  }();
  return view;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jmap::RenderOptions options;
  options.template_text.assign(reinterpret_cast<const char*>(data), size);
  options.template_name = "fuzz.mustache";
  if (options.template_text.empty()) return 0;  // "" means the default template
  try {
    (void)jmap::render_html(report(), options);
  } catch (const jmap::TemplateError&) {
  }
  return 0;
}
