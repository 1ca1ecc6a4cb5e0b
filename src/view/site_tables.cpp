// The site's tables across journeys: the opportunity backlog (every pain, the
// unaddressed first), the KPI scorecard and the touchpoint catalogue.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <tuple>

#include "site_parts.hpp"

namespace jmap::site {
namespace {

DataNode link(const std::string& text_value, const std::string& target, const std::string& note = "") {
  DataNode out = DataNode::object();
  out.set("text", text(text_value));
  out.set("href", text(target));
  out.set("note", maybe(note));
  return out;
}

std::string page_of(const DataNode& journey) { return href(0, field(journey, "stem") + ".html"); }

struct BacklogRow {
  bool open;
  int severity;
  std::string rel;
  long number;
  DataNode data;
};

BacklogRow backlog_row(const DataNode& journey, const DataNode& pain, const Elsewhere& elsewhere) {
  std::string page = page_of(journey);
  std::vector<DataNode> by;
  for (const DataNode& own : items(pain, "addressed_by")) by.push_back(link(field(own, "text"), page + "#" + field(own, "anchor")));
  if (auto found = elsewhere.find({field(journey, "rel"), field(pain, "id")}); found != elsewhere.end() && !field(pain, "id").empty())
    for (const ElsewhereLink& other : found->second)
      by.push_back(link(other.text, href(0, other.path) + "#" + other.anchor, other.journey));
  bool open = by.empty();
  DataNode row = DataNode::object();
  row.set("number", text(field(pain, "number")));
  row.set("text", text(field(pain, "text")));
  row.set("href", text(page + "#" + field(pain, "anchor")));
  row.set("severity", text(field(pain, "severity")));
  row.set("journey", text(field(journey, "title")));
  row.set("journey_href", text(page));
  row.set("stage", text(field(pain, "stage")));
  row.set("step", maybe(field(pain, "step")));
  row.set("open", flag(open));
  row.set("opportunities", list(std::move(by)));
  const std::string& number_text = field(pain, "number");
  long number = number_text.size() > 1 ? std::strtol(number_text.c_str() + 1, nullptr, 10) : 0;  // "P12"
  return BacklogRow{open, severity_rank(field(pain, "severity")), field(journey, "rel"), number, std::move(row)};
}

std::string plural(std::size_t n, const char* one, const char* many) { return fmt::format("{} {}", n, n == 1 ? one : many); }

}  // namespace

DataNode backlog_page(const std::vector<DataNode>& summaries, const Elsewhere& elsewhere) {
  std::vector<BacklogRow> rows;
  for (const DataNode& journey : summaries)
    for (const DataNode& pain : items(journey, "pains")) rows.push_back(backlog_row(journey, pain, elsewhere));
  std::stable_sort(rows.begin(), rows.end(), [](const BacklogRow& a, const BacklogRow& b) {
    bool a_done = !a.open, b_done = !b.open;  // the unaddressed first
    return std::tie(a_done, a.severity, a.rel, a.number) < std::tie(b_done, b.severity, b.rel, b.number);
  });
  std::size_t open = std::count_if(rows.begin(), rows.end(), [](const BacklogRow& row) { return row.open; });
  DataNode out = DataNode::object();
  out.set("open", text(plural(open, "unaddressed pain", "unaddressed pains")));
  out.set("addressed", text(plural(rows.size() - open, "addressed", "addressed")));
  std::vector<DataNode> data;
  for (BacklogRow& row : rows) data.push_back(std::move(row.data));
  out.set("has_pains", flag(!data.empty()));
  out.set("pains", list(std::move(data)));
  return out;
}

DataNode kpis_page(const std::vector<DataNode>& summaries) {
  std::size_t met = 0, missed = 0, unknown = 0;
  std::vector<DataNode> rows;
  for (const DataNode& journey : summaries)
    for (const DataNode& kpi : items(journey, "kpis")) {
      const std::string& status = field(kpi, "status");
      (status == "met" ? met : status == "missed" ? missed : unknown) += 1;
      DataNode row = DataNode::object();
      row.set("journey", text(field(journey, "title")));
      row.set("journey_href", text(page_of(journey)));
      row.set("name", text(field(kpi, "name")));
      row.set("stage", text(field(kpi, "stage")));
      row.set("target", maybe(field(kpi, "comparison").empty() ? field(kpi, "target") : field(kpi, "comparison") + " " + field(kpi, "target")));
      row.set("actual", maybe(field(kpi, "actual")));
      row.set("status", text(status));
      row.set("status_label", text(field(kpi, "status_label")));
      row.set("trend", maybe(field(kpi, "trend")));
      rows.push_back(std::move(row));
    }
  DataNode out = DataNode::object();
  out.set("met", number(met));
  out.set("missed", number(missed));
  out.set("unknown", number(unknown));
  out.set("has_kpis", flag(!rows.empty()));
  out.set("kpis", list(std::move(rows)));
  return out;
}

namespace {

// One touchpoint (one key) across the journeys that list it.
struct TouchpointUse {
  const DataNode* first = nullptr;
  std::vector<DataNode> journeys;
  std::size_t steps = 0;
};

DataNode use_of(const DataNode& journey, const DataNode& touchpoint) {
  std::string page = page_of(journey);
  std::vector<DataNode> steps;
  for (const DataNode& step : items(touchpoint, "steps")) steps.push_back(link(field(step, "text"), page + "#" + field(step, "anchor")));
  DataNode out = DataNode::object();
  out.set("journey", text(field(journey, "title")));
  out.set("href", text(page));
  out.set("steps", list(std::move(steps)));
  return out;
}

}  // namespace

DataNode touchpoints_page(const std::vector<DataNode>& summaries) {
  std::map<std::string, std::map<std::string, TouchpointUse>> by_channel;  // channel -> key -> uses
  for (const DataNode& journey : summaries)
    for (const DataNode& touchpoint : items(journey, "touchpoints")) {
      TouchpointUse& use = by_channel[field(touchpoint, "channel")][field(touchpoint, "key")];
      if (!use.first) use.first = &touchpoint;
      use.steps += items(touchpoint, "steps").size();
      if (!items(touchpoint, "steps").empty()) use.journeys.push_back(use_of(journey, touchpoint));
    }
  std::vector<DataNode> channels;
  for (auto& [channel, uses] : by_channel) {
    std::vector<DataNode> rows;
    for (auto& [key, use] : uses) {
      DataNode row = DataNode::object();
      row.set("name", text(field(*use.first, "name")));
      row.set("kind", text(field(*use.first, "kind")));
      row.set("owner", maybe(field(*use.first, "owner")));
      row.set("uses", text(plural(use.steps, "step", "steps")));
      row.set("used", flag(use.steps > 0));
      row.set("journeys", list(std::move(use.journeys)));
      rows.push_back(std::move(row));
    }
    DataNode group = DataNode::object();
    group.set("channel", text(channel.empty() ? "No channel" : channel));
    group.set("touchpoints", list(std::move(rows)));
    channels.push_back(std::move(group));
  }
  DataNode out = DataNode::object();
  out.set("has_channels", flag(!channels.empty()));
  out.set("channels", list(std::move(channels)));
  return out;
}

}  // namespace jmap::site
