// The other journey files a journey names are read once, one level deep, as plain text:
// the fixtures of tests/data/cross (a pair that names each other, a cycle, a self-link).
#include <doctest/doctest.h>

#include <string>

#include "load/links.hpp"
#include "test_support.hpp"

using namespace jmap;

namespace {

const std::string k_cross = std::string(JMAP_TEST_DATA) + "/cross/";

struct LoadedFile {
  explicit LoadedFile(const std::string& name) {
    options.files_read = &files_read;
    journey = load_journey_file(k_cross + name, options, sources, diagnostics);
  }
  LoadOptions options;
  std::vector<std::filesystem::path> files_read;
  SourceSet sources;
  Diagnostics diagnostics;
  std::optional<Journey> journey;
};

}  // namespace

TEST_CASE("links: a related journey is read once, with its pains and the opportunities that address this file") {
  LoadedFile future("future.yaml");
  REQUIRE(future.journey);
  const LinkedJourney* today = find_link(*future.journey, "today.yaml");
  REQUIRE(today);
  CHECK(today->state == LinkState::ok);
  CHECK(today->title == "Support today");
  REQUIRE(today->pains.size() == 2);
  CHECK(today->pains[1].id == "repeat-story");
  CHECK(today->pains[1].number == 2);
  // "./today.yaml" is the same file: one entry of the cache, shared.
  CHECK(find_link(*future.journey, "./today.yaml") == today);
  CHECK(find_link(*future.journey, "sub/refund.yaml")->title == "Refund");
  std::size_t reads = 0;
  for (const auto& path : future.files_read) reads += path.filename() == "today.yaml" ? 1 : 0;
  CHECK(reads == 1);

  LoadedFile back("today.yaml");
  const LinkedJourney* tomorrow = find_link(*back.journey, "future.yaml");
  REQUIRE(tomorrow);
  REQUIRE(tomorrow->addresses_here.size() == 2);  // "today.yaml#..." and "./today.yaml#..."
  CHECK(tomorrow->addresses_here[0].pain_id == "wait-for-agent");
  CHECK(tomorrow->addresses_here[0].opportunity_text == "Show the place in the queue");
}

TEST_CASE("links: missing files suggest a neighbour; self, catalogues and cycles are states, not loops") {
  LoadedFile unknown("unknown-file.yaml");
  const LinkedJourney* missing = find_link(*unknown.journey, "sub/refnd.yaml");
  REQUIRE(missing);
  CHECK(missing->state == LinkState::missing);
  CHECK(missing->suggestion == "sub/refund.yaml");

  LoadedFile self("self.yaml");
  CHECK(find_link(*self.journey, "self.yaml")->state == LinkState::self);
  CHECK(find_link(*self.journey, "./self.yaml")->state == LinkState::self);

  LoadedFile pain("unknown-pain.yaml");
  CHECK(find_link(*pain.journey, "catalogue.yaml")->state == LinkState::not_journey);

  LoadedFile cycle("cycle-a.yaml");  // cycle-b names cycle-a back: not followed
  const LinkedJourney* b = find_link(*cycle.journey, "cycle-b.yaml");
  REQUIRE(b);
  CHECK(b->state == LinkState::ok);
  CHECK(cycle.files_read.size() == 2);
}

TEST_CASE("links: a journey loaded from text resolves against its path; absent files are findings in validate") {
  test::Loaded loaded("jmap: 1\ntitle: T\nrelated: [nowhere.yaml]\nstages: []\n", true, k_cross + "text.yaml");
  REQUIRE(loaded.journey);
  const Diagnostic* d = loaded.find("unknown-reference");
  REQUIRE(d);
  CHECK(d->message.starts_with("related journey 'nowhere.yaml' does not exist"));
  CHECK(d->span.begin.line == 3);
  CHECK(d->span.begin.column == 11);
}

TEST_CASE("links: more files than max_imports are refused, not read") {
  LoadOptions options;
  options.limits.max_imports = 1;
  SourceSet sources;
  Diagnostics diagnostics;
  std::optional<Journey> journey = load_journey_file(k_cross + "future.yaml", options, sources, diagnostics);
  REQUIRE(journey);
  CHECK(find_link(*journey, "today.yaml")->state == LinkState::ok);  // the first one named
  CHECK(find_link(*journey, "sub/refund.yaml")->state == LinkState::too_many);
}

TEST_CASE("journey_files_in: the YAML files of a folder, sorted") {
  std::vector<std::string> names = journey_files_in(k_cross + "sub");
  CHECK(names == std::vector<std::string>{"refund.yaml"});
}
