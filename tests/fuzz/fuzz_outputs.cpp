// Fuzz target: bytes -> a loaded, valid journey -> every row of the format table, as
// `jmap build` makes it (every view in every theme for the pictures, each persona's
// map), plus the source carried in SVG and PNG. Graphviz lays out and draws only
// journeys of up to 12 steps (SVG, HTML), so one input stays in milliseconds.
// Left out: PNG and PDF (cairo and pango are not our code, and slow) and Graphviz's
// layout of large inputs (the flow's `dot` layout is super-linear; issue 12's edge
// budget bounds it, tests/cli/test_views_at_size.sh checks it at size).
#include <cstdlib>
#include <string_view>

#include "fuzz_support.hpp"
#include "jmap/model_view.hpp"
#include "jmap/render.hpp"
#include "jmap/report_view.hpp"
#include "jmap/view.hpp"

namespace {

constexpr std::size_t k_max_steps_for_graphviz = 12;

std::size_t step_count(const jmap::Journey& journey) {
  std::size_t steps = 0;
  for (const jmap::Stage& stage : journey.stages) steps += stage.steps.size();
  return steps;
}

bool needs_graphviz(std::string_view format) { return format == "svg" || format == "html"; }
bool needs_cairo(std::string_view format) { return format == "png" || format == "pdf" || format == "pptx"; }

void write_picture_format(const jmap::OutputFormat& format, const jmap::Journey& journey,
                          const jmap::RenderOptions& options) {
  for (const jmap::ViewInfo& view : jmap::view_table())
    for (const jmap::ThemeInfo& theme : jmap::theme_table()) {
      if (format.name == "svg" && theme.name != "default") continue;  // the themes differ only in DOT colours
      jmap::ViewOptions view_options;
      view_options.kind = view.kind;
      view_options.theme = std::string(theme.name);
      jmap::RenderInput input;
      input.picture = jmap::make_picture(journey, view_options);
      (void)format.write(input, options);
    }
}

void write_every_format(const jmap::Journey& journey, bool with_graphviz) {
  jmap::RenderOptions options;
  options.source = std::string("jmap: 1\ntitle: carried ]]> -- &amp;\n");
  options.image = "map.svg";
  for (const jmap::OutputFormat& format : jmap::output_formats()) {
    if (needs_cairo(format.name) || (needs_graphviz(format.name) && !with_graphviz)) continue;
    if (format.picture) {
      write_picture_format(format, journey, options);
      continue;
    }
    jmap::RenderInput input;
    if (format.report) input.report = jmap::make_report_view(journey);
    if (format.model) input.model = jmap::make_model_view(journey);
    (void)format.write(input, options);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jmap::fuzz::Loaded loaded;
  jmap::fuzz::load(data, size, loaded);
  // `build` refuses a journey with errors; the views only ever see a valid one.
  if (!loaded.journey || loaded.diagnostics.count(jmap::Severity::error) > 0) return 0;
  const jmap::Journey& journey = *loaded.journey;
  try {
    write_every_format(journey, step_count(journey) <= k_max_steps_for_graphviz);
    for (const jmap::Persona& persona : journey.personas) {  // --persona ID
      jmap::ViewOptions options;
      options.persona = persona.id.value;
      (void)jmap::picture_dot(jmap::make_picture(jmap::journey_for_persona(journey, persona.id.value), options));
    }
  } catch (const jmap::RenderError&) {
    // Graphviz refusing a picture is a reported error, not a crash.
  }
  return 0;
}
