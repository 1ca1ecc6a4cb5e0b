// DOT statements as text; and Graphviz's reading of a quoted value.
#include "dot_statements.hpp"

#include "util/escape.hpp"

namespace jmap {
namespace {

// One statement a line, indented two spaces a level.
class DotText final : public DotStatements {
 public:
  void open(const std::string& escaped_name) override { m_out += "digraph " + dot_quoted(escaped_name) + " {\n"; }
  void defaults(Kind kind, const DotAttributes& attributes) override {
    indent().append(kind == Kind::graph ? "graph" : kind == Kind::node ? "node" : "edge");
    write(attributes);
  }
  void node(const std::string& escaped_name, const DotAttributes& attributes) override {
    indent() += dot_quoted(escaped_name);
    write(attributes);
  }
  void edge(const std::string& tail, const std::string& head, const DotAttributes& attributes) override {
    indent() += dot_quoted(tail) + " -> " + dot_quoted(head);
    write(attributes);
  }
  void open_subgraph(const std::string& escaped_name) override {
    indent() += "subgraph " + dot_quoted(escaped_name) + " {\n";
    ++m_depth;
  }
  void close_subgraph() override {
    --m_depth;
    indent() += "}\n";
  }
  void same_rank(const std::vector<std::string>& escaped_names) override {
    indent() += "{ rank=same;";
    for (const std::string& name : escaped_names) m_out += " " + dot_quoted(name) + ";";
    m_out += " }\n";
  }
  std::string finish() {
    m_out += "}\n";
    return std::move(m_out);
  }

 private:
  std::string& indent() { return m_out.append(2 * m_depth, ' '); }

  void write(const DotAttributes& attributes) {
    m_out += " [";
    for (std::size_t i = 0; i < attributes.size(); ++i) {
      const DotAttribute& attribute = attributes[i];
      if (i > 0) m_out += ", ";
      m_out.append(attribute.key).append("=");
      if (attribute.form == DotAttribute::Form::quoted) m_out += dot_quoted(attribute.value);
      else if (attribute.form == DotAttribute::Form::html) m_out.append("<").append(attribute.value).append(">");
      else m_out += attribute.value;
    }
    m_out += "];\n";
  }

  std::string m_out;
  std::size_t m_depth = 1;
};

}  // namespace

std::string dot_text(const DotWriterFunction& write) {
  DotText text;
  write(text);
  return text.finish();
}

std::string unquoted_dot(std::string_view escaped) {
  std::string out;
  out.reserve(escaped.size());
  for (std::size_t i = 0; i < escaped.size(); ++i)
    if (!(escaped[i] == '\\' && i + 1 < escaped.size() && escaped[i + 1] == '"')) out += escaped[i];
  return out;
}

}  // namespace jmap
