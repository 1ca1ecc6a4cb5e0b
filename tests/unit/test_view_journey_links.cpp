// One wording of the metadata and of the links to other journeys, for every view.
#include <doctest/doctest.h>

#include "test_support.hpp"
#include "view/journey_links.hpp"

using namespace jmap;

TEST_CASE("page_of: the page beside the journey file") {
  CHECK(links::page_of("today.yaml") == "today.html");
  CHECK(links::page_of("../support/today.yml") == "../support/today.html");
  CHECK(links::page_of("notes") == "notes.html");
  CHECK(links::page_of(".yaml") == ".yaml.html");
  CHECK(links::page_of("javascript:alert(1).yaml") == "./javascript:alert(1).html");  // a path, never a scheme
  CHECK(links::page_of("a/b:c.yaml") == "a/b:c.html");
}

TEST_CASE("status_label and metadata_parts") {
  CHECK(links::status_label("in-review") == "In review");
  CHECK(links::status_label("live") == "Live");
  test::Loaded loaded("jmap: 1\ntitle: T\nowner: Growth\nstatus: validated\nupdated: 2026-10-14\ntags: [a, b]\nstages: []\n");
  CHECK(links::metadata_parts(*loaded.journey) ==
        std::vector<std::string>{"Validated", "Owner: Growth", "Updated 2026-10-14", "Tags: a, b"});
  test::Loaded bare("jmap: 1\ntitle: T\nstages: []\n");
  CHECK(links::metadata_parts(*bare.journey).empty());
}

TEST_CASE("journey_link: the title of a journey that loads, else the path") {
  test::Loaded loaded("jmap: 1\ntitle: T\nrelated: [{journey: today.yaml, note: Now}, gone.yaml]\nstages: []\n", false,
                      std::string(JMAP_TEST_DATA) + "/cross/text.yaml");
  ReportJourneyLink today = links::journey_link(*loaded.journey, loaded.journey->related[0].journey, loaded.journey->related[0].note);
  CHECK(today.found);
  CHECK(today.title == "Support today");
  CHECK(today.href == "today.html");
  CHECK(today.note == "Now");
  ReportJourneyLink gone = links::journey_link(*loaded.journey, loaded.journey->related[1].journey);
  CHECK_FALSE(gone.found);
  CHECK(gone.title == "gone.yaml");
  // today.yaml's pains are addressed by future.yaml, which today.yaml does not name here.
  CHECK(links::addressed_elsewhere(*loaded.journey, "wait-for-agent").empty());
}
