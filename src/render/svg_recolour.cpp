// A picture in a second theme from the SVG of the first one's layout. A theme changes only
// colours, so dot would place everything where it did (checked: the example flows in the
// default and dark themes differ in colours alone), and a computed view (the blueprint, a
// flow laid out in one row) is placed alike; a second layout, the costliest step of a
// large page (29 s and 2.6 GB for a 50,000-step blueprint), is not needed. Colours cannot be swapped page-wide (the default
// theme's white is both the background and a card's fill, which the dark theme tells
// apart), so each element of the SVG gets its own pairs, read from the two graphs. A
// colour of the SVG that its element's pairs do not name, or an element the graphs do
// not have, gives up: the caller then lays the picture out again.
#include "svg_recolour.hpp"

#include <unordered_map>

#include "dot_statements.hpp"

namespace jmap {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// An id as Graphviz writes it in SVG: its '-' as "&#45;" (an id that needs more escaping
// is not found, and the picture is laid out again).
std::string svg_id(std::string_view id) {
  std::string out;
  for (char c : id) c == '-' ? out.append("&#45;") : out.append(1, c);
  return out;
}

// A colour as Graphviz's SVG spells it: "#RRGGBB" in lower case, a name as it is.
std::string as_written(const std::string& colour) {
  std::string out = colour;
  if (!out.empty() && out.front() == '#')
    for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

// One element's colours: what the first theme wrote -> what the second writes.
class ColourPairs {
 public:
  bool add(const std::string& from_colour, const std::string& to_colour) {
    if (from_colour.empty() || to_colour.empty()) return from_colour.empty() && to_colour.empty();
    std::string from = as_written(from_colour), to = as_written(to_colour);
    for (const auto& [known, as] : m_pairs)
      if (known == from) return as == to;
    m_pairs.emplace_back(std::move(from), std::move(to));
    return true;
  }
  bool add_lines(const std::vector<TextLine>& from, const std::vector<TextLine>& to) {
    if (from.size() != to.size()) return false;
    for (std::size_t i = 0; i < from.size(); ++i) {
      if (from[i].size() != to[i].size()) return false;
      for (std::size_t r = 0; r < from[i].size(); ++r)
        if (!add(from[i][r].color, to[i][r].color)) return false;
    }
    return true;
  }
  std::optional<std::string_view> find(std::string_view from) const {
    if (from == "transparent" || from == "none") return from;
    for (const auto& [known, as] : m_pairs)
      if (known == from) return as;
    return std::nullopt;
  }

 private:
  std::vector<std::pair<std::string, std::string>> m_pairs;
};

// A graph's parts (dot) and a view's (nop2: the anchors every curve runs between draw
// nothing and have no id).
enum class Part { node, edge, cluster, box, curve, marker };

class Recolourer {
 public:
  Recolourer(const Picture& from, const Picture& to)
      : m_from_graph(std::get_if<Graph>(&from.drawing)), m_to_graph(std::get_if<Graph>(&to.drawing)),
        m_from_view(std::get_if<View>(&from.drawing)), m_to_view(std::get_if<View>(&to.drawing)),
        m_from_prefix(from.label.id_prefix), m_to_prefix(to.label.id_prefix) {}

  std::optional<std::string> run(const std::string& svg);

 private:
  bool same(const std::string& a, const std::string& b) const;
  bool index_parts();
  bool index_graph_parts();
  bool index_view_parts();
  template <class Element>
  bool index_list(const std::vector<Element>& from, const std::vector<Element>& to, Part part);
  std::optional<ColourPairs> root_pairs() const;
  std::optional<ColourPairs> part_pairs(std::string_view id) const;
  bool add_view_part(Part part, std::size_t i, ColourPairs& pairs) const;
  bool recolour(std::string_view line, const ColourPairs& pairs, std::string& out) const;
  void rename(std::string_view line, std::string& out) const;

  const Graph* m_from_graph;
  const Graph* m_to_graph;
  const View* m_from_view;
  const View* m_to_view;
  std::string m_from_prefix, m_to_prefix;
  std::unordered_map<std::string, std::pair<Part, std::size_t>> m_parts;  // SVG id -> element
};

// The ids of the two pictures' elements differ only by the pictures' prefixes.
bool Recolourer::same(const std::string& a, const std::string& b) const {
  return starts_with(a, m_from_prefix) && starts_with(b, m_to_prefix) &&
         std::string_view(a).substr(m_from_prefix.size()) == std::string_view(b).substr(m_to_prefix.size());
}

// The two pictures must be of one kind and hold the same elements in the same order.
bool Recolourer::index_parts() {
  if (m_from_graph && m_to_graph) return index_graph_parts();
  if (m_from_view && m_to_view) return index_view_parts();
  return false;
}

// One list of elements (nodes, boxes, ...): the same ids in the same order.
template <class Element>
bool Recolourer::index_list(const std::vector<Element>& from, const std::vector<Element>& to, Part part) {
  if (from.size() != to.size()) return false;
  for (std::size_t i = 0; i < from.size(); ++i) {
    if (!same(from[i].id, to[i].id)) return false;
    m_parts.emplace(svg_id(from[i].id), std::pair{part, i});
  }
  return true;
}

bool Recolourer::index_graph_parts() {
  return index_list(m_from_graph->nodes, m_to_graph->nodes, Part::node) &&
         index_list(m_from_graph->edges, m_to_graph->edges, Part::edge) &&
         index_list(m_from_graph->clusters, m_to_graph->clusters, Part::cluster);
}

bool Recolourer::index_view_parts() {
  if (!index_list(m_from_view->boxes, m_to_view->boxes, Part::box) ||
      !index_list(m_from_view->curves, m_to_view->curves, Part::curve) ||
      !index_list(m_from_view->markers, m_to_view->markers, Part::marker))
    return false;
  for (std::size_t i = 0; i < m_from_view->boxes.size(); ++i)
    if (text_in_own_node(m_from_view->boxes[i]))
      m_parts.emplace(svg_id(m_from_view->boxes[i].id + std::string(k_text_node_suffix)), std::pair{Part::box, i});
  return true;
}

// The graph's own drawing: its label (heading and key) in the text colour. A view
// draws nothing of its own but the background.
std::optional<ColourPairs> Recolourer::root_pairs() const {
  ColourPairs pairs;
  if (!m_from_graph) return pairs;
  const Graph& from = *m_from_graph;
  const Graph& to = *m_to_graph;
  if (!pairs.add(from.text_color, to.text_color) || !pairs.add_lines(from.heading, to.heading)) return std::nullopt;
  if (from.legend.size() != to.legend.size()) return std::nullopt;
  for (std::size_t row = 0; row < from.legend.size(); ++row) {
    if (from.legend[row].size() != to.legend[row].size()) return std::nullopt;
    for (std::size_t i = 0; i < from.legend[row].size(); ++i) {
      const LegendItem& a = from.legend[row][i];
      const LegendItem& b = to.legend[row][i];
      if (!pairs.add(a.fill, b.fill) || !pairs.add(a.stroke, b.stroke) || !pairs.add_lines({a.text}, {b.text}))
        return std::nullopt;
    }
  }
  return pairs;
}

// A box's (or its text node's), a curve's or a marker's colours.
bool Recolourer::add_view_part(Part part, std::size_t i, ColourPairs& pairs) const {
  const View& from = *m_from_view;
  const View& to = *m_to_view;
  if (part == Part::box)
    return pairs.add(from.boxes[i].fill, to.boxes[i].fill) && pairs.add(from.boxes[i].stroke, to.boxes[i].stroke) &&
           pairs.add_lines(from.boxes[i].lines, to.boxes[i].lines);
  if (part == Part::curve) return pairs.add(from.curves[i].color, to.curves[i].color);
  return pairs.add(from.markers[i].fill, to.markers[i].fill) && pairs.add(from.markers[i].stroke, to.markers[i].stroke);
}

// A node's, an edge's or a stage's colours; text without its own colour is in the text colour.
std::optional<ColourPairs> Recolourer::part_pairs(std::string_view id) const {
  auto found = m_parts.find(std::string(id));
  if (found == m_parts.end()) return std::nullopt;
  auto [part, i] = found->second;
  ColourPairs pairs;
  if (!m_from_graph) {
    if (!add_view_part(part, i, pairs)) return std::nullopt;
    return pairs;
  }
  const Graph& from = *m_from_graph;
  const Graph& to = *m_to_graph;
  bool ok = pairs.add(from.text_color, to.text_color);
  if (part == Part::node)
    ok = ok && pairs.add(from.nodes[i].fill, to.nodes[i].fill) && pairs.add(from.nodes[i].stroke, to.nodes[i].stroke) &&
         pairs.add_lines(from.nodes[i].lines, to.nodes[i].lines);
  else if (part == Part::edge)
    ok = ok && pairs.add(from.edges[i].color, to.edges[i].color);
  else
    ok = ok && pairs.add(from.clusters[i].fill, to.clusters[i].fill) &&
         pairs.add(from.clusters[i].stroke, to.clusters[i].stroke) &&
         pairs.add_lines(from.clusters[i].label, to.clusters[i].label);
  if (!ok) return std::nullopt;
  return pairs;
}

// Every fill="..." and stroke="..." of the line through the pairs. Escaped text holds no
// quote, so these are attributes.
bool Recolourer::recolour(std::string_view line, const ColourPairs& pairs, std::string& out) const {
  std::size_t at = 0;
  while (true) {
    std::size_t fill = line.find(" fill=\"", at), stroke = line.find(" stroke=\"", at);
    std::size_t key = std::min(fill, stroke);
    if (key == std::string_view::npos) break;
    std::size_t start = line.find('"', key) + 1, end = line.find('"', start);
    if (end == std::string_view::npos) return false;
    std::optional<std::string_view> colour = pairs.find(line.substr(start, end - start));
    if (!colour) return false;
    out.append(line.substr(at, start - at)).append(*colour);
    at = end;
  }
  out.append(line.substr(at));
  return true;
}

// Ids (id="P...", Graphviz's anchors id="a_P...", with '-' escaped where Graphviz wrote
// them) and the labels' references take the second picture's prefix.
void Recolourer::rename(std::string_view line, std::string& out) const {
  std::string labelled = "aria-labelledby=\"" + m_from_prefix + "title " + m_from_prefix + "desc\"";
  if (std::size_t at = line.find(labelled); at != std::string_view::npos) {
    out.append(line.substr(0, at)).append("aria-labelledby=\"" + m_to_prefix + "title " + m_to_prefix + "desc\"");
    line = line.substr(at + labelled.size());
  }
  for (std::size_t at = line.find("id=\""); at != std::string_view::npos; at = line.find("id=\"")) {
    std::size_t name = at + 4;
    if (line.substr(name, 2) == "a_") name += 2;
    out.append(line.substr(0, name));
    line = line.substr(name);
    if (starts_with(line, m_from_prefix)) {
      out.append(m_to_prefix);
      line = line.substr(m_from_prefix.size());
    } else if (std::string escaped = svg_id(m_from_prefix); starts_with(line, escaped)) {
      out.append(svg_id(m_to_prefix));
      line = line.substr(escaped.size());
    }
  }
  out.append(line);
}

std::optional<std::string> Recolourer::run(const std::string& svg) {
  if (m_from_prefix.empty() || m_from_prefix == m_to_prefix || !index_parts()) return std::nullopt;
  std::optional<ColourPairs> root = root_pairs();
  if (!root) return std::nullopt;
  ColourPairs background;
  if (m_from_graph) background.add(m_from_graph->background, m_to_graph->background);
  else if (!m_from_view->boxes.empty()) background.add(m_from_view->boxes.front().fill, m_to_view->boxes.front().fill);
  ColourPairs scope = *root;
  bool in_graph = false, painted = false;
  std::string out, renamed;
  out.reserve(svg.size() + svg.size() / 16);
  std::string_view rest = svg;
  while (!rest.empty()) {
    std::size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end == std::string_view::npos ? rest.size() : end + 1);
    rest.remove_prefix(line.size());
    if (starts_with(line, "<g id=\"") && line.find(" class=\"graph\"") != std::string_view::npos) in_graph = true;
    std::size_t cls = line.find("\" class=\"");
    if (starts_with(line, "<g id=\"") && cls != std::string_view::npos && line.find(" class=\"graph\"") == std::string_view::npos) {
      std::optional<ColourPairs> pairs = part_pairs(line.substr(7, cls - 7));
      if (!pairs) return std::nullopt;
      scope = std::move(*pairs);
    }
    // Graphviz paints the background first in the graph's group: the one polygon in the
    // background's colour, which elements may share with another role.
    bool is_background = in_graph && !painted && starts_with(line, "<polygon fill=\"");
    painted = painted || is_background;
    renamed.clear();
    rename(line, renamed);
    if (!recolour(renamed, is_background ? background : scope, out)) return std::nullopt;
  }
  return out;
}

}  // namespace

std::optional<std::string> recoloured_svg(const std::string& svg, const Picture& from, const Picture& to) {
  return Recolourer(from, to).run(svg);
}

}  // namespace jmap
