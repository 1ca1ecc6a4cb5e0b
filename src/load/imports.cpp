#include "imports.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "jmap/rules.hpp"
#include "journey_reader.hpp"
#include "jmap/yaml_tree.hpp"
#include "util/paths.hpp"

namespace fs = std::filesystem;

namespace jmap {


ImportResolver::ImportResolver(fs::path root, const LoadLimits& limits, SourceSet& sources,
                               Diagnostics& diagnostics, std::vector<fs::path>* files_read)
    : m_root(fs::weakly_canonical(root)),
      m_limits(limits),
      m_sources(sources),
      m_diagnostics(diagnostics),
      m_files_read(files_read) {}

void ImportResolver::resolve(const SourceFile& importer, const TextList& imports, Journey& journey) {
  std::error_code ec;
  fs::path self = fs::weakly_canonical(importer.path, ec);
  if (m_chain.empty()) m_loaded.insert(self);
  m_chain.push_back(self);
  for (const Text& import : imports) resolve_one(importer, import, journey);
  m_chain.pop_back();
}

void ImportResolver::resolve_one(const SourceFile& importer, const Text& import, Journey& journey) {
  const std::string& written = import.value;
  if (fs::path(written).is_absolute()) {
    m_diagnostics.report(rules::import_outside_root, import.span,
                         fmt::format("import '{}' is an absolute path", written),
                         "write the path relative to the importing file, inside the project root");
    return;
  }
  fs::path display = (fs::path(importer.path).parent_path() / written).lexically_normal();
  std::error_code ec;
  fs::path importer_dir = fs::weakly_canonical(importer.path, ec).parent_path();
  fs::path target = (importer_dir / written).lexically_normal();
  if (!is_inside(target, m_root)) {
    m_diagnostics.report(rules::import_outside_root, import.span,
                         fmt::format("import '{}' climbs above the project root", written),
                         "keep imports inside the root: the nearest directory holding .jmap.yaml or .git, or --root");
    return;
  }
  if (!fs::exists(target, ec)) {
    m_diagnostics.report(rules::import_missing, import.span, fmt::format("imported file '{}' does not exist", display.string()),
                         "check the path; it is relative to the importing file");
    return;
  }
  fs::path canonical = fs::weakly_canonical(target, ec);
  if (!is_inside(canonical, m_root)) {  // a symbolic link that leads out of the root
    m_diagnostics.report(rules::import_outside_root, import.span,
                         fmt::format("import '{}' leads outside the project root through a symbolic link", written));
    return;
  }
  if (std::find(m_chain.begin(), m_chain.end(), canonical) != m_chain.end()) {
    m_diagnostics.report(rules::import_cycle, import.span,
                         fmt::format("import '{}' forms a cycle: it is already being imported", written),
                         "remove one of the imports in the cycle");
    return;
  }
  if (m_loaded.contains(canonical)) return;  // loaded through another path already
  if (m_loaded.size() > m_limits.max_imports) {  // m_loaded holds the importing journey too
    m_diagnostics.report(rules::too_large, import.span,
                         fmt::format("import '{}' is one file too many: the limit max_imports is {} imported files",
                                     written, m_limits.max_imports),
                         "merge small catalogues into one file; or " + raise_hint(&LoadLimits::max_imports));
    return;
  }
  m_loaded.insert(canonical);
  if (m_files_read) m_files_read->push_back(display);

  ReadResult read = read_file(target, m_limits.max_file_bytes);
  if (!read.error.empty()) {
    m_diagnostics.report(read.too_large ? rules::too_large : rules::import_missing, import.span,
                         fmt::format("cannot read imported file '{}': {}", display.string(), read.error),
                         read.too_large ? raise_hint(&LoadLimits::max_file_bytes) : std::string());
    return;
  }
  const SourceFile& file = m_sources.add(display.string(), std::move(read.text));
  std::optional<yaml::Node> root = yaml::parse(file, m_limits, m_diagnostics);
  if (!root) return;
  Catalogue catalogue = read_catalogue(*root, m_diagnostics);
  if (catalogue.scale && !journey.scale.span.known()) journey.scale = std::move(*catalogue.scale);  // the first one wins
  for (Persona& persona : catalogue.personas) {
    persona.imported = true;
    journey.personas.push_back(std::move(persona));
  }
  for (Touchpoint& touchpoint : catalogue.touchpoints) {
    touchpoint.imported = true;
    journey.touchpoints.push_back(std::move(touchpoint));
  }
  resolve(file, catalogue.imports, journey);
}

}  // namespace jmap
