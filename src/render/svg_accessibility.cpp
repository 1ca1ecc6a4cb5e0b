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

// The SVG's lines, read ahead by at most two (a whole list of them would cost 16 bytes a
// line: 160 MB for a 50,000-step blueprint).
class SvgLines {
 public:
  explicit SvgLines(std::string_view text) : m_rest(text) {}
  bool done() const { return m_rest.empty(); }
  bool has(int ahead) const { return start_of(ahead) < m_rest.size(); }
  std::string_view peek(int ahead) const {
    std::size_t start = start_of(ahead);
    if (start >= m_rest.size()) return {};
    return m_rest.substr(start, line_end(start) - start);
  }
  // Whether the current line had its own line break (the last one may not).
  bool ends_with_newline() const { return line_end(0) < m_rest.size(); }
  void next() {
    std::size_t end = line_end(0);
    m_rest = end < m_rest.size() ? m_rest.substr(end + 1) : std::string_view{};
  }

 private:
  std::size_t line_end(std::size_t start) const {
    std::size_t end = m_rest.find('\n', start);
    return end == std::string_view::npos ? m_rest.size() : end;
  }
  std::size_t start_of(int ahead) const {
    std::size_t start = 0;
    for (int i = 0; i < ahead && start < m_rest.size(); ++i) start = line_end(start) + 1;
    return start;
  }
  std::string_view m_rest;
};

}  // namespace

std::string accessible_svg(const std::string& svg, const SvgLabel& label) {
  SvgLines lines(svg);
  std::string out;
  out.reserve(svg.size() + svg.size() / 8);
  std::string title_id = label.id_prefix + "title", desc_id = label.id_prefix + "desc";
  for (; !lines.done(); lines.next()) {
    std::string_view line = lines.peek(0);
    if (starts_with(line, "<svg ")) {
      // The opening tag may span lines; the attributes go on its first line.
      out += fmt::format("<svg role=\"img\" aria-labelledby=\"{} {}\" {}\n", title_id, desc_id, line.substr(5));
      while (lines.has(1) && lines.peek(0).find('>') == std::string_view::npos) {
        lines.next();
        out.append(lines.peek(0)).append("\n");
      }
      out += fmt::format("<title id=\"{}\">{}</title>\n<desc id=\"{}\">{}</desc>\n", title_id, escape_xml(one_line(label.title)),
                         desc_id, escape_xml(one_line(label.description)));
      continue;
    }
    if (starts_with(line, "<g id=\"graph0\"")) {  // Graphviz's root group: a unique id, the real title
      out.append("<g id=\"").append(label.id_prefix).append("graph0\"").append(line.substr(14)).append("\n");
      // Its <title> is the graph's name, whose backslashes escape_dot_id had to change.
      if (lines.has(1) && starts_with(lines.peek(1), "<title>")) {
        out += "<title>" + escape_xml(one_line(label.title)) + "</title>\n";
        lines.next();
      }
      continue;
    }
    bool has_title = lines.has(1) && starts_with(lines.peek(1), "<title>");
    if (is_element_group(line) && has_title) {
      std::optional<std::string_view> tooltip = lines.has(2) ? link_title(lines.peek(2)) : std::nullopt;
      if (tooltip) {
        out.append(line).append("\n<title>").append(*tooltip).append("</title>\n");
      } else {  // decorative: no name, hidden
        out.append(line.substr(0, line.size() - 1)).append(" aria-hidden=\"true\">\n");
      }
      lines.next();  // Graphviz's own <title> is replaced
      continue;
    }
    out += line;
    if (lines.ends_with_newline()) out += '\n';
  }
  return out;
}

}  // namespace jmap
