// The journey as a Markdown page for docs sites (GitHub, GitLab, MkDocs, Docusaurus):
// the report view's texts and numbers, as the HTML page shows them, in GFM tables.
// Every journey text goes through escape_markdown, so none of it becomes syntax; the
// page's own syntax is written here only.
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "jmap/render.hpp"
#include "util/escape.hpp"

namespace jmap {
namespace {

const std::string k_none = "\u2014";  // an empty cell, as the HTML page shows it

std::string md(std::string_view text) { return escape_markdown(text); }

std::string joined(const std::vector<std::string>& parts, std::string_view separator = "; ") {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : std::string(separator)) + part;
  return out.empty() ? k_none : out;
}

// A GFM table: a header row, its separator and a row per entry, cells already escaped.
class Table {
 public:
  explicit Table(std::vector<std::string> header) : m_header(std::move(header)) {}
  void add(std::vector<std::string> row) { m_rows.push_back(std::move(row)); }
  std::string text() const {
    std::string out = row(m_header);
    out += row(std::vector<std::string>(m_header.size(), "---"));
    for (const std::vector<std::string>& r : m_rows) out += row(r);
    return out + "\n";
  }

 private:
  static std::string row(const std::vector<std::string>& cells) {
    std::string out = "|";
    for (const std::string& cell : cells) out += " " + (cell.empty() ? k_none : cell) + " |";
    return out + "\n";
  }
  std::vector<std::string> m_header;
  std::vector<std::vector<std::string>> m_rows;
};

class MarkdownPage {
 public:
  MarkdownPage(const ReportView& report, const RenderOptions& options) : m_report(report), m_options(options) {}
  std::string text();

 private:
  void header();
  void personas();
  void stage(const ReportStage& stage);
  std::vector<std::string> step_row(const ReportStep& step) const;
  std::string emotion_for(const ReportStep& step, const std::string& persona) const;
  void evidence(const ReportStage& stage);
  void evidence_items(const std::string& label, const std::vector<ReportEvidence>& items);
  void kpis();
  void history();
  void touchpoints();
  void list(const std::string& label, const std::vector<std::string>& items);

  const ReportView& m_report;
  const RenderOptions& m_options;
  std::string m_out;
};

// " ▲ from 86.2% (improving), as of 2026-06-30": where a --data actual stands.
std::string actual_note(const ReportKpi& kpi) {
  std::string note;
  if (kpi.trend) note = fmt::format(" {} from {} ({})", kpi.trend->arrow, md(kpi.trend->previous), kpi.trend->direction);
  if (kpi.as_of) note += (kpi.trend ? ", as of " : " (as of ") + *kpi.as_of + (kpi.trend ? "" : ")");
  return note;
}

// A link to another journey's page.
std::string link_to(const std::string& text, const std::string& href) {
  return fmt::format("[{}]({})", md(text), escape_markdown_url(href));
}

std::string pain_text(const ReportPain& pain) {
  std::string out = fmt::format("{} {} ({})", pain.number, md(pain.text), md(pain.severity));
  for (const ReportCrossLink& by : pain.addressed_elsewhere)
    out += fmt::format(", addressed by {} in {}", link_to(by.text, by.href), md(by.journey));
  return out;
}

std::string pain_ref(const ReportPainRef& pain) {
  if (!pain.journey) return pain.number;
  return fmt::format("{} of {}", link_to(pain.number + " " + pain.text.value_or(""), pain.href), md(*pain.journey));
}

std::string opportunity_text(const ReportOpportunity& opportunity) {
  std::vector<std::string> numbers;
  for (const ReportPainRef& pain : opportunity.addresses) numbers.push_back(pain_ref(pain));
  if (numbers.empty()) return md(opportunity.text);
  return fmt::format("{} (addresses {})", md(opportunity.text), joined(numbers, ", "));
}

std::string touchpoint_text(const ReportTouchpoint& touchpoint) {
  return touchpoint.channel ? fmt::format("{} ({})", md(touchpoint.name), md(*touchpoint.channel)) : md(touchpoint.name);
}

void MarkdownPage::header() {
  const ReportHeader& header = m_report.header;
  m_out += "# " + md(header.title) + "\n\n";
  std::vector<std::string> facts{header.state_label, m_report.stage_count.text, m_report.step_count.text,
                                 m_report.persona_count.text, m_report.pain_count.text, m_report.opportunity_count.text};
  if (header.for_persona) facts.insert(facts.begin() + 1, "for " + md(header.for_persona->name));
  if (header.stages_shown) facts.insert(facts.begin() + 1, md(*header.stages_shown));
  m_out += "*" + joined(facts, " \u00B7 ") + "*\n\n";
  if (header.meta) m_out += md(*header.meta) + "\n\n";
  std::vector<std::string> related;
  for (const ReportJourneyLink& link : m_report.related)
    related.push_back(link_to(link.title, link.href) + (link.note ? " \u2014 " + md(*link.note) : ""));
  if (!related.empty()) m_out += "**Related journeys:** " + joined(related) + "\n\n";
  if (header.description) m_out += md(*header.description) + "\n\n";
  if (header.scope) {
    const ReportScope& scope = *header.scope;
    const std::pair<const char*, const OptionalText*> rows[] = {
        {"Product", &scope.product}, {"Goal", &scope.goal}, {"Team", &scope.team}, {"Value proposition", &scope.value_proposition}};
    for (const auto& [label, value] : rows)
      if (*value) m_out += fmt::format("- **{}:** {}\n", label, md(**value));
    m_out += "\n";
  }
  if (!m_options.image.empty())
    m_out += fmt::format("![Journey map: {}]({})\n\n", md(header.title), escape_markdown_url(m_options.image));
}

void MarkdownPage::personas() {
  if (m_report.personas.empty()) return;
  m_out += "## Personas\n\n";
  Table table({"Persona", "Description", "Goals", "Frustrations"});
  for (const ReportPersona& persona : m_report.personas) {
    std::vector<std::string> goals, frustrations;
    for (const std::string& goal : persona.goals) goals.push_back(md(goal));
    for (const std::string& frustration : persona.frustrations) frustrations.push_back(md(frustration));
    table.add({md(persona.name), persona.description ? md(*persona.description) : k_none, joined(goals), joined(frustrations)});
  }
  m_out += table.text();
}

// As the map's curve of that persona: a value written for the persona, else the step's
// one value when the persona takes the step; nothing where the curve has a gap.
std::string MarkdownPage::emotion_for(const ReportStep& step, const std::string& persona) const {
  if (!step.emotion) return k_none;
  for (const ReportPersonaEmotion& value : step.emotion->by_persona)
    if (value.persona == persona) return md(value.text);
  if (!step.emotion->by_persona.empty()) return k_none;
  bool takes = step.personas.empty() || std::find(step.personas.begin(), step.personas.end(), persona) != step.personas.end();
  return takes ? md(step.emotion->text) : k_none;
}

std::vector<std::string> MarkdownPage::step_row(const ReportStep& step) const {
  std::vector<std::string> touchpoints, pains, opportunities;
  for (const ReportTouchpoint& touchpoint : step.touchpoints) touchpoints.push_back(touchpoint_text(touchpoint));
  for (const ReportPain& pain : step.pains) pains.push_back(pain_text(pain));
  for (const ReportOpportunity& opportunity : step.opportunities) opportunities.push_back(opportunity_text(opportunity));
  std::string name = md(step.name) + (step.fail_point ? " (fail point)" : "");
  if (step.opens) name += " (\u21B3 opens " + link_to(step.opens->title, step.opens->href) + ")";
  std::vector<std::string> row{name, step.does ? md(*step.does) : k_none,
                               joined(touchpoints)};
  if (m_report.personas.empty()) row.push_back(step.emotion ? md(step.emotion->text) : k_none);
  for (const ReportPersona& persona : m_report.personas) row.push_back(emotion_for(step, persona.name));
  row.push_back(joined(pains));
  row.push_back(joined(opportunities));
  return row;
}

void MarkdownPage::list(const std::string& label, const std::vector<std::string>& items) {
  if (items.empty()) return;
  std::vector<std::string> escaped;
  for (const std::string& item : items) escaped.push_back(md(item));
  m_out += fmt::format("**{}:** {}\n\n", label, joined(escaped));
}

void MarkdownPage::stage(const ReportStage& stage) {
  m_out += fmt::format("## {}. {}\n\n", stage.number, md(stage.name));
  if (stage.objective) m_out += "**Objective:** " + md(*stage.objective) + "\n\n";
  list("Motivations", stage.motivations);
  list("Questions", stage.questions);
  list("Hurdles", stage.hurdles);
  if (stage.reached) m_out += "**Reached:** " + md(*stage.reached) + "\n\n";
  if (!stage.steps.empty()) {
    std::vector<std::string> header{"Step", "Does", "Touchpoints"};
    if (m_report.personas.empty()) header.push_back("Emotion");
    for (const ReportPersona& persona : m_report.personas) header.push_back("Emotion: " + md(persona.name));
    header.push_back("Pains");
    header.push_back("Opportunities");
    Table table(header);
    for (const ReportStep& step : stage.steps) table.add(step_row(step));
    m_out += table.text();
  }
  for (const ReportPain& pain : stage.own_pains) m_out += "- **Stage pain** " + pain_text(pain) + "\n";
  for (const ReportOpportunity& o : stage.own_opportunities) m_out += "- **Stage opportunity** " + opportunity_text(o) + "\n";
  if (!stage.own_pains.empty() || !stage.own_opportunities.empty()) m_out += "\n";
  evidence(stage);
}

// A quote as a blockquote with its source under it; a finding or a metric as a fact
// under its kind, as the map draws them.
void MarkdownPage::evidence_items(const std::string& label, const std::vector<ReportEvidence>& items) {
  if (items.empty()) return;
  m_out += "**" + label + "**\n\n";
  for (const ReportEvidence& item : items) {
    std::string cite = item.cite ? md(*item.cite) : "";
    if (item.quoted) {
      m_out += "> \u201C" + md(item.text) + "\u201D\n";
      if (!cite.empty()) m_out += ">\n> \u2014 " + cite + "\n";
    } else {
      std::string kind = item.kind == "metric" ? "Metric" : "Finding";
      m_out += fmt::format("- **{}:** {}{}\n", kind, md(item.text), cite.empty() ? "" : " (" + cite + ")");
    }
    m_out += "\n";
  }
}

void MarkdownPage::evidence(const ReportStage& stage) {
  bool any = false;
  for (const ReportPain& pain : stage.pains) any |= !pain.evidence.empty();
  for (const ReportStep& step : stage.steps) any |= !step.evidence.empty();
  if (!any) return;
  m_out += fmt::format("### Evidence: {}\n\n", md(stage.name));
  for (const ReportStep& step : stage.steps) {
    evidence_items(md(step.name), step.evidence);
    for (const ReportPain& pain : step.pains) evidence_items(pain_text(pain), pain.evidence);
  }
  for (const ReportPain& pain : stage.own_pains) evidence_items(pain_text(pain), pain.evidence);
}

void MarkdownPage::kpis() {
  if (!m_report.kpi_summary) return;
  m_out += "## KPIs\n\n" + md(m_report.kpi_summary->text) + "\n\n";
  Table table({"KPI", "Stage", "Target", "Actual", "Status", "Source"});
  for (const ReportStage& stage : m_report.stages)
    for (const ReportKpi& kpi : stage.kpis) {
      std::string mark = kpi.status == "met" ? "\u2713 " : kpi.status == "missed" ? "\u2717 " : "";
      table.add({md(kpi.name), md(stage.name), kpi.target ? kpi.comparison + "\u00A0" + md(*kpi.target) : k_none,
                 kpi.actual ? md(*kpi.actual) + actual_note(kpi) : k_none, mark + kpi.status_label,
                 kpi.source ? md(*kpi.source) : k_none});
    }
  m_out += table.text();
}

// The --data values, oldest first: each KPI's actuals, then each stage's reached count.
void MarkdownPage::history() {
  Table table({"Measure", "Stage", "Date", "Value"});
  bool any = false;
  for (const ReportStage& stage : m_report.stages) {
    for (const ReportKpi& kpi : stage.kpis)
      for (const ReportSample& sample : kpi.history) table.add({md(kpi.name), md(stage.name), sample.date, md(sample.value)}), any = true;
    for (const ReportSample& sample : stage.reached_history)
      table.add({"Reached", md(stage.name), sample.date, md(sample.value)}), any = true;
  }
  if (any) m_out += "## History\n\nThe values of the data file, oldest first; the latest is the one shown above.\n\n" + table.text();
}

void MarkdownPage::touchpoints() {
  if (m_report.touchpoints.empty()) return;
  m_out += "## Touchpoints\n\n";
  Table table({"Touchpoint", "Kind", "Channel", "Owner", "Steps"});
  for (const ReportCatalogueEntry& entry : m_report.touchpoints) {
    const ReportTouchpoint& touchpoint = entry.touchpoint;
    std::vector<std::string> steps;
    for (const ReportLink& step : entry.steps) steps.push_back(md(step.text));
    table.add({md(touchpoint.name), md(touchpoint.kind), touchpoint.channel ? md(*touchpoint.channel) : k_none,
               touchpoint.owner ? md(*touchpoint.owner) : k_none, joined(steps)});
  }
  m_out += table.text();
}

std::string MarkdownPage::text() {
  header();
  personas();
  for (const ReportStage& s : m_report.stages) stage(s);
  kpis();
  history();
  touchpoints();
  while (m_out.size() > 1 && m_out.ends_with("\n\n")) m_out.pop_back();
  return m_out;
}

}  // namespace

std::string render_markdown(const ReportView& report, const RenderOptions& options) {
  return MarkdownPage(report, options).text();
}

}  // namespace jmap
