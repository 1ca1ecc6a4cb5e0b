// Resolves `imports:` inside the project root: no absolute paths, no climbing above
// the root (also through symbolic links), cycles and missing files reported.
#pragma once

#include <filesystem>
#include <set>
#include <vector>

#include "jmap/load.hpp"
#include "util/read_file.hpp"

namespace jmap {

class ImportResolver {
 public:
  ImportResolver(std::filesystem::path root, const LoadLimits& limits, SourceSet& sources,
                 Diagnostics& diagnostics, std::vector<std::filesystem::path>* files_read = nullptr);

  // Loads every import of `importer` (recursively) and appends their personas and
  // touchpoints to `journey`, marked as imported.
  void resolve(const SourceFile& importer, const TextList& imports, Journey& journey);

 private:
  void resolve_one(const SourceFile& importer, const Text& import, Journey& journey);

  std::filesystem::path m_root;  // canonical
  const LoadLimits& m_limits;
  SourceSet& m_sources;
  Diagnostics& m_diagnostics;
  std::vector<std::filesystem::path>* m_files_read;  // optional: LoadOptions::files_read
  std::vector<std::filesystem::path> m_chain;  // canonical paths being loaded, outermost first
  std::set<std::filesystem::path> m_loaded;    // loaded once already (diamonds are fine)
};


}  // namespace jmap
