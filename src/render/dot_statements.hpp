// A graph as the statements of DOT, for two readers: the text of a .dot file, and
// Graphviz's graph built straight from them (graphviz.cpp), which skips writing text
// that Graphviz would lex again (a quarter of a large blueprint's time). Private to src/render.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace jmap {

// A value as DOT writes it: bare (`width=0.5`), quoted (`tooltip="..."`, already escaped
// with escape_dot_text or escape_dot_id) or an HTML-like label (`label=<...>`, the text
// between the outer angle brackets).
struct DotAttribute {
  enum class Form { bare, quoted, html };
  std::string_view key;
  std::string value;
  Form form = Form::bare;
};

using DotAttributes = std::vector<DotAttribute>;

class DotStatements {
 public:
  virtual ~DotStatements() = default;
  // Names come as escape_dot_id wrote them, values as DotAttribute says.
  virtual void open(const std::string& escaped_name) = 0;
  enum class Kind { graph, node, edge };
  virtual void defaults(Kind kind, const DotAttributes& attributes) = 0;
  virtual void node(const std::string& escaped_name, const DotAttributes& attributes) = 0;
  virtual void edge(const std::string& tail, const std::string& head, const DotAttributes& attributes) = 0;
  // `subgraph "name" {` ... `}`: the statements between go into it (defaults of kind
  // graph are the subgraph's own attributes).
  virtual void open_subgraph(const std::string& escaped_name) = 0;
  virtual void close_subgraph() = 0;
  // `{ rank=same; "a"; "b"; }`: these nodes, already made, in one rank.
  virtual void same_rank(const std::vector<std::string>& escaped_names) = 0;
};

// A graph's statements, written to whichever reader is given.
using DotWriterFunction = std::function<void(DotStatements&)>;

// The statements as DOT text: `digraph "name" {`, one statement a line, `}`.
std::string dot_text(const DotWriterFunction& write);

// A computed view's statements (dot_writer.cpp), a flow graph's (flow_dot_writer.cpp),
// and either, as a picture holds it (picture_formats.cpp).
struct View;
void write_dot(const View& view, DotStatements& out);
struct Graph;
void write_dot(const Graph& graph, DotStatements& out);
struct Picture;
DotWriterFunction statements_of(const Picture& picture);

// Graphviz ignores an HTML-like table's WIDTH or HEIGHT past 65,535 points and centres
// the shrunken table in its node: the header of a 5,000-step map was drawn in the middle
// of the map, a 500-step stage's title in the middle of the stage. Such a box's text gets
// a node of its own (the box's id and this suffix), placed as the box aligns it.
constexpr double k_max_table_points = 65535;
constexpr std::string_view k_text_node_suffix = ".text";
struct Box;
bool text_in_own_node(const Box& box);

// Laid out and rendered by Graphviz as render_dot does its text, from a graph built
// straight from the statements (graphviz.cpp): the same picture, byte for byte. With
// statements_of, a picture's SVG as Graphviz writes it (render_picture then makes it
// accessible; the printed pages place it as it is).
struct PixelBox;
std::string render_statements(const DotWriterFunction& write, std::string_view format, double dpi,
                              std::vector<std::string>* warnings, PixelBox fit);

// Graphviz's reading of a quoted value: `\"` is `"`; every other backslash stays.
std::string unquoted_dot(std::string_view escaped);

}  // namespace jmap
