// The template data's key tree against its documentation: every object of the data has
// a table in docs/templates.md and in jmap-templates(7), with exactly its keys.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "render/template_keys.hpp"

using namespace jmap;

namespace {

using KeySets = std::map<std::string, std::set<std::string>>;  // path -> key names

// "stages[].steps[]" for each object of the tree ("" is the top level).
void flatten(const TemplateKey& key, const std::string& path, KeySets& out) {
  std::set<std::string>& names = out[path];
  for (const TemplateKey& child : key.children) {
    names.emplace(child.name);
    if (child.children.empty()) continue;
    std::string name = std::string(child.name) + (child.kind == KeyKind::list ? "[]" : "");
    flatten(child, path.empty() ? name : path + "." + name, out);
  }
}

struct Section {
  std::vector<std::string> paths;
  std::set<std::string> keys;
};

std::string read_doc(const std::string& relative) {
  std::ifstream in(std::string(JMAP_TEST_DATA) + "/../../" + relative);
  REQUIRE(in.good());
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> matches(const std::string& line, const std::regex& pattern) {
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(line.begin(), line.end(), pattern); it != std::sregex_iterator(); ++it) out.push_back((*it)[1]);
  return out;
}

// docs/templates.md: under "## The data", a "### `path`" heading ("### Top level" is "")
// and a table whose first cells hold the keys in backticks.
std::vector<Section> markdown_sections(const std::string& text) {
  static const std::regex code("`([^`]+)`");
  std::vector<Section> sections;
  std::istringstream lines(text);
  bool inside = false;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("## ", 0) == 0) inside = line == "## The data";
    if (!inside) continue;
    if (line.rfind("### ", 0) == 0) {
      std::vector<std::string> paths = matches(line, code);
      sections.push_back(Section{paths.empty() ? std::vector<std::string>{""} : paths, {}});
    } else if (line.rfind("| ", 0) == 0 && !sections.empty() && line.rfind("| key", 0) != 0) {
      std::string first = line.substr(2, line.find(" |", 2) - 2);
      for (const std::string& key : matches(first, code)) sections.back().keys.insert(key);
    }
  }
  return sections;
}

// jmap-templates(7): under ".SH THE DATA", ".SS \fBpath\fR" and ".TP" entries whose first
// line holds the keys in bold.
std::vector<Section> man_sections(const std::string& text) {
  static const std::regex bold(R"(\\fB(.*?)\\fR)");
  std::vector<Section> sections;
  std::istringstream lines(text);
  bool inside = false, tag = false;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(".SH ", 0) == 0) inside = line == ".SH THE DATA";
    if (!inside) continue;
    auto unescape = [](std::string s) { return std::regex_replace(s, std::regex(R"(\\-)"), "-"); };
    if (line.rfind(".SS ", 0) == 0) {
      std::vector<std::string> paths = matches(line, bold);
      for (std::string& path : paths) path = unescape(path);
      sections.push_back(Section{paths.empty() ? std::vector<std::string>{""} : paths, {}});
    } else if (tag && !sections.empty()) {
      for (const std::string& key : matches(line, bold)) sections.back().keys.insert(unescape(key));
    }
    tag = line == ".TP";
  }
  return sections;
}

std::vector<std::string> components(const std::string& path) {
  std::vector<std::string> out;
  std::stringstream in(path);
  for (std::string part; std::getline(in, part, '.');) out.push_back(part);
  return out;
}

// A heading stands for every path that ends with it; the longest such heading wins.
const Section* section_for(const std::string& path, const std::vector<Section>& sections) {
  const Section* best = nullptr;
  std::size_t best_length = 0;
  std::vector<std::string> parts = components(path);
  for (const Section& section : sections)
    for (const std::string& heading : section.paths) {
      std::vector<std::string> tail = components(heading);
      bool fits = heading.empty() ? path.empty()
                                  : tail.size() <= parts.size() && std::equal(tail.rbegin(), tail.rend(), parts.rbegin());
      if (fits && (!best || tail.size() > best_length)) {
        best = &section;
        best_length = tail.size();
      }
    }
  return best;
}

void check_documented(const std::vector<Section>& sections, const std::string& doc) {
  KeySets tree;
  flatten(template_keys(), "", tree);
  REQUIRE(sections.size() > 10);
  for (const auto& [path, keys] : tree) {
    INFO(doc << ": the object '" << (path.empty() ? "top level" : path) << "'");
    const Section* section = section_for(path, sections);
    REQUIRE(section);
    for (const std::string& key : keys) CHECK_MESSAGE(section->keys.count(key), "undocumented key '" << key << "'");
    for (const std::string& key : section->keys) CHECK_MESSAGE(keys.count(key), "documented key '" << key << "' is not in the data");
  }
  for (const Section& section : sections)
    for (const std::string& heading : section.paths) {
      bool used = false;
      for (const auto& [path, keys] : tree) used = used || section_for(path, sections) == &section;
      CHECK_MESSAGE(used, doc << ": the heading '" << heading << "' names no object of the data");
    }
}

}  // namespace

TEST_CASE("docs/templates.md documents exactly the keys of the template data") {
  check_documented(markdown_sections(read_doc("docs/templates.md")), "docs/templates.md");
}

TEST_CASE("jmap-templates(7) documents exactly the keys of the template data") {
  check_documented(man_sections(read_doc("man/jmap-templates.7")), "man/jmap-templates.7");
}

TEST_CASE("the documentation test can fail: a missing and an unknown key are found") {
  std::vector<Section> sections = markdown_sections(read_doc("docs/templates.md"));
  KeySets tree;
  flatten(template_keys(), "", tree);
  const Section* steps = section_for("stages[].steps[]", sections);
  REQUIRE(steps);
  CHECK(steps->keys == tree["stages[].steps[]"]);
  CHECK(section_for("stages[].steps[].evidence[]", sections) == section_for("pains[].evidence[]", sections));
  CHECK(section_for("touchpoints[]", sections) != section_for("stages[].steps[].touchpoints[]", sections));
  Section changed = *steps;
  changed.keys.erase("thinks");
  changed.keys.insert("thoughts");
  CHECK(changed.keys != tree["stages[].steps[]"]);
}
