// An imported journey as a format-v1 file. Every text is a double-quoted YAML scalar, so
// no name can become YAML syntax (a `#` comment, a `: ` key, `- `, a tag, `yes` read as a
// boolean); ids are slugs, plain unless YAML would read one as a number.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "jmap/import.hpp"
#include "util/utf8.hpp"

namespace jmap {
namespace {

// The lint rules a Mermaid journey cannot satisfy: it has no objectives and no touchpoints.
constexpr std::string_view k_header =
    "# Imported from {} by jmap import mermaid.\n"
    "# Mermaid has no stage objectives or touchpoints: add them, then drop the line below.\n"
    "# jmap-disable-file {} -- not in the Mermaid source\n";

std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = std::max<std::size_t>(1, utf8_sequence_length(static_cast<unsigned char>(text[i])));
    char32_t c = utf8_decode(text, i, length);
    if (c == '"' || c == '\\') out += fmt::format("\\{}", static_cast<char>(c));
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7F) out += fmt::format("\\x{:02X}", static_cast<unsigned>(c));
    else if (c == 0x85 || c == 0x2028 || c == 0x2029 || (c >= 0x80 && c < 0xA0)) out += fmt::format("\\u{:04X}", static_cast<unsigned>(c));
    else out.append(text.substr(i, length));
    i += length;
  }
  return out + "\"";
}

std::string id_text(const std::string& id) {
  bool digits_only = std::all_of(id.begin(), id.end(), [](unsigned char c) { return std::isdigit(c) || c == '-' || c == '_'; });
  return digits_only ? quoted(id) : id;
}

std::string number_text(double value) { return fmt::format("{}", value); }

void write_emotion(std::string& out, const ImportedStep& step) {
  if (step.emotions.size() == 1 && step.emotions.front().first.empty()) {
    out += fmt::format("        emotion: {}\n", number_text(step.emotions.front().second));
    return;
  }
  out += "        emotion:\n";
  for (const auto& [persona, value] : step.emotions) out += fmt::format("          {}: {}\n", id_text(persona), number_text(value));
}

void write_step(std::string& out, const ImportedStep& step) {
  out += fmt::format("      - id: {}\n        name: {}\n", id_text(step.id), quoted(step.name));
  if (!step.personas.empty()) {
    std::vector<std::string> ids;
    for (const std::string& id : step.personas) ids.push_back(id_text(id));
    out += fmt::format("        personas: [{}]\n", fmt::join(ids, ", "));
  }
  write_emotion(out, step);
}

// The file it came from, on one comment line.
std::string comment_text(std::string_view text) {
  std::string out(text);
  std::replace_if(out.begin(), out.end(), [](unsigned char c) { return c < 0x20 || c == 0x7F; }, '?');
  return out;
}

std::string suppressed_rules(const ImportedJourney& journey) {
  bool any_step = std::any_of(journey.stages.begin(), journey.stages.end(), [](const auto& s) { return !s.steps.empty(); });
  return any_step ? "stage-without-objective, stage-without-touchpoints" : "stage-without-objective";
}

}  // namespace

std::string write_journey_yaml(const ImportedJourney& journey) {
  std::string out;
  if (!journey.stages.empty())
    out += fmt::format(fmt::runtime(k_header), comment_text(journey.source), suppressed_rules(journey));
  out += fmt::format("jmap: 1\ntitle: {}\n", quoted(journey.title));
  if (!journey.description.empty()) out += fmt::format("description: {}\n", quoted(journey.description));
  if (!journey.personas.empty()) out += "\npersonas:\n";
  for (const ImportedPersona& persona : journey.personas)
    out += fmt::format("  - id: {}\n    name: {}\n", id_text(persona.id), quoted(persona.name));
  out += "\nstages:\n";
  for (const ImportedStage& stage : journey.stages) {
    out += fmt::format("  - id: {}\n    name: {}\n", id_text(stage.id), quoted(stage.name));
    if (!stage.steps.empty()) out += "    steps:\n";
    for (const ImportedStep& step : stage.steps) write_step(out, step);
  }
  return out;
}

}  // namespace jmap
