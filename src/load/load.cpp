// The loader's entry points: read -> parse -> read the journey -> resolve imports.
#include <fmt/format.h>

#include "imports.hpp"
#include "links.hpp"
#include "jmap/load.hpp"
#include "jmap/rules.hpp"
#include "journey_reader.hpp"
#include "jmap/yaml_tree.hpp"

namespace fs = std::filesystem;

namespace jmap {

fs::path find_root(const fs::path& file) {
  std::error_code ec;
  fs::path start = fs::weakly_canonical(fs::absolute(file, ec), ec).parent_path();
  for (fs::path dir = start; !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / ".jmap.yaml", ec) || fs::exists(dir / ".git", ec)) return dir;
    if (dir == dir.root_path()) break;
  }
  return start;
}

std::optional<Journey> load_journey_text(std::string path, std::string text, const LoadOptions& options,
                                         SourceSet& sources, Diagnostics& diagnostics) {
  const SourceFile& file = sources.add(std::move(path), std::move(text));
  StreamedStages stages;
  std::optional<yaml::Node> root = yaml::parse(file, options.limits, diagnostics, &stages.reader());
  if (!root) return std::nullopt;
  Journey journey = read_journey(*root, file, diagnostics, stages);
  root.reset();  // before the imports and validate
  number_pains(journey);
  if (!journey.imports.empty()) {
    SourceFile base(options.import_base ? options.import_base->string() : file.path, {});  // only its path is read
    ImportResolver resolver(options.root.value_or(find_root(base.path)), options.limits, sources, diagnostics,
                            options.files_read);
    resolver.resolve(base, journey.imports, journey);
  }
  if (!journey.catalogue) LinkResolver(options.root.value_or(find_root(file.path)), options).resolve(journey);
  return journey;
}

std::optional<Journey> load_journey_file(const fs::path& path, const LoadOptions& options, SourceSet& sources,
                                         Diagnostics& diagnostics) {
  if (options.files_read) options.files_read->push_back(path);
  ReadResult read = read_file(path, options.limits.max_file_bytes);
  if (!read.error.empty()) {
    if (!read.too_large) throw IoError(fmt::format("cannot read '{}': {}", path.string(), read.error));
    const SourceFile& file = sources.add(path.string(), {});
    diagnostics.report(rules::too_large, Span{&file, {1, 1, 0}, {1, 1, 0}}, read.error,
                       "split the journey, or move catalogues into imported files; or " +
                           raise_hint(&LoadLimits::max_file_bytes));
    return std::nullopt;
  }
  return load_journey_text(path.string(), std::move(read.text), options, sources, diagnostics);
}

}  // namespace jmap
