// The site's index: a card per journey, in sections by status or by tag.
#include <fmt/format.h>

#include <algorithm>

#include "site_parts.hpp"

namespace jmap::site {
namespace {

constexpr std::size_t k_worst_pains = 3;  // what a card has room for
const std::vector<std::string> k_status_order{"draft", "in-review", "validated", "archived"};

std::vector<DataNode> worst_open_pains(const DataNode& journey, const Elsewhere& elsewhere) {
  std::vector<const DataNode*> open;
  for (const DataNode& pain : items(journey, "pains"))
    if (is_open(pain, journey, elsewhere)) open.push_back(&pain);
  std::stable_sort(open.begin(), open.end(), [](const DataNode* a, const DataNode* b) {
    return severity_rank(field(*a, "severity")) < severity_rank(field(*b, "severity"));
  });
  std::vector<DataNode> out;
  for (std::size_t i = 0; i < open.size() && i < k_worst_pains; ++i) {
    DataNode pain = DataNode::object();
    pain.set("number", text(field(*open[i], "number")));
    pain.set("text", text(field(*open[i], "text")));
    pain.set("severity", text(field(*open[i], "severity")));
    pain.set("href", text(href(0, field(journey, "stem") + ".html") + "#" + field(*open[i], "anchor")));
    out.push_back(std::move(pain));
  }
  return out;
}

std::size_t open_pain_count(const DataNode& journey, const Elsewhere& elsewhere) {
  std::size_t n = 0;
  for (const DataNode& pain : items(journey, "pains")) n += is_open(pain, journey, elsewhere) ? 1 : 0;
  return n;
}

void add_kpi_counts(DataNode& out, const DataNode& journey) {
  std::size_t met = 0, missed = 0, unknown = 0;
  for (const DataNode& kpi : items(journey, "kpis")) {
    const std::string& status = field(kpi, "status");
    (status == "met" ? met : status == "missed" ? missed : unknown) += 1;
  }
  out.set("has_kpis", flag(met + missed + unknown > 0));
  out.set("kpis_met", number(met));
  out.set("kpis_missed", number(missed));
  out.set("kpis_unknown", number(unknown));
  out.set("has_missed", flag(missed > 0));
  out.set("has_unknown", flag(unknown > 0));
}

DataNode persona_links(const DataNode& journey, const std::map<std::string, std::string>& pages) {
  std::vector<DataNode> out;
  for (const DataNode& persona : items(journey, "personas")) {
    DataNode link = DataNode::object();
    link.set("name", text(field(persona, "name")));
    link.set("href", text(href(0, pages.at(field(persona, "key")))));
    out.push_back(std::move(link));
  }
  return list(std::move(out));
}

DataNode card(const DataNode& journey, const std::map<std::string, std::string>& personas, const Elsewhere& elsewhere) {
  const std::string& stem = field(journey, "stem");
  DataNode out = DataNode::object();
  out.set("title", text(field(journey, "title")));
  out.set("rel", text(field(journey, "rel")));
  out.set("href", text(href(0, stem + ".html")));
  out.set("map", text(href(0, stem + ".map.svg")));
  out.set("blueprint", text(href(0, stem + ".blueprint.svg")));
  out.set("flow", text(href(0, stem + ".flow.svg")));
  out.set("state", text(field(journey, "state")));
  out.set("state_label", text(field(journey, "state_label")));
  out.set("owner", maybe(field(journey, "owner")));
  std::string status = field(journey, "status");
  out.set("status", text(status.empty() ? "none" : status));
  out.set("status_label", text(status_label(status)));
  std::vector<DataNode> tags;
  for (const DataNode& tag : items(journey, "tags")) tags.push_back(text(tag.text));
  out.set("tags", list(std::move(tags)));
  out.set("has_personas", flag(!items(journey, "personas").empty()));
  out.set("personas", persona_links(journey, personas));
  out.set("stages", number(count(journey, "stages")));
  out.set("steps", number(count(journey, "steps")));
  add_kpi_counts(out, journey);
  out.set("open_pains", number(open_pain_count(journey, elsewhere)));
  std::vector<DataNode> worst = worst_open_pains(journey, elsewhere);
  out.set("has_worst_pains", flag(!worst.empty()));
  out.set("worst_pains", list(std::move(worst)));
  out.set("updated", maybe(field(journey, "updated")));
  return out;
}

// The sections' names in order, and which journeys stand in each (a journey with two
// tags stands in both).
std::vector<std::pair<std::string, std::vector<const DataNode*>>> groups(const std::vector<DataNode>& summaries,
                                                                      const std::string& by) {
  std::map<std::string, std::vector<const DataNode*>> found;
  for (const DataNode& journey : summaries) {
    if (by == "tag") {
      for (const DataNode& tag : items(journey, "tags")) found[tag.text].push_back(&journey);
      if (items(journey, "tags").empty()) found[""].push_back(&journey);
    } else {
      found[field(journey, "status")].push_back(&journey);
    }
  }
  std::vector<std::string> order;
  if (by != "tag")
    for (const std::string& status : k_status_order)
      if (found.count(status)) order.push_back(status);
  for (const auto& [name, journeys] : found)
    if (!name.empty() && std::find(order.begin(), order.end(), name) == order.end()) order.push_back(name);
  if (found.count("")) order.push_back("");
  std::vector<std::pair<std::string, std::vector<const DataNode*>>> out;
  for (const std::string& name : order) out.emplace_back(name, found[name]);
  return out;
}

DataNode totals(const std::vector<DataNode>& summaries, std::size_t personas, const Elsewhere& elsewhere) {
  std::size_t pains = 0, open = 0, met = 0, missed = 0, kpis = 0;
  for (const DataNode& journey : summaries) {
    pains += items(journey, "pains").size();
    open += open_pain_count(journey, elsewhere);
    for (const DataNode& kpi : items(journey, "kpis")) {
      ++kpis;
      met += field(kpi, "status") == "met" ? 1 : 0;
      missed += field(kpi, "status") == "missed" ? 1 : 0;
    }
  }
  DataNode out = DataNode::object();
  out.set("journeys", number(summaries.size()));
  out.set("personas", number(personas));
  out.set("pains", number(pains));
  out.set("open_pains", number(open));
  out.set("kpis", number(kpis));
  out.set("kpis_met", number(met));
  out.set("kpis_missed", number(missed));
  return out;
}

}  // namespace

DataNode index_page(const std::vector<DataNode>& summaries, const std::map<std::string, std::string>& personas,
                    const Elsewhere& elsewhere, const SiteOptions& options) {
  DataNode out = DataNode::object();
  out.set("totals", totals(summaries, personas.size(), elsewhere));
  out.set("grouped_by", text(options.group_by == "tag" ? "tag" : "status"));
  std::vector<DataNode> sections;
  for (const auto& [name, journeys] : groups(summaries, options.group_by)) {
    DataNode section = DataNode::object();
    std::string label = options.group_by == "tag" ? (name.empty() ? "Untagged" : name) : status_label(name);
    section.set("name", text(label));
    section.set("anchor", text("group-" + (name.empty() ? std::string("none") : name)));
    section.set("count", number(journeys.size()));
    std::vector<DataNode> cards;
    for (const DataNode* journey : journeys) cards.push_back(card(*journey, personas, elsewhere));
    section.set("cards", list(std::move(cards)));
    sections.push_back(std::move(section));
  }
  out.set("has_journeys", flag(!summaries.empty()));
  out.set("sections", list(std::move(sections)));
  return out;
}

}  // namespace jmap::site
