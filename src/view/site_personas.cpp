// The site's personas: a list, and a page per persona with every journey it takes part
// in and its emotion curve through each. One persona is one key: the same id from the
// same catalogue, whichever journey imports it.
#include <fmt/format.h>

#include <algorithm>

#include "site_parts.hpp"

namespace jmap::site {
namespace {

struct Appearance {
  const DataNode* journey;
  const DataNode* persona;
};

// Every persona key with the journeys it appears in, in journey order.
std::map<std::string, std::vector<Appearance>> appearances(const std::vector<DataNode>& summaries) {
  std::map<std::string, std::vector<Appearance>> out;
  for (const DataNode& journey : summaries)
    for (const DataNode& persona : items(journey, "personas")) out[field(persona, "key")].push_back({&journey, &persona});
  return out;
}

std::vector<DataNode> texts_of(const DataNode& node, std::string_view key) {
  std::vector<DataNode> out;
  for (const DataNode& item : items(node, key)) out.push_back(text(item.text));
  return out;
}

// The curve in the report's grid coordinates (100 a step column, y 10 to 90).
DataNode curve_of(const DataNode& journey, const DataNode& persona) {
  DataNode out = DataNode::object();
  out.set("width", number(std::max<std::size_t>(1, count(journey, "columns")) * 100));
  std::vector<DataNode> segments = texts_of(persona, "curve");
  out.set("has_points", flag(!segments.empty()));
  out.set("segments", list(std::move(segments)));
  return out;
}

DataNode journey_row(const Appearance& seen) {
  const DataNode& journey = *seen.journey;
  DataNode out = DataNode::object();
  out.set("title", text(field(journey, "title")));
  out.set("href", text(href(1, field(journey, "stem") + ".html")));
  out.set("state_label", text(field(journey, "state_label")));
  out.set("status", text(field(journey, "status").empty() ? "none" : field(journey, "status")));
  out.set("status_label", text(status_label(field(journey, "status"))));
  out.set("steps", number(count(*seen.persona, "steps")));
  out.set("total_steps", number(count(journey, "steps")));
  out.set("curve", curve_of(journey, *seen.persona));
  return out;
}

// "catalog/shared.yaml" for a shared persona, else the journey that defines it.
std::string defined_in(const std::string& key) { return key.substr(0, key.rfind('#')); }

}  // namespace

DataNode personas_page(const std::vector<DataNode>& summaries, const std::map<std::string, std::string>& pages) {
  std::vector<DataNode> rows;
  for (const auto& [key, seen] : appearances(summaries)) {
    const DataNode& persona = *seen.front().persona;
    DataNode row = DataNode::object();
    row.set("name", text(field(persona, "name")));
    row.set("href", text(href(0, pages.at(key))));
    row.set("description", maybe(field(persona, "description")));
    row.set("defined_in", text(defined_in(key)));
    row.set("journeys", number(seen.size()));
    row.set("journeys_word", text(seen.size() == 1 ? "journey" : "journeys"));
    rows.push_back(std::move(row));
  }
  DataNode out = DataNode::object();
  out.set("has_personas", flag(!rows.empty()));
  out.set("personas", list(std::move(rows)));
  return out;
}

std::vector<SitePage> persona_pages_of(const std::vector<DataNode>& summaries,
                                       const std::map<std::string, std::string>& pages) {
  std::vector<SitePage> out;
  for (const auto& [key, seen] : appearances(summaries)) {
    const DataNode& persona = *seen.front().persona;
    DataNode data = DataNode::object();
    data.set("name", text(field(persona, "name")));
    data.set("description", maybe(field(persona, "description")));
    data.set("defined_in", text(defined_in(key)));
    data.set("goals", list(texts_of(persona, "goals")));
    data.set("frustrations", list(texts_of(persona, "frustrations")));
    data.set("has_goals", flag(!items(persona, "goals").empty()));
    data.set("has_frustrations", flag(!items(persona, "frustrations").empty()));
    std::vector<DataNode> journeys;
    for (const Appearance& appearance : seen) journeys.push_back(journey_row(appearance));
    data.set("journey_count", text(fmt::format("{} {}", seen.size(), seen.size() == 1 ? "journey" : "journeys")));
    data.set("journeys", list(std::move(journeys)));
    out.push_back(SitePage{pages.at(key), "persona", std::move(data)});
  }
  return out;
}

}  // namespace jmap::site
