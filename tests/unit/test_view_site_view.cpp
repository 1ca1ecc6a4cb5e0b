// The site view: summaries -> the cross-journey pages. Hand-made summaries, so each
// rule (cross-file addresses, the backlog's order, one persona per catalogue key) is
// tested on its own.
#include <doctest/doctest.h>

#include <algorithm>

#include "jmap/site_view.hpp"

using namespace jmap;

namespace {

DataNode text(const std::string& value) { return DataNode::of(value); }

DataNode pain(const std::string& number, const std::string& id, const std::string& severity, bool addressed) {
  DataNode out = DataNode::object();
  out.set("number", text(number));
  out.set("anchor", text("pain-" + number.substr(1)));
  out.set("id", text(id));
  out.set("text", text("Pain " + id));
  out.set("severity", text(severity));
  out.set("stage", text("Stage"));
  DataNode by = DataNode::list();
  if (addressed) {
    DataNode link = DataNode::object();
    link.set("text", text("Own fix"));
    link.set("anchor", text("opportunity-1"));
    by.items.push_back(link);
  }
  out.set("addressed_by", by);
  return out;
}

DataNode persona(const std::string& key, const std::string& id) {
  DataNode out = DataNode::object();
  out.set("key", text(key));
  out.set("id", text(id));
  out.set("name", text("Name of " + key));
  out.set("curve", DataNode::list());
  return out;
}

DataNode journey(const std::string& rel, std::vector<DataNode> pains, std::vector<DataNode> personas) {
  DataNode out = DataNode::object();
  out.set("version", DataNode::of(double(k_site_summary_version)));
  out.set("rel", text(rel));
  out.set("stem", text(site_page_stem(rel)));
  out.set("title", text("Title of " + rel));
  out.set("status", text("draft"));
  DataNode list = DataNode::list();
  list.items = std::move(pains);
  out.set("pains", list);
  DataNode people = DataNode::list();
  people.items = std::move(personas);
  out.set("personas", people);
  return out;
}

// An opportunity of `from` that addresses `PATH#PAIN-ID`, resolved as the summary does.
void address_elsewhere(DataNode& from, const std::string& journey_rel, const std::string& pain_id) {
  DataNode opportunity = DataNode::object();
  opportunity.set("anchor", text("opportunity-1"));
  opportunity.set("text", text("Shared fix"));
  DataNode elsewhere = DataNode::list();
  DataNode address = DataNode::object();
  address.set("journey", text(journey_rel));
  address.set("pain", text(pain_id));
  elsewhere.items.push_back(address);
  opportunity.set("elsewhere", elsewhere);
  DataNode list = DataNode::list();
  list.items.push_back(opportunity);
  from.set("opportunities", list);
}

const SitePage& page(const std::vector<SitePage>& pages, const std::string& path) {
  auto found = std::find_if(pages.begin(), pages.end(), [&](const SitePage& p) { return p.path == path; });
  REQUIRE(found != pages.end());
  return *found;
}

std::vector<std::string> backlog_texts(const SitePage& backlog) {
  std::vector<std::string> out;
  for (const DataNode& row : backlog.data.get("pains")->items) out.push_back(row.get("text")->text);
  return out;
}

}  // namespace

TEST_CASE("site_page_stem drops .yaml or .yml only") {
  CHECK(site_page_stem("a/b.yaml") == "a/b");
  CHECK(site_page_stem("b.yml") == "b");
  CHECK(site_page_stem("b.txt") == "b.txt");
}

TEST_CASE("the backlog puts the unaddressed first, the most severe first") {
  std::vector<DataNode> summaries{
      journey("b.yaml", {pain("P1", "b-low", "low", false), pain("P2", "b-high", "high", true)}, {}),
      journey("a.yaml", {pain("P1", "a-medium", "medium", false), pain("P2", "a-high", "high", false)}, {}),
  };
  std::vector<SitePage> pages = make_site_pages(summaries, SiteOptions{});
  CHECK(backlog_texts(page(pages, "backlog.html")) ==
        std::vector<std::string>{"Pain a-high", "Pain a-medium", "Pain b-low", "Pain b-high"});
}

TEST_CASE("an opportunity of another journey addresses a pain through PATH#PAIN-ID") {
  DataNode fixer = journey("team/fixer.yaml", {}, {});
  address_elsewhere(fixer, "billing/refund.yaml", "late");
  std::vector<DataNode> summaries{journey("billing/refund.yaml", {pain("P1", "late", "high", false), pain("P2", "other", "low", false)}, {}),
                                  fixer};
  std::vector<SitePage> pages = make_site_pages(summaries, SiteOptions{});
  const SitePage& backlog = page(pages, "backlog.html");
  CHECK(backlog_texts(backlog) == std::vector<std::string>{"Pain other", "Pain late"});
  const DataNode& late = backlog.data.get("pains")->items[1];
  CHECK_FALSE(late.get("open")->flag);
  const DataNode& by = late.get("opportunities")->items.at(0);
  CHECK(by.get("href")->text == "team/fixer.html#opportunity-1");
  CHECK(by.get("note")->text == "Title of team/fixer.yaml");
}

TEST_CASE("one persona per catalogue key; the same id from two files gets two pages") {
  std::vector<DataNode> summaries{
      journey("a.yaml", {}, {persona("cat.yaml#p", "p"), persona("a.yaml#p", "p")}),
      journey("b.yaml", {}, {persona("cat.yaml#p", "p")}),
  };
  std::vector<SitePage> pages = make_site_pages(summaries, SiteOptions{});
  const SitePage& shared = page(pages, "personas/p-2.html");  // "a.yaml#p" sorts first
  CHECK(shared.data.get("journeys")->items.size() == 2);
  CHECK(page(pages, "personas/p.html").data.get("journeys")->items.size() == 1);
  CHECK(shared.data.get("journeys")->items[0].get("href")->text == "../a.html");
}

TEST_CASE("links are relative and percent-encoded") {
  std::vector<DataNode> summaries{journey("my folder/x y.yaml", {}, {})};
  std::vector<SitePage> pages = make_site_pages(summaries, SiteOptions{});
  const DataNode& card = page(pages, "index.html").data.get("sections")->items.at(0).get("cards")->items.at(0);
  CHECK(card.get("href")->text == "my%20folder/x%20y.html");
  CHECK(card.get("map")->text == "my%20folder/x%20y.map.svg");
}
