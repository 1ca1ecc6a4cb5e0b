// Import: another tool's journey -> a format-v1 journey file (src/import). Today Mermaid's
// `journey` diagram: read (with positions), mapped onto jmap's vocabulary, written as YAML.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "jmap/diagnostic.hpp"
#include "jmap/source.hpp"

namespace jmap {

// A Mermaid journey as written: text already decoded from Mermaid's entity codes.
struct MermaidTask {
  std::string name;
  double score = 0;  // 1-5
  std::vector<std::string> actors;
  Span span;
};

struct MermaidSection {
  std::string name;
  std::vector<MermaidTask> tasks;
  Span span;
};

struct MermaidJourney {
  std::string title, acc_title, acc_descr;
  Span title_span, acc_title_span;
  std::vector<MermaidSection> sections;
};

// Parses a Mermaid journey diagram. What Mermaid would refuse (not a journey, a score off
// 1-5 or not a number, a task before any section, a stray ';') is an error and gives
// nothing; what jmap cannot keep (directives, front matter keys) is a warning.
std::optional<MermaidJourney> read_mermaid_journey(const SourceFile& file, Diagnostics& findings);

// The journey in jmap's vocabulary, ready to write: ids made from the names.
struct ImportedStep {
  std::string id, name;
  std::vector<std::string> personas;  // ids; empty: every persona
  std::vector<std::pair<std::string, double>> emotions;  // persona id -> value; one entry with "" for all
};

struct ImportedStage {
  std::string id, name;
  std::vector<ImportedStep> steps;
};

struct ImportedPersona {
  std::string id, name;
};

struct ImportedJourney {
  std::string source;  // the file it came from, for the header comment
  std::string title, description;
  std::vector<ImportedPersona> personas;
  std::vector<ImportedStage> stages;
};

// Sections -> stages, tasks -> steps (consecutive tasks of one name with different actors
// are one step with an emotion per persona: what `build -o x.mmd` writes for one), scores
// -> emotions on the default 1-5 scale, actors -> personas.
ImportedJourney journey_from_mermaid(const MermaidJourney& mermaid, const std::string& source_name,
                                     Diagnostics& findings);

// The journey as a format-v1 YAML file; every text double-quoted.
std::string write_journey_yaml(const ImportedJourney& journey);

// "My working day!" -> "my-working-day": lowercase ASCII letters and digits, '-' between.
std::string slug(std::string_view name);

}  // namespace jmap
