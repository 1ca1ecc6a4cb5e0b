// Graph (the flow view) -> DOT for Graphviz's dot layout: clusters for stages, nodes
// sized to their wrapped lines, edges with their labels. Graphviz places everything.
#include <fmt/format.h>

#include "util/escape.hpp"
#include "html_label.hpp"
#include "jmap/render.hpp"

namespace jmap {
namespace {

std::string node_style(const GraphNode& node) {
  std::vector<std::string> parts;
  if (!node.fill.empty()) parts.emplace_back("filled");
  if (node.rounded) parts.emplace_back("rounded");
  if (node.dashed) parts.emplace_back("dashed");
  return fmt::format("{}", fmt::join(parts, ","));
}

std::string legend_cell(const LegendItem& item) {
  std::string cell = "<TD ALIGN=\"LEFT\"";
  if (!item.fill.empty()) cell += fmt::format(" BGCOLOR=\"{}\"", item.fill);
  if (!item.stroke.empty())
    cell += fmt::format(" BORDER=\"{:.0f}\" COLOR=\"{}\"{}", item.stroke_width, item.stroke, item.dashed ? " STYLE=\"dashed\"" : "");
  return cell + ">" + line_html(item.text) + "</TD>";
}

// The key: one table per row, so that rows need not line up in columns.
std::string legend_html(const std::vector<std::vector<LegendItem>>& rows) {
  std::string html;
  for (const auto& row : rows) {
    html += "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"3\"><TR>";
    for (const LegendItem& item : row) html += legend_cell(item);
    html += "</TR></TABLE></TD></TR>";
  }
  return html;
}

// The graph's label: the heading, and the key under it.
std::string graph_label(const Graph& graph) {
  std::string heading = lines_label(graph.heading, Align::left);
  if (graph.legend.empty()) return heading;
  std::string rows = graph.heading.empty() ? "" : "<TR><TD ALIGN=\"LEFT\">" + heading.substr(1, heading.size() - 2) + "</TD></TR>";
  return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">" + rows + legend_html(graph.legend) +
         "</TABLE>>";
}

// Past this many nodes, dot's network simplex (ranks, then positions) stops after about
// this many iterations. Each iteration costs time in proportion to the graph, and their
// number grows with it too: unbounded, the positions of a 500-step flow took 1,677
// iterations (0.34 s of 1.2 s) and a 5,000-step flow most of its time. Stopped early, the
// simplex keeps a valid layout that is only less tight; small flows are left as they are.
constexpr std::size_t k_bounded_nodes = 2000;
constexpr double k_simplex_iterations = 2000;

// nslimit and nslimit1 are factors of the node count: bound the product, not the factor.
std::string simplex_bound(const Graph& graph) {
  if (graph.nodes.size() <= k_bounded_nodes) return "";
  double factor = k_simplex_iterations / static_cast<double>(graph.nodes.size());
  return fmt::format("nslimit={0:.4f}, nslimit1={0:.4f}, ", factor);
}

class FlowDotWriter {
 public:
  explicit FlowDotWriter(const Graph& graph) : m_graph(graph) {
    for (const GraphNode& node : graph.nodes) m_nodes[node.id] = &node;
  }

  std::string write() {
    m_out += fmt::format("digraph {} {{\n", dot_quoted(escape_dot_id(m_graph.title.empty() ? "journey" : m_graph.title)));
    // margin=0: PDF pages get no white border (Graphviz's default page margin is 36 pt);
    // the pad around the graph is painted with bgcolor.
    m_out += fmt::format(
        "  graph [layout=dot, rankdir=LR, newrank=true, compound=true, nodesep=0.25, ranksep=0.45, pad=0.4, margin=0, {}"
        "bgcolor=\"{}\", fontname=\"Helvetica\", fontcolor=\"{}\", labelloc=t, labeljust=l, label={}];\n",
        simplex_bound(m_graph), m_graph.background, m_graph.text_color, graph_label(m_graph));
    m_out += fmt::format("  node [fontname=\"Helvetica\", margin=\"0.12,0.08\", fontcolor=\"{}\"];\n", m_graph.text_color);
    m_out += "  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.8];\n";
    for (std::size_t c = 0; c < m_graph.clusters.size(); ++c) write_cluster(c);
    for (const GraphEdge& edge : m_graph.edges) write_edge(edge);
    m_out += "}\n";
    return std::move(m_out);
  }

 private:
  void write_node(const GraphNode& node, std::string_view indent) {
    if (node.spacer) {  // holds a place, nothing is drawn
      m_out += fmt::format("{0}\"{1}\" [shape=box, style=invis, fixedsize=true, width=0.01, height={2:.4f}, label=\"\"];\n", indent,
                           escape_dot_id(node.id), node.height / 72);
      return;
    }
    std::string stroke = node.stroke.empty() ? "color=transparent" : fmt::format("color=\"{}\"", node.stroke);
    m_out += fmt::format("{0}\"{1}\" [id=\"{1}\", shape={2}, style=\"{3}\", fillcolor=\"{4}\", {5}, penwidth={6:.1f}",
                         indent, escape_dot_id(node.id), node.shape, node_style(node),
                         node.fill.empty() ? "transparent" : node.fill, stroke, node.stroke_width);
    if (node.height > 0) m_out += fmt::format(", height={:.4f}", node.height / 72);  // at least; more if the text needs it
    if (!node.tooltip.empty()) m_out += ", tooltip=" + dot_quoted(escape_dot_text(node.tooltip));
    m_out += fmt::format(", label={}];\n", lines_label(node.lines, Align::left));
  }

  void write_cluster(std::size_t index) {
    const GraphCluster& cluster = m_graph.clusters[index];
    // "cluster" names a subgraph Graphviz draws as a box; the id keeps the journey's.
    m_out += fmt::format("  subgraph \"cluster_{0}\" {{\n    graph [id=\"{1}\", style=\"filled,rounded\", fillcolor=\"{2}\", "
                         "color=\"{3}\", margin=14, labeljust=l, tooltip={4}, label={5}];\n",
                         index, escape_dot_id(cluster.id), cluster.fill, cluster.stroke, dot_quoted(escape_dot_text(cluster.tooltip)),
                         lines_label(cluster.label, Align::left));
    for (const std::string& id : cluster.nodes)
      if (auto found = m_nodes.find(id); found != m_nodes.end()) write_node(*found->second, "    ");
    for (const auto& rank : cluster.same_rank) {
      if (rank.size() < 2) continue;
      m_out += "    { rank=same;";
      for (const std::string& id : rank) m_out += fmt::format(" \"{}\";", escape_dot_id(id));
      m_out += " }\n";
    }
    m_out += "  }\n";
  }

  void write_edge(const GraphEdge& edge) {
    if (edge.invisible) {
      m_out += fmt::format("  \"{}\" -> \"{}\" [style=invis, dir=none, weight={}];\n", escape_dot_id(edge.from),
                           escape_dot_id(edge.to), edge.weight);
      return;
    }
    // A reversed edge is written forwards for dot (weight 0: it does not pull the
    // ranks) and drawn with its arrow at the start, where it really ends.
    const std::string& tail = edge.reversed ? edge.to : edge.from;
    const std::string& head = edge.reversed ? edge.from : edge.to;
    const std::string& tail_port = edge.reversed ? edge.head_port : edge.tail_port;
    const std::string& head_port = edge.reversed ? edge.tail_port : edge.head_port;
    m_out += fmt::format("  \"{}\" -> \"{}\" [id=\"{}\", color=\"{}\", fontcolor=\"{}\", penwidth={:.1f}",
                         escape_dot_id(tail), escape_dot_id(head), escape_dot_id(edge.id), edge.color, edge.color, edge.width);
    if (edge.dashed) m_out += ", style=dashed";
    if (!edge.arrow) m_out += ", dir=none";
    else if (edge.reversed) m_out += ", dir=back, weight=0";
    if (!edge.reversed && edge.weight != 1) m_out += fmt::format(", weight={}", edge.weight);
    if (!edge.constraint) m_out += ", constraint=false";
    if (!tail_port.empty()) m_out += fmt::format(", tailport={}", tail_port);
    if (!head_port.empty()) m_out += fmt::format(", headport={}", head_port);
    if (!edge.label.empty()) m_out += fmt::format(", label=\" {} \"", escape_dot_text(edge.label));
    if (!edge.tooltip.empty()) m_out += ", tooltip=" + dot_quoted(escape_dot_text(edge.tooltip));
    m_out += "];\n";
  }

  const Graph& m_graph;
  std::map<std::string, const GraphNode*> m_nodes;
  std::string m_out;
};

}  // namespace

std::string emit_dot(const Graph& graph) { return FlowDotWriter(graph).write(); }

}  // namespace jmap
