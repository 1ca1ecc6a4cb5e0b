// .jmap.yaml's `limits:` mapping: each key of the limit table, a whole number above zero;
// anything else is bad-config at its line and column.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <cstdlib>
#include <random>
#include <string>

#include "jmap/lint.hpp"
#include "test_support.hpp"
#include "util/iso_date.hpp"

namespace fs = std::filesystem;
using namespace jmap;
using jmap::test::at;

namespace {

// Writes `text` as a .jmap.yaml in a fresh folder and reads it.
struct Config {
  explicit Config(const std::string& text) {
    std::random_device random;
    folder = fs::temp_directory_path() / ("jmap-config-" + std::to_string(random()) + std::to_string(random()));
    fs::create_directories(folder);
    std::ofstream(folder / ".jmap.yaml", std::ios::binary) << text;
    config = load_lint_config(folder / ".jmap.yaml", sources, diagnostics);
  }
  ~Config() {
    std::error_code ec;
    fs::remove_all(folder, ec);
  }
  Config(const Config&) = delete;
  Config& operator=(const Config&) = delete;
  fs::path folder;
  SourceSet sources;
  Diagnostics diagnostics;
  LintConfig config;
};

}  // namespace

TEST_SUITE("lint::config") {

TEST_CASE("limits: every key of the limit table is read") {
  std::string text = "limits:\n";
  std::size_t value = 10;
  for (const LimitInfo& row : limit_table()) text += "  " + std::string(row.key) + ": " + std::to_string(value++) + "\n";
  Config c(text);
  CHECK(c.diagnostics.empty());
  REQUIRE(c.config.limits.size() == limit_table().size());
  LoadLimits limits = with_settings(LoadLimits{}, c.config.limits);
  CHECK(limits.max_file_bytes == 10);
  CHECK(limits.max_imports == 15);
}

TEST_CASE("limits: an unknown key, zero, a negative or a word is bad-config, and the rest still apply") {
  Config c("limits:\n  max_nodez: 5\n  max_depth: 0\n  max_string: -1\n  max_imports: lots\n  max_nodes: 7\n");
  REQUIRE(c.diagnostics.items().size() == 4);
  for (const Diagnostic& d : c.diagnostics.items()) CHECK(d.rule == "bad-config");
  CHECK(at(c.diagnostics.items()[0].span.begin) == "2:3");
  CHECK(c.diagnostics.items()[0].message.find("max_nodes") != std::string::npos);  // did you mean
  CHECK(c.diagnostics.items()[1].message == "the limit 'max_depth' should be a whole number above zero, found '0'");
  CHECK(at(c.diagnostics.items()[2].span.begin) == "4:15");
  CHECK(c.config.limits.size() == 1);
  CHECK(c.config.limits.at("max_nodes") == 7);
}

TEST_CASE("limits: must be a mapping") {
  Config c("limits: [max_nodes]\n");
  REQUIRE(c.diagnostics.items().size() == 1);
  CHECK(c.diagnostics.items()[0].rule == "bad-config");
  CHECK(c.config.limits.empty());
}

TEST_CASE("statuses and stale_after_days are read; rules off by default are enabled only with a severity") {
  Config c("statuses: [draft, live]\nstale_after_days: 30\nrules: {pain-without-evidence: info, stale-journey: off, "
           "kpi-missed: warning}\n");
  CHECK(c.diagnostics.empty());
  CHECK(c.config.statuses == std::vector<std::string>{"draft", "live"});
  ValidateOptions options = validate_options(c.config);
  CHECK(options.statuses == c.config.statuses);
  CHECK(options.stale_after_days == 30);
  CHECK(options.enabled == std::set<std::string, std::less<>>{"pain-without-evidence"});
  CHECK_FALSE(options.today);  // stale-journey is off: no need of today
}

TEST_CASE("statuses: an empty list, or not a list of text; stale_after_days: not a whole number above zero") {
  Config c("statuses: []\nstale_after_days: 0\n");
  REQUIRE(c.diagnostics.items().size() == 2);
  CHECK(c.diagnostics.items()[0].message == "'statuses' should list at least one status");
  CHECK(at(c.diagnostics.items()[1].span.begin) == "2:19");
  Config nested("statuses: [{a: b}]\n");
  REQUIRE_FALSE(nested.diagnostics.empty());
  for (const Diagnostic& d : nested.diagnostics.items()) CHECK(d.rule == "bad-config");
}

TEST_CASE("stale-journey on: today is SOURCE_DATE_EPOCH's day") {
  Config c("rules: {stale-journey: warning}\n");
  setenv("SOURCE_DATE_EPOCH", "1795824000", 1);  // 2026-11-28 00:00 UTC
  CHECK(validate_options(c.config).today == parse_iso_date("2026-11-28"));
  setenv("SOURCE_DATE_EPOCH", "1795910399", 1);  // its last second
  CHECK(validate_options(c.config).today == parse_iso_date("2026-11-28"));
  setenv("SOURCE_DATE_EPOCH", "1795910400", 1);
  CHECK(validate_options(c.config).today == parse_iso_date("2026-11-29"));
  setenv("SOURCE_DATE_EPOCH", "soon", 1);
  CHECK_THROWS_AS(validate_options(c.config), UsageError);
  unsetenv("SOURCE_DATE_EPOCH");
  CHECK(validate_options(c.config).today > parse_iso_date("2026-01-01"));
}

}  // TEST_SUITE
