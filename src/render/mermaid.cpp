// The journey as a Mermaid `journey` diagram: a section per stage, a task per step, the
// personas as actors. Mermaid's score is 1-5; the report view's emotion `level` is the
// journey's scale mapped onto exactly that (1 + round(4 * (value - min) / (max - min))).
// A step whose personas feel differently is one task line per distinct score, each with
// the actors that gave it, so `jmap import mermaid` gets every persona's value back.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "jmap/render.hpp"
#include "util/utf8.hpp"

namespace jmap {
namespace {

// A step without an emotion still needs a score: the middle of Mermaid's scale.
constexpr int k_neutral_score = 3;

// Mermaid's lexer reads a line that starts with one of these words as that statement.
constexpr std::array<std::string_view, 5> k_keywords{"journey", "title", "section", "acctitle", "accdescr"};

bool starts_with_keyword(std::string_view text) {
  for (std::string_view word : k_keywords) {
    if (text.size() < word.size()) continue;
    bool same = std::equal(word.begin(), word.end(), text.begin(),
                           [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); });
    if (same) return true;
  }
  return false;
}

std::string entity(unsigned char c) { return fmt::format("#{};", static_cast<int>(c)); }

// DEL, a C1 control (two bytes, C2 80..9F) or U+2028/U+2029 (E2 80 A8/A9) at `i`: the
// code point, else 0. JavaScript reads U+2028/U+2029 as line ends, so Mermaid's lexer
// would break the statement there; the controls are kept out of every output.
char32_t raw_control_at(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t at) { return at < text.size() ? static_cast<unsigned char>(text[at]) : 0u; };
  if (byte(i) == 0x7F) return 0x7F;
  if (is_c1_at(text, i)) return byte(i + 1);
  if (byte(i) == 0xE2 && byte(i + 1) == 0x80 && (byte(i + 2) == 0xA8 || byte(i + 2) == 0xA9)) return 0x2000 + byte(i + 2);
  return 0;
}

// Where a text goes: `:` ends a task name or a section (not a title), `,` splits actors.
enum class Place { heading, name, actor };

// `;` `#` and a line break end any statement, `<br>` breaks a line, `%%` at the start is
// a comment, and `:` or `,` where the place reads them: each becomes a Mermaid entity
// code (`#58;`), which Mermaid turns back into the character in the SVG.
std::string escape_mermaid(std::string_view text, Place place = Place::name) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (char32_t control = raw_control_at(text, i)) {
      out += fmt::format("#{};", static_cast<std::uint32_t>(control));
      i += control == 0x7F ? 0 : control < 0x100 ? 1 : 2;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool special = c < 0x20 || c == ';' || c == '#' || c == '<' || c == '>' ||
                   (c == ':' && place != Place::heading) || (c == ',' && place == Place::actor) ||
                   (i == 0 && (c == '%' || c == ' ' || (place == Place::name && starts_with_keyword(text))));
    if (special || (i + 1 == text.size() && c == ' ')) out += entity(c);
    else out += static_cast<char>(c);
  }
  return out;
}

using ActorOrder = std::map<std::string, std::size_t>;  // persona name -> place in the journey

std::size_t place(const ActorOrder& order, const std::string& name) {
  auto found = order.find(name);
  return found == order.end() ? order.size() : found->second;
}

void sort_actors(std::vector<std::string>& names, const ActorOrder& order) {
  std::stable_sort(names.begin(), names.end(),
                   [&](const auto& a, const auto& b) { return place(order, a) < place(order, b); });
}

std::string task_line(const std::string& name, int score, std::vector<std::string> actors, const ActorOrder& order) {
  sort_actors(actors, order);
  std::string line = fmt::format("    {}: {}", escape_mermaid(name), score);
  for (std::size_t i = 0; i < actors.size(); ++i) line += (i == 0 ? ": " : ", ") + escape_mermaid(actors[i], Place::actor);
  return line + "\n";
}

// Per-persona values: one line per distinct score, in the order of the journey's personas.
std::string split_task_lines(const ReportStep& step, const ActorOrder& order) {
  std::vector<ReportPersonaEmotion> values = step.emotion->by_persona;
  std::stable_sort(values.begin(), values.end(),
                   [&](const auto& a, const auto& b) { return place(order, a.persona) < place(order, b.persona); });
  std::vector<std::pair<int, std::vector<std::string>>> groups;
  for (const ReportPersonaEmotion& value : values) {
    auto group = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == value.level; });
    if (group == groups.end()) groups.push_back({value.level, {value.persona}});
    else group->second.push_back(value.persona);
  }
  std::string out;
  for (const auto& [score, actors] : groups) out += task_line(step.name, score, actors, order);
  return out;
}

std::string step_lines(const ReportStep& step, const ReportView& report, const ActorOrder& order) {
  if (step.emotion && !step.emotion->by_persona.empty()) return split_task_lines(step, order);
  std::vector<std::string> actors = step.personas;
  if (actors.empty())
    for (const ReportPersona& persona : report.personas) actors.push_back(persona.name);
  int score = step.emotion ? step.emotion->level : k_neutral_score;
  return task_line(step.name, score, actors, order);
}

std::string description(const ReportView& report) {
  if (report.header.description) return *report.header.description;
  return fmt::format("Customer journey: {}, {}", report.stage_count.text, report.step_count.text);
}

}  // namespace

Rendered render_mermaid(const ReportView& report) {
  Rendered out;
  ActorOrder order;
  for (const ReportPersona& persona : report.personas) order.emplace(persona.name, order.size());
  out.bytes = "journey\n";
  out.bytes += fmt::format("  title {}\n", escape_mermaid(report.header.title, Place::heading));
  out.bytes += fmt::format("  accTitle: {}\n", escape_mermaid(report.header.title, Place::heading));
  out.bytes += fmt::format("  accDescr: {}\n", escape_mermaid(description(report), Place::heading));
  std::size_t without_emotion = 0;
  for (const ReportStage& stage : report.stages) {
    out.bytes += fmt::format("  section {}\n", escape_mermaid(stage.name));
    for (const ReportStep& step : stage.steps) {
      out.bytes += step_lines(step, report, order);
      if (!step.emotion) ++without_emotion;
    }
  }
  if (without_emotion > 0)
    out.warnings.push_back(fmt::format("{} step{} without an emotion shown with the neutral score {}", without_emotion,
                                       without_emotion == 1 ? "" : "s", k_neutral_score));
  return out;
}

}  // namespace jmap
