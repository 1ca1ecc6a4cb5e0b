// Fuzz target: bytes -> a loaded journey -> every view in every theme as DOT, each
// persona's view, the report view; Graphviz's SVG and the HTML page for small journeys.
// Left out: Graphviz's layout of large inputs (the flow's `dot` layout is super-linear,
// issue 12's budgets bound it, and Graphviz is not our code to fuzz) and PNG/PDF (cairo).
#include <cstdlib>

#include "fuzz_support.hpp"
#include "jmap/render.hpp"
#include "jmap/report_view.hpp"
#include "jmap/view.hpp"

namespace {

// Small enough that a layout by Graphviz stays in milliseconds.
constexpr std::size_t k_max_steps_for_graphviz = 12;

std::size_t step_count(const jmap::Journey& journey) {
  std::size_t steps = 0;
  for (const jmap::Stage& stage : journey.stages) steps += stage.steps.size();
  return steps;
}

void draw_every_view(const jmap::Journey& journey, bool with_graphviz) {
  for (const jmap::ViewInfo& view : jmap::view_table())
    for (const jmap::ThemeInfo& theme : jmap::theme_table()) {
      jmap::ViewOptions options;
      options.kind = view.kind;
      options.theme = std::string(theme.name);
      jmap::Picture picture = jmap::make_picture(journey, options);
      (void)jmap::picture_dot(picture);
      if (with_graphviz && theme.name == "default") (void)jmap::render_picture(picture, "svg");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jmap::fuzz::Loaded loaded;
  jmap::fuzz::load(data, size, loaded);
  // `build` refuses a journey with errors; the views only ever see a valid one.
  if (!loaded.journey || loaded.diagnostics.count(jmap::Severity::error) > 0) return 0;
  const jmap::Journey& journey = *loaded.journey;
  bool small = step_count(journey) <= k_max_steps_for_graphviz;
  try {
    draw_every_view(journey, small);
    for (const jmap::Persona& persona : journey.personas) {  // --persona ID
      jmap::Journey one = jmap::journey_for_persona(journey, persona.id.value);
      jmap::ViewOptions options;
      options.persona = persona.id.value;
      (void)jmap::picture_dot(jmap::make_picture(one, options));
    }
    jmap::ReportView report = jmap::make_report_view(journey);
    if (small) (void)jmap::render_html(report, jmap::RenderOptions{});
  } catch (const jmap::RenderError&) {
    // Graphviz refusing a picture (too large for cairo) is a reported error, not a crash.
  }
  return 0;
}
