#include "util/depfile.hpp"

#include <algorithm>

namespace jmap {

std::string make_escape(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c == ' ' || c == '#') out += '\\';
    if (c == '$') out += '$';
    out += c;
  }
  return out;
}

std::string make_depfile(const std::string& target, const std::vector<std::filesystem::path>& dependencies) {
  std::vector<std::string> unique;
  for (const std::filesystem::path& dependency : dependencies)
    if (std::find(unique.begin(), unique.end(), dependency.string()) == unique.end())
      unique.push_back(dependency.string());
  std::string text = make_escape(target) + ":";
  for (const std::string& dependency : unique) text += " \\\n  " + make_escape(dependency);
  text += "\n";
  for (std::size_t i = 1; i < unique.size(); ++i) text += "\n" + make_escape(unique[i]) + ":\n";
  return text;
}

}  // namespace jmap
