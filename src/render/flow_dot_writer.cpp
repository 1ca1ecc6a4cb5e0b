// Graph (the flow view) -> DOT statements for Graphviz's dot layout: clusters for stages,
// nodes sized to their wrapped lines, edges with their labels. Graphviz places everything.
#include <fmt/format.h>

#include <utility>

#include "dot_statements.hpp"
#include "html_label.hpp"
#include "jmap/render.hpp"
#include "util/escape.hpp"

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

// The graph's label table: the heading, and the key under it ("" for neither).
std::string graph_table(const Graph& graph) {
  std::string heading = lines_table(graph.heading, Align::left);
  if (graph.legend.empty()) return heading;
  std::string rows = heading.empty() ? "" : "<TR><TD ALIGN=\"LEFT\">" + heading + "</TD></TR>";
  return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">" + rows + legend_html(graph.legend) +
         "</TABLE>";
}

// Past this many nodes, dot's network simplex (ranks, then positions) stops after about
// this many iterations. Each iteration costs time in proportion to the graph, and their
// number grows with it too: unbounded, the positions of a 500-step flow took 1,677
// iterations (0.34 s of 1.2 s) and a 5,000-step flow most of its time. Stopped early, the
// simplex keeps a valid layout that is only less tight; small flows are left as they are.
constexpr std::size_t k_bounded_nodes = 2000;
constexpr double k_simplex_iterations = 2000;

// nslimit and nslimit1 are factors of the node count: bound the product, not the factor.
void add_simplex_bound(const Graph& graph, DotAttributes& attributes) {
  if (graph.nodes.size() <= k_bounded_nodes) return;
  std::string factor = fmt::format("{:.4f}", k_simplex_iterations / static_cast<double>(graph.nodes.size()));
  attributes.push_back({"nslimit", factor});
  attributes.push_back({"nslimit1", factor});
}

using Form = DotAttribute::Form;

// A label table as an HTML-like label; none as `""`.
DotAttribute label(std::string table) {
  if (table.empty()) return {"label", "", Form::quoted};
  return {"label", std::move(table), Form::html};
}

class FlowDotWriter {
 public:
  FlowDotWriter(const Graph& graph, DotStatements& out) : m_graph(graph), m_out(out) {
    for (const GraphNode& node : graph.nodes) m_nodes[node.id] = &node;
  }

  void write() {
    m_out.open(escape_dot_id(m_graph.title.empty() ? "journey" : m_graph.title));
    // margin=0: PDF pages get no white border (Graphviz's default page margin is 36 pt);
    // the pad around the graph is painted with bgcolor.
    DotAttributes graph{{"layout", "dot"},    {"rankdir", "LR"},  {"newrank", "true"}, {"compound", "true"},
                        {"nodesep", "0.25"},  {"ranksep", "0.45"}, {"pad", "0.4"},     {"margin", "0"}};
    add_simplex_bound(m_graph, graph);
    graph.push_back({"bgcolor", m_graph.background, Form::quoted});
    graph.push_back({"fontname", "Helvetica", Form::quoted});
    graph.push_back({"fontcolor", m_graph.text_color, Form::quoted});
    graph.push_back({"labelloc", "t"});
    graph.push_back({"labeljust", "l"});
    graph.push_back(label(graph_table(m_graph)));
    m_out.defaults(DotStatements::Kind::graph, graph);
    m_out.defaults(DotStatements::Kind::node, {{"fontname", "Helvetica", Form::quoted},
                                               {"margin", "0.12,0.08", Form::quoted},
                                               {"fontcolor", m_graph.text_color, Form::quoted}});
    m_out.defaults(DotStatements::Kind::edge, {{"fontname", "Helvetica", Form::quoted}, {"fontsize", "9"}, {"arrowsize", "0.8"}});
    for (std::size_t c = 0; c < m_graph.clusters.size(); ++c) write_cluster(c);
    for (const GraphEdge& edge : m_graph.edges) write_edge(edge);
  }

 private:
  void write_node(const GraphNode& node) {
    std::string id = escape_dot_id(node.id);
    if (node.spacer) {  // holds a place, nothing is drawn
      m_out.node(id, {{"shape", "box"},
                      {"style", "invis"},
                      {"fixedsize", "true"},
                      {"width", "0.01"},
                      {"height", fmt::format("{:.4f}", node.height / 72)},
                      {"label", "", Form::quoted}});
      return;
    }
    DotAttributes attributes{{"id", id, Form::quoted},
                             {"shape", node.shape},
                             {"style", node_style(node), Form::quoted},
                             {"fillcolor", node.fill.empty() ? "transparent" : node.fill, Form::quoted}};
    if (node.stroke.empty()) attributes.push_back({"color", "transparent"});
    else attributes.push_back({"color", node.stroke, Form::quoted});
    attributes.push_back({"penwidth", fmt::format("{:.1f}", node.stroke_width)});
    if (node.height > 0) attributes.push_back({"height", fmt::format("{:.4f}", node.height / 72)});  // at least; more if the text needs it
    if (!node.tooltip.empty()) attributes.push_back({"tooltip", escape_dot_text(node.tooltip), Form::quoted});
    attributes.push_back(label(lines_table(node.lines, Align::left)));
    m_out.node(id, attributes);
  }

  void write_cluster(std::size_t index) {
    const GraphCluster& cluster = m_graph.clusters[index];
    // "cluster" names a subgraph Graphviz draws as a box; the id keeps the journey's.
    m_out.open_subgraph(fmt::format("cluster_{}", index));
    m_out.defaults(DotStatements::Kind::graph, {{"id", escape_dot_id(cluster.id), Form::quoted},
                                                {"style", "filled,rounded", Form::quoted},
                                                {"fillcolor", cluster.fill, Form::quoted},
                                                {"color", cluster.stroke, Form::quoted},
                                                {"margin", "14"},
                                                {"labeljust", "l"},
                                                {"tooltip", escape_dot_text(cluster.tooltip), Form::quoted},
                                                label(lines_table(cluster.label, Align::left))});
    for (const std::string& id : cluster.nodes)
      if (auto found = m_nodes.find(id); found != m_nodes.end()) write_node(*found->second);
    for (const auto& rank : cluster.same_rank) {
      if (rank.size() < 2) continue;
      std::vector<std::string> names;
      for (const std::string& id : rank) names.push_back(escape_dot_id(id));
      m_out.same_rank(names);
    }
    m_out.close_subgraph();
  }

  void write_edge(const GraphEdge& edge) {
    if (edge.invisible) {
      m_out.edge(escape_dot_id(edge.from), escape_dot_id(edge.to),
                 {{"style", "invis"}, {"dir", "none"}, {"weight", std::to_string(edge.weight)}});
      return;
    }
    // A reversed edge is written forwards for dot (weight 0: it does not pull the
    // ranks) and drawn with its arrow at the start, where it really ends.
    const std::string& tail = edge.reversed ? edge.to : edge.from;
    const std::string& head = edge.reversed ? edge.from : edge.to;
    const std::string& tail_port = edge.reversed ? edge.head_port : edge.tail_port;
    const std::string& head_port = edge.reversed ? edge.tail_port : edge.head_port;
    DotAttributes attributes{{"id", escape_dot_id(edge.id), Form::quoted},
                             {"color", edge.color, Form::quoted},
                             {"fontcolor", edge.color, Form::quoted},
                             {"penwidth", fmt::format("{:.1f}", edge.width)}};
    if (edge.dashed) attributes.push_back({"style", "dashed"});
    if (!edge.arrow) {
      attributes.push_back({"dir", "none"});
    } else if (edge.reversed) {
      attributes.push_back({"dir", "back"});
      attributes.push_back({"weight", "0"});
    }
    if (!edge.reversed && edge.weight != 1) attributes.push_back({"weight", std::to_string(edge.weight)});
    if (!edge.constraint) attributes.push_back({"constraint", "false"});
    if (!tail_port.empty()) attributes.push_back({"tailport", tail_port});
    if (!head_port.empty()) attributes.push_back({"headport", head_port});
    if (!edge.label.empty()) attributes.push_back({"label", " " + escape_dot_text(edge.label) + " ", Form::quoted});
    if (!edge.tooltip.empty()) attributes.push_back({"tooltip", escape_dot_text(edge.tooltip), Form::quoted});
    m_out.edge(escape_dot_id(tail), escape_dot_id(head), attributes);
  }

  const Graph& m_graph;
  DotStatements& m_out;
  std::map<std::string, const GraphNode*> m_nodes;
};

}  // namespace

void write_dot(const Graph& graph, DotStatements& out) { FlowDotWriter(graph, out).write(); }

std::string emit_dot(const Graph& graph) {
  return dot_text([&graph](DotStatements& out) { write_dot(graph, out); });
}

}  // namespace jmap
