// Fuzz target: bytes as a .jmap.yaml -> the lint configuration (rules, ignore globs,
// fail_on, show, limits), then the config applied to a finding and an ignore check.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "jmap/diagnostic.hpp"
#include "jmap/lint.hpp"
#include "jmap/rules.hpp"

namespace {

// load_lint_config reads a path: one scratch file per process, rewritten per input.
const std::string& scratch_path() {
  static const std::string path = [] {
    std::string dir = "/tmp/jmap-fuzz-config-" + std::to_string(getpid());
    std::filesystem::create_directories(dir);
    return dir + "/.jmap.yaml";
  }();
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string& path = scratch_path();
  if (std::FILE* file = std::fopen(path.c_str(), "wb")) {
    std::fwrite(data, 1, size, file);
    std::fclose(file);
  } else {
    return 0;
  }
  jmap::SourceSet sources;
  jmap::Diagnostics diagnostics;
  jmap::LintConfig config = jmap::load_lint_config(path, sources, diagnostics);
  (void)jmap::is_ignored(config, config.directory / "journeys/drafts/a.yaml");
  jmap::Diagnostics findings;
  findings.report(jmap::rules::unknown_key, jmap::Span{}, "a finding");
  jmap::apply_lint_config(config, findings);
  return 0;
}
