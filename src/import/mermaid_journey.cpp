// A Mermaid journey in jmap's vocabulary. Mermaid's scores are already 1-5, the default
// scale, so a score is the emotion as it is. `build -o x.mmd` writes a step whose personas
// feel differently as one task line per score; consecutive tasks of one name whose actors
// do not overlap are read back as that one step.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include "jmap/import.hpp"
#include "jmap/rules.hpp"

namespace jmap {
namespace {

// Ids unique within one kind: "make-tea", "make-tea-2".
class IdMaker {
 public:
  explicit IdMaker(std::string fallback) : m_fallback(std::move(fallback)) {}
  std::string make(std::string_view name) {
    std::string base = slug(name);
    if (base.empty()) base = fmt::format("{}-{}", m_fallback, m_taken.size() + 1);
    std::string id = base;
    for (int n = 2; m_taken.count(id); ++n) id = fmt::format("{}-{}", base, n);
    m_taken.insert(id);
    return id;
  }

 private:
  std::string m_fallback;
  std::set<std::string> m_taken;
};

void warn(Diagnostics& findings, const Span& where, std::string message, std::string hint = {}) {
  findings.report(rules::mermaid, where, std::move(message), std::move(hint)).severity = Severity::warning;
}

bool shares_an_actor(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

// The tasks of a section grouped into steps: a run of one name, each with actors none of
// the others has, is one step.
std::vector<std::vector<const MermaidTask*>> group_tasks(const MermaidSection& section) {
  std::vector<std::vector<const MermaidTask*>> steps;
  std::vector<std::string> actors_so_far;
  for (const MermaidTask& task : section.tasks) {
    bool joins = !steps.empty() && steps.back().front()->name == task.name && !task.actors.empty() &&
                 !steps.back().front()->actors.empty() && !shares_an_actor(actors_so_far, task.actors);
    if (!joins) {
      steps.emplace_back();
      actors_so_far.clear();
    }
    steps.back().push_back(&task);
    actors_so_far.insert(actors_so_far.end(), task.actors.begin(), task.actors.end());
  }
  return steps;
}

class Mapper {
 public:
  Mapper(const MermaidJourney& mermaid, Diagnostics& findings) : m_mermaid(mermaid), m_findings(findings) {}

  ImportedJourney map(const std::string& source_name) {
    ImportedJourney out;
    out.source = source_name;
    out.title = title(source_name);
    out.description = m_mermaid.acc_descr;
    for (const MermaidSection& section : m_mermaid.sections)
      for (const MermaidTask& task : section.tasks)
        for (const std::string& actor : task.actors) persona_id(actor);
    out.personas = m_personas;
    for (const MermaidSection& section : m_mermaid.sections) out.stages.push_back(stage(section));
    return out;
  }

 private:
  const MermaidJourney& m_mermaid;
  Diagnostics& m_findings;
  std::vector<ImportedPersona> m_personas;
  IdMaker m_persona_ids{"persona"}, m_stage_ids{"stage"}, m_step_ids{"step"};

  std::string title(const std::string& source_name) {
    if (!m_mermaid.acc_title.empty() && !m_mermaid.title.empty() && m_mermaid.acc_title != m_mermaid.title)
      warn(m_findings, m_mermaid.acc_title_span, "the accessible title differs from the title; jmap has one title, the title",
           "a map's title is also what a screen reader announces");
    if (!m_mermaid.title.empty()) return m_mermaid.title;
    if (!m_mermaid.acc_title.empty()) return m_mermaid.acc_title;
    std::string stem = std::filesystem::path(source_name).stem().string();
    warn(m_findings, Span{}, fmt::format("no title: the journey is titled '{}' after the file", stem));
    return stem;
  }

  std::string persona_id(const std::string& name) {
    for (const ImportedPersona& persona : m_personas)
      if (persona.name == name) return persona.id;
    m_personas.push_back(ImportedPersona{m_persona_ids.make(name), name});
    return m_personas.back().id;
  }

  ImportedStage stage(const MermaidSection& section) {
    ImportedStage out{m_stage_ids.make(section.name), section.name, {}};
    if (section.tasks.empty())
      warn(m_findings, section.span, fmt::format("section '{}' has no tasks: its stage has no steps", section.name),
           "add the customer's steps to the stage, or remove it");
    for (const auto& tasks : group_tasks(section)) out.steps.push_back(step(tasks));
    return out;
  }

  ImportedStep step(const std::vector<const MermaidTask*>& tasks) {
    ImportedStep out{m_step_ids.make(tasks.front()->name), tasks.front()->name, {}, {}};
    std::set<std::string> actors;
    for (const MermaidTask* task : tasks)
      for (const std::string& actor : task->actors) {
        out.personas.push_back(persona_id(actor));
        actors.insert(actor);
        if (tasks.size() > 1) out.emotions.emplace_back(out.personas.back(), task->score);
      }
    if (tasks.size() == 1) out.emotions.emplace_back("", tasks.front()->score);
    if (actors.size() == m_personas.size()) out.personas.clear();  // everyone: the default
    return out;
  }
};

}  // namespace

std::string slug(std::string_view name) {
  std::string out;
  for (unsigned char c : name) {
    if (std::isalnum(c) && c < 0x80) out += static_cast<char>(std::tolower(c));
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

ImportedJourney journey_from_mermaid(const MermaidJourney& mermaid, const std::string& source_name, Diagnostics& findings) {
  return Mapper(mermaid, findings).map(source_name);
}

}  // namespace jmap
