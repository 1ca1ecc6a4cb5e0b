// The pieces of the site view (site_view.cpp puts them together). Private to src/view.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "jmap/site_view.hpp"

namespace jmap::site {

// Reading a summary: a field's text ("" when absent or not text), number, list.
const std::string& field(const DataNode& node, std::string_view key);
std::size_t count(const DataNode& node, std::string_view key);
const std::vector<DataNode>& items(const DataNode& node, std::string_view key);

// Building page data.
DataNode text(std::string value);
DataNode flag(bool value);
DataNode number(std::size_t value);
// The text, or false when it is empty (Mustache then skips its section).
DataNode maybe(const std::string& value);
DataNode list(std::vector<DataNode> values);

// A link from a page `depth` folders below OUT to a path under OUT: '../' as needed,
// every byte outside the URL's unreserved set percent-encoded ('/' kept).
std::string href(std::size_t depth, const std::string& path);

// Severity's rank: high 0, medium 1, low 2, another word 3.
int severity_rank(const std::string& severity);
// "in-review" -> "In review"; "" -> "No status".
std::string status_label(const std::string& status);

// Who addresses a pain from another journey: (journey rel, pain id) -> links, with
// the writing journey's page (relative to OUT), the opportunity's anchor and the journey's title.
struct ElsewhereLink {
  std::string text, path, anchor, journey;
};
using Elsewhere = std::map<std::pair<std::string, std::string>, std::vector<ElsewhereLink>>;
Elsewhere addresses_from_elsewhere(const std::vector<DataNode>& summaries);
bool is_open(const DataNode& pain, const DataNode& journey, const Elsewhere& elsewhere);

// The persona pages' names: one per persona key, "personas/ID.html" (ID-2... for the
// same id from different files), in key order.
std::map<std::string, std::string> persona_pages(const std::vector<DataNode>& summaries);

// The pages (site_index.cpp, site_personas.cpp, site_tables.cpp); each sets its own
// fields; site_view.cpp adds the layout's.
DataNode index_page(const std::vector<DataNode>& summaries, const std::map<std::string, std::string>& personas,
                    const Elsewhere& elsewhere, const SiteOptions& options);
DataNode personas_page(const std::vector<DataNode>& summaries, const std::map<std::string, std::string>& personas);
std::vector<SitePage> persona_pages_of(const std::vector<DataNode>& summaries,
                                       const std::map<std::string, std::string>& personas);
DataNode backlog_page(const std::vector<DataNode>& summaries, const Elsewhere& elsewhere);
DataNode kpis_page(const std::vector<DataNode>& summaries);
DataNode touchpoints_page(const std::vector<DataNode>& summaries);

}  // namespace jmap::site
