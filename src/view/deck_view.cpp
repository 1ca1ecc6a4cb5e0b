// The deck view (`-o deck.pptx`): the title slide's text, the whole picture, and one
// slide per stage, its picture cut as `--stages` cuts it and its facts in the notes.
// The notes' texts (KPI figures and status, pain numbers) are the report view's, so a
// deck says what the page says.
#include "jmap/deck_view.hpp"

#include <fmt/format.h>

#include "report_parts.hpp"
#include "util/iso_date.hpp"

namespace jmap {
namespace {

std::vector<DeckParagraph> title_subtitle(const Journey& journey, const ViewOptions& options) {
  std::vector<DeckParagraph> out;
  if (journey.description.present) out.push_back({journey.description.value});
  const Scope& scope = journey.scope;
  auto labelled = [&](const char* label, const Text& text) {
    if (text.present) out.push_back({fmt::format("{}: {}", label, text.value)});
  };
  labelled("Product", scope.product);
  labelled("Customer goal", scope.goal);
  labelled("Team", scope.team);
  labelled("Value proposition", scope.value_proposition);
  bool future = journey.state.present && journey.state.value == "future";
  std::string meta = future ? "Future state" : "Current state";
  if (const Persona* persona = find_persona(journey, options.persona)) meta += " \u00B7 As lived by " + persona->name.value;
  if (journey.shown) meta += " \u00B7 " + shown_stages_text(journey);
  out.push_back({meta});
  return out;
}

// "Wait at the desk: Actual 25 min · Target ≤ 15 min · Missed"
std::string kpi_note(const ReportKpi& kpi) {
  std::string text = kpi.name.empty() ? kpi.id : kpi.name;
  text += ": " + (kpi.figures ? *kpi.figures + " \u00B7 " : std::string()) + kpi.status_label;
  return text;
}

// "P3 (high) · Waits at the desk: The queue is long"; a stage's own pain names no step.
std::string pain_note(const ReportPain& pain) {
  std::string where = pain.step ? " \u00B7 " + *pain.step : std::string();
  return fmt::format("{} ({}){}: {}", pain.number, pain.severity, where, pain.text);
}

std::vector<DeckParagraph> stage_notes(const ReportStage& stage, std::size_t total) {
  std::vector<DeckParagraph> out;
  out.push_back({fmt::format("Stage {} of {}: {}", stage.number, total, stage.name)});
  if (stage.objective) out.push_back({"Objective: " + *stage.objective});
  if (!stage.kpis.empty()) out.push_back({"KPIs"});
  for (const ReportKpi& kpi : stage.kpis) out.push_back({kpi_note(kpi), true});
  if (!stage.pains.empty()) out.push_back({"Pain points"});
  for (const ReportPain& pain : stage.pains) out.push_back({pain_note(pain), true});
  return out;
}

DeckProperties properties(const Journey& journey) {
  DeckProperties out;
  out.creator = journey.owner.present && !journey.owner.value.empty() ? journey.owner.value : "jmap";
  if (journey.description.present) out.description = journey.description.value;
  for (const Text& tag : journey.tags) out.keywords.push_back(tag.value);
  if (journey.updated.present && parse_iso_date(journey.updated.value)) out.updated = journey.updated.value;
  return out;
}

DeckSlide overview_slide(const Journey& journey, const ViewOptions& options) {
  DeckSlide slide;
  slide.title = std::string(view_info(options.kind).title);
  slide.picture = make_picture(journey, options);
  slide.notes.push_back({slide.picture.label.description});
  return slide;
}

}  // namespace

DeckView make_deck_view(const Journey& journey, const ViewOptions& options) {
  DeckView deck;
  deck.title = journey.title.value;
  deck.subtitle = title_subtitle(journey, options);
  deck.properties = properties(journey);
  deck.slides.push_back(overview_slide(journey, options));
  std::vector<ReportStage> stages = report::report_stages(journey, report::make_links(journey));
  std::size_t total = journey.shown ? journey.shown->total : journey.stages.size();
  ViewOptions stage_options = options;
  stage_options.heading = false;  // the slide's title names the stage
  for (std::size_t i = 0; i < journey.stages.size(); ++i) {
    DeckSlide slide;
    slide.title = journey.stages[i].name.value;
    slide.picture = make_picture(journey_for_stages(journey, i, i), stage_options);
    slide.notes = stage_notes(stages[i], total);
    deck.slides.push_back(std::move(slide));
  }
  return deck;
}

}  // namespace jmap
