// Loads the other journey files a journey names (`related:`, a step's `journey:`, an
// address PATH#ID) into Journey::links: each file once, by canonical path, and only one
// level deep (a linked file's own references are not followed: no cycles, bounded work).
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "jmap/load.hpp"

namespace jmap {

class LinkResolver {
 public:
  LinkResolver(std::filesystem::path root, const LoadOptions& options);

  // Fills `journey.links` for every path the journey writes.
  void resolve(Journey& journey);

 private:
  std::shared_ptr<const LinkedJourney> link(const std::filesystem::path& referrer, const std::string& written);
  std::shared_ptr<const LinkedJourney> load(const std::filesystem::path& target, std::string shown);

  std::filesystem::path m_root;  // canonical
  const LoadOptions& m_options;
  std::filesystem::path m_self;  // the referring journey, canonical
  std::map<std::filesystem::path, std::shared_ptr<const LinkedJourney>> m_cache;  // by canonical path
};

// The journey files of `folder` (*.yaml, *.yml), by file name: "did you mean" candidates.
std::vector<std::string> journey_files_in(const std::filesystem::path& folder);

}  // namespace jmap
