#include "links.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "jmap/yaml_tree.hpp"
#include "journey_reader.hpp"
#include "util/paths.hpp"
#include "util/read_file.hpp"
#include "util/spelling.hpp"

namespace fs = std::filesystem;

namespace jmap {
namespace {

std::shared_ptr<LinkedJourney> problem(std::string shown, LinkState state, std::string why) {
  auto linked = std::make_shared<LinkedJourney>();
  linked->shown = std::move(shown);
  linked->state = state;
  linked->problem = std::move(why);
  return linked;
}

void collect_pains(const std::vector<Pain>& pains, LinkedJourney& linked) {
  for (const Pain& pain : pains)
    if (pain.id.present) linked.pains.push_back({pain.id.value, pain.text.value, pain.number});
}

// The opportunities of the linked journey (in `folder`) that address pains of `self`.
void collect_addresses_here(const Journey& journey, const fs::path& folder, const fs::path& self,
                            LinkedJourney& linked) {
  for_each_opportunity(journey, [&](const Opportunity& opportunity) {
    for (const Text& address : opportunity.addresses) {
      PainAddress split = split_address(address.value);
      if (split.path.empty()) continue;
      std::error_code ec;
      if (fs::weakly_canonical(folder / fs::path(split.path), ec) != self) continue;
      linked.addresses_here.push_back({std::string(split.id), opportunity.id.value, opportunity.text.value});
    }
  });
}

// The first finding that stopped the file from loading, as "line L: message".
std::string first_error(const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics.items())
    if (d.severity == Severity::error) return fmt::format("line {}: {}", d.span.begin.line, d.message);
  return "it does not load";
}

}  // namespace

std::vector<std::string> journey_files_in(const fs::path& folder) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder.empty() ? "." : folder, ec)) {
    std::string ext = entry.path().extension().string();
    if ((ext == ".yaml" || ext == ".yml") && entry.is_regular_file(ec)) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

LinkResolver::LinkResolver(fs::path root, const LoadOptions& options)
    : m_root(fs::weakly_canonical(root)), m_options(options) {}

void LinkResolver::resolve(Journey& journey) {
  if (!journey.file) return;
  std::error_code ec;
  m_self = fs::weakly_canonical(journey.file->path, ec);
  fs::path referrer(journey.file->path);
  auto add = [&](const std::string& written) {
    if (written.empty() || journey.links.contains(link_key(written))) return;
    journey.links.emplace(link_key(written), link(referrer, written));
  };
  for (const RelatedJourney& related : journey.related)
    if (related.journey.present) add(related.journey.value);
  for (const Stage& stage : journey.stages)
    for (const Step& step : stage.steps)
      if (step.journey.present) add(step.journey.value);
  for_each_opportunity(journey, [&](const Opportunity& opportunity) {
    for (const Text& address : opportunity.addresses) add(std::string(split_address(address.value).path));
  });
}

std::shared_ptr<const LinkedJourney> LinkResolver::link(const fs::path& referrer, const std::string& written) {
  std::string shown = (referrer.parent_path() / written).lexically_normal().string();
  if (fs::path(written).is_absolute())
    return problem(shown, LinkState::outside_root, "is an absolute path: write it relative to this file");
  std::error_code ec;
  fs::path target = (m_self.parent_path() / written).lexically_normal();
  if (!is_inside(target, m_root))
    return problem(shown, LinkState::outside_root, "lies above the project root");
  if (!fs::exists(target, ec)) {
    auto missing = problem(shown, LinkState::missing, "does not exist");
    fs::path folder = fs::path(written).parent_path();
    std::string nearest(closest_match(fs::path(written).filename().string(), journey_files_in(target.parent_path())));
    if (!nearest.empty()) missing->suggestion = (folder / nearest).generic_string();
    return missing;
  }
  fs::path canonical = fs::weakly_canonical(target, ec);
  if (!is_inside(canonical, m_root))
    return problem(shown, LinkState::outside_root, "leads outside the project root through a symbolic link");
  if (canonical == m_self) return problem(shown, LinkState::self, "is this journey itself");
  if (auto cached = m_cache.find(canonical); cached != m_cache.end()) return cached->second;
  if (m_cache.size() >= m_options.limits.max_imports)
    return problem(shown, LinkState::too_many,
                   fmt::format("is one file too many: the limit max_imports is {} files", m_options.limits.max_imports));
  auto loaded = load(canonical, shown);
  m_cache.emplace(canonical, loaded);
  return loaded;
}

std::shared_ptr<const LinkedJourney> LinkResolver::load(const fs::path& target, std::string shown) {
  if (m_options.files_read) m_options.files_read->push_back(shown);
  ReadResult read = read_file(target, m_options.limits.max_file_bytes);
  if (!read.error.empty()) return problem(shown, LinkState::unreadable, "cannot be read: " + read.error);
  SourceSet sources;  // the linked file's findings are its own lint's, not this journey's
  Diagnostics findings;
  const SourceFile& file = sources.add(shown, std::move(read.text));
  std::optional<yaml::Node> root = yaml::parse(file, m_options.limits, findings);
  if (!root) return problem(shown, LinkState::unreadable, "does not load: " + first_error(findings));
  if (root->kind != yaml::Kind::mapping || is_catalogue(*root) || (!root->find("title") && !root->find("stages")))
    return problem(shown, LinkState::not_journey, "is not a journey (a journey has a title and stages)");
  Journey journey = read_journey(std::move(*root), file, findings);
  number_pains(journey);
  auto linked = std::make_shared<LinkedJourney>();
  linked->shown = std::move(shown);
  linked->state = LinkState::ok;
  linked->title = journey.title.value;
  linked->status = journey.status.value;
  for (const Stage& stage : journey.stages) {
    for (const Step& step : stage.steps) collect_pains(step.pains, *linked);
    collect_pains(stage.pains, *linked);
  }
  collect_addresses_here(journey, target.parent_path(), m_self, *linked);
  return linked;
}

}  // namespace jmap
