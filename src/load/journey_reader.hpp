// The format's vocabulary: yaml::Node -> model types, one reader per element.
#pragma once

#include "jmap/model.hpp"
#include "jmap/yaml_tree.hpp"

namespace jmap {

// A file of personas/touchpoints only, meant for `imports:` (no title, no stages).
bool is_catalogue(const yaml::Node& root);

// A journey file. Imports are listed, not resolved (imports.cpp does that).
Journey read_journey(const yaml::Node& root, const SourceFile& file, Diagnostics& diagnostics);

// The stages read while the file is parsed, each subtree dropped once read (load uses
// it: a large journey's tree and model would otherwise peak together). Their findings
// wait until the whole file has parsed: a file with a syntax error reports only that.
class StreamedStages {
 public:
  // What yaml::parse takes to hand over the items of `stages` as they are parsed.
  const yaml::ListReader& reader() const { return m_reader; }
  // The stages when they are the whole `stages` list of `stages_node`, else nothing.
  std::optional<std::vector<Stage>> take(const yaml::Node& stages_node, Diagnostics& diagnostics);

 private:
  std::vector<Stage> m_stages;
  Diagnostics m_findings;
  bool m_more_lists = false;  // `stages` written twice: the tree's first one is read
  yaml::ListReader m_reader{"stages", [this](std::size_t index, yaml::Node&& item) { add(index, item); }};
  void add(std::size_t index, const yaml::Node& item);
};

// A journey whose stages were streamed while it parsed.
Journey read_journey(const yaml::Node& root, const SourceFile& file, Diagnostics& diagnostics,
                     StreamedStages& stages);

// What an imported catalogue file holds.
struct Catalogue {
  std::vector<Persona> personas;
  std::vector<Touchpoint> touchpoints;
  TextList imports;
  std::optional<Scale> scale;  // shared by the journeys that import it and have none
};

Catalogue read_catalogue(const yaml::Node& root, Diagnostics& diagnostics);

}  // namespace jmap
