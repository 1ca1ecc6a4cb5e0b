// The site view: every journey's summary -> the cross-journey pages, each a DataNode the
// site's Mustache templates read. Shared pieces here; the pages in site_index.cpp,
// site_personas.cpp and site_tables.cpp.
#include <fmt/format.h>

#include <algorithm>

#include "site_parts.hpp"

namespace jmap {
namespace site {
namespace {

const std::string k_empty;
const std::vector<DataNode> k_no_items;

}  // namespace

const std::string& field(const DataNode& node, std::string_view key) {
  const DataNode* value = node.get(key);
  return value && value->kind == DataNode::Kind::text ? value->text : k_empty;
}

std::size_t count(const DataNode& node, std::string_view key) {
  const DataNode* value = node.get(key);
  return value && value->kind == DataNode::Kind::number ? static_cast<std::size_t>(value->number) : 0;
}

const std::vector<DataNode>& items(const DataNode& node, std::string_view key) {
  const DataNode* value = node.get(key);
  return value && value->kind == DataNode::Kind::list ? value->items : k_no_items;
}

DataNode text(std::string value) { return DataNode::of(std::move(value)); }
DataNode flag(bool value) { return DataNode::of(value); }
DataNode number(std::size_t value) { return DataNode::of(std::to_string(value)); }
DataNode maybe(const std::string& value) { return value.empty() ? DataNode::of(false) : DataNode::of(value); }

DataNode list(std::vector<DataNode> values) {
  DataNode out = DataNode::list();
  out.items = std::move(values);
  return out;
}

std::string href(std::size_t depth, const std::string& path) {
  std::string out;
  for (std::size_t i = 0; i < depth; ++i) out += "../";
  for (unsigned char c : path) {
    bool keep = std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/';
    out += keep ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return out;
}

int severity_rank(const std::string& severity) {
  if (severity == "high") return 0;
  if (severity == "medium") return 1;
  if (severity == "low") return 2;
  return 3;
}

std::string status_label(const std::string& status) {
  if (status.empty()) return "No status";
  std::string out = status;
  std::replace(out.begin(), out.end(), '-', ' ');
  out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

Elsewhere addresses_from_elsewhere(const std::vector<DataNode>& summaries) {
  Elsewhere out;
  for (const DataNode& journey : summaries)
    for (const DataNode& opportunity : items(journey, "opportunities"))
      for (const DataNode& address : items(opportunity, "elsewhere"))
        out[{field(address, "journey"), field(address, "pain")}].push_back(ElsewhereLink{
            field(opportunity, "text"), field(journey, "stem") + ".html", field(opportunity, "anchor"), field(journey, "title")});
  return out;
}

bool is_open(const DataNode& pain, const DataNode& journey, const Elsewhere& elsewhere) {
  if (!items(pain, "addressed_by").empty()) return false;
  const std::string& id = field(pain, "id");
  return id.empty() || !elsewhere.count({field(journey, "rel"), id});
}

std::map<std::string, std::string> persona_pages(const std::vector<DataNode>& summaries) {
  std::map<std::string, std::string> ids;  // key -> id
  for (const DataNode& journey : summaries)
    for (const DataNode& persona : items(journey, "personas")) ids.emplace(field(persona, "key"), field(persona, "id"));
  std::map<std::string, std::string> out;
  std::map<std::string, int> taken;
  for (const auto& [key, id] : ids) {
    int n = ++taken[id];
    out[key] = n == 1 ? fmt::format("personas/{}.html", id) : fmt::format("personas/{}-{}.html", id, n);
  }
  return out;
}

}  // namespace site

namespace {

// What every page's layout reads: its title, the way back to the site's root, the menu.
void add_layout(SitePage& page, const std::string& title, std::size_t depth, const SiteOptions& options) {
  DataNode& data = page.data;
  data.set("page_title", site::text(title));
  data.set("root", site::text(site::href(depth, "")));
  data.set("generator", site::text(options.generator));
  data.set("theme", site::text(options.theme));
  for (const char* kind : {"index", "personas", "backlog", "kpis", "touchpoints"})
    data.set(std::string("at_") + kind, site::flag(page.kind == kind || (page.kind == "persona" && kind == std::string("personas"))));
}

SitePage page_of(std::string path, std::string kind, DataNode data) { return SitePage{std::move(path), std::move(kind), std::move(data)}; }

}  // namespace

const std::vector<std::string>& site_group_names() {
  static const std::vector<std::string> names{"status", "tag"};
  return names;
}

std::vector<SitePage> make_site_pages(std::vector<DataNode> summaries, const SiteOptions& options) {
  std::sort(summaries.begin(), summaries.end(),
            [](const DataNode& a, const DataNode& b) { return site::field(a, "rel") < site::field(b, "rel"); });
  site::Elsewhere elsewhere = site::addresses_from_elsewhere(summaries);
  std::map<std::string, std::string> personas = site::persona_pages(summaries);
  std::vector<SitePage> pages;
  pages.push_back(page_of("index.html", "index", site::index_page(summaries, personas, elsewhere, options)));
  add_layout(pages.back(), "Journeys", 0, options);
  pages.push_back(page_of("personas.html", "personas", site::personas_page(summaries, personas)));
  add_layout(pages.back(), "Personas", 0, options);
  for (SitePage& page : site::persona_pages_of(summaries, personas)) {
    std::string title = site::field(page.data, "name");
    pages.push_back(std::move(page));
    add_layout(pages.back(), title, 1, options);
  }
  pages.push_back(page_of("backlog.html", "backlog", site::backlog_page(summaries, elsewhere)));
  add_layout(pages.back(), "Opportunity backlog", 0, options);
  pages.push_back(page_of("kpis.html", "kpis", site::kpis_page(summaries)));
  add_layout(pages.back(), "KPI scorecard", 0, options);
  pages.push_back(page_of("touchpoints.html", "touchpoints", site::touchpoints_page(summaries)));
  add_layout(pages.back(), "Touchpoint catalogue", 0, options);
  return pages;
}

}  // namespace jmap
