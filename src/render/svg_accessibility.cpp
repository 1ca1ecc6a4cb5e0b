// Graphviz's SVG made readable by screen readers: the document gets a <title> and a
// <desc> and role="img"; every node and edge that has a tooltip gets it as its
// <title> (Graphviz writes the node's name there, e.g. "step.see-ad"); decorative
// shapes (bands, rules, the background) are hidden from assistive technology.
#include <fmt/format.h>

#include <sstream>

#include "util/escape.hpp"
#include "jmap/render.hpp"

namespace jmap {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

bool is_element_group(std::string_view line) {
  return starts_with(line, "<g id=\"") &&
         (line.find("class=\"node\"") != std::string_view::npos || line.find("class=\"edge\"") != std::string_view::npos ||
          line.find("class=\"cluster\"") != std::string_view::npos);
}

// The (already escaped) value of xlink:title on an `<g id="a_..."><a ...>` line.
std::optional<std::string_view> link_title(std::string_view line) {
  if (!starts_with(line, "<g id=\"a_")) return std::nullopt;
  constexpr std::string_view key = "xlink:title=\"";
  std::size_t start = line.find(key);
  if (start == std::string_view::npos) return std::nullopt;
  start += key.size();
  std::size_t end = line.find('"', start);
  if (end == std::string_view::npos) return std::nullopt;
  return line.substr(start, end - start);
}

// The document's title and desc are read as one line: a `|` block's line breaks and any
// tab become one space each (escape_xml would drop them and run the lines together).
std::string one_line(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (static_cast<unsigned char>(c) <= 0x20) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

std::string accessible_svg(const std::string& svg, const SvgLabel& label) {
  std::vector<std::string_view> lines;
  std::string_view rest = svg;
  while (!rest.empty()) {
    std::size_t end = rest.find('\n');
    lines.push_back(rest.substr(0, end));
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
  }
  std::string out;
  out.reserve(svg.size() + svg.size() / 8);
  std::string title_id = label.id_prefix + "title", desc_id = label.id_prefix + "desc";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    if (starts_with(line, "<svg ")) {
      // The opening tag may span lines; the attributes go on its first line.
      out += fmt::format("<svg role=\"img\" aria-labelledby=\"{} {}\" {}\n", title_id, desc_id, line.substr(5));
      while (i + 1 < lines.size() && lines[i].find('>') == std::string_view::npos) out += std::string(lines[++i]) + "\n";
      out += fmt::format("<title id=\"{}\">{}</title>\n<desc id=\"{}\">{}</desc>\n", title_id, escape_xml(one_line(label.title)),
                         desc_id, escape_xml(one_line(label.description)));
      continue;
    }
    if (starts_with(line, "<g id=\"graph0\"")) {  // Graphviz's root group: a unique id, the real title
      out += "<g id=\"" + label.id_prefix + "graph0\"" + std::string(line.substr(14)) + "\n";
      // Its <title> is the graph's name, whose backslashes escape_dot_id had to change.
      if (i + 1 < lines.size() && starts_with(lines[i + 1], "<title>")) {
        out += "<title>" + escape_xml(one_line(label.title)) + "</title>\n";
        ++i;
      }
      continue;
    }
    bool has_title = i + 1 < lines.size() && starts_with(lines[i + 1], "<title>");
    if (is_element_group(line) && has_title) {
      std::optional<std::string_view> tooltip = i + 2 < lines.size() ? link_title(lines[i + 2]) : std::nullopt;
      if (tooltip) {
        out += std::string(line) + "\n<title>" + std::string(*tooltip) + "</title>\n";
      } else {  // decorative: no name, hidden
        out += std::string(line.substr(0, line.size() - 1)) + " aria-hidden=\"true\">\n";
      }
      ++i;  // Graphviz's own <title> is replaced
      continue;
    }
    out += line;
    if (i + 1 < lines.size() || (!svg.empty() && svg.back() == '\n')) out += '\n';
  }
  return out;
}

}  // namespace jmap
