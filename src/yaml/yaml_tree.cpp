// libyaml's event API -> jmap::yaml::Node. The only file that includes <yaml.h>.
// Builds iteratively (no recursion on input depth) and enforces LoadLimits.
#include "jmap/yaml_tree.hpp"

#include "jmap/rules.hpp"
#include "syntax_shapes.hpp"
#include "util/utf8.hpp"

#include <yaml.h>

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <memory>
#include <unordered_map>

namespace jmap::yaml {

bool Node::is_null() const {
  return kind == Kind::scalar && plain &&
         (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL");
}

const Entry* Node::find_entry(std::string_view key) const {
  for (const Entry& entry : entries)
    if (entry.key.kind == Kind::scalar && entry.key.text == key) return &entry;
  return nullptr;
}

const Node* Node::find(std::string_view key) const {
  const Entry* entry = find_entry(key);
  return entry ? &entry->value : nullptr;
}

std::size_t Node::size() const {
  std::size_t total = 1;
  for (const Node& item : items) total += item.size();
  for (const Entry& entry : entries) total += entry.key.size() + entry.value.size();
  return total;
}

std::string_view describe(const Node& node) {
  if (node.is_null()) return "nothing";
  switch (node.kind) {
    case Kind::scalar: return "text";
    case Kind::sequence: return "a list";
    case Kind::mapping: return "a mapping";
  }
  return "a value";
}

std::string found(const Node& node) {
  if (node.is_scalar()) return fmt::format("'{}'", node.text);
  return std::string(describe(node));
}

namespace {

constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";

struct ParserHandle {
  yaml_parser_t parser;
  ParserHandle() { yaml_parser_initialize(&parser); }
  ~ParserHandle() { yaml_parser_delete(&parser); }
  ParserHandle(const ParserHandle&) = delete;
  ParserHandle& operator=(const ParserHandle&) = delete;
};

struct EventHandle {
  yaml_event_t event{};
  bool live = false;
  ~EventHandle() { reset(); }
  void reset() {
    if (live) yaml_event_delete(&event);
    live = false;
  }
};

class TreeBuilder {
 public:
  TreeBuilder(const SourceFile& file, std::size_t bom, const LoadLimits& limits, Diagnostics& diagnostics,
              const ListReader* streamed)
      : m_file(file), m_bom(bom), m_limits(limits), m_diagnostics(diagnostics), m_streamed(streamed) {
    m_line_starts.push_back(bom);
    m_cursor.offset = bom;
    for (std::size_t i = file.text.find('\n', bom); i != std::string::npos; i = file.text.find('\n', i + 1))
      m_line_starts.push_back(i + 1);
  }

  std::optional<Node> build(yaml_parser_t& parser);

 private:
  Position position(const yaml_mark_t& mark) const;
  Span span(const yaml_mark_t& begin, const yaml_mark_t& end) const;
  void report_parser_error(const yaml_parser_t& parser);
  std::string_view syntax_hint(const yaml_parser_t& parser, const Position& at) const;

  std::string_view scalar_text(const yaml_event_t& event, const Span& where) const;
  bool start_collection(const yaml_event_t& event, Kind kind);
  bool streams_here(Kind kind) const;
  bool end_collection(const yaml_event_t& event);
  bool attach(Node node, const char* anchor);
  bool attach_alias(const yaml_event_t& event);
  void check_duplicate_keys(const Node& mapping);
  bool apply_merge_keys(Node& mapping);
  // A count of nodes with a limit; past it, a too-large finding and the build stops.
  struct Budget {
    std::size_t limit;
    std::string message;
    std::string hint;
    std::size_t used = 0;
  };
  bool charge(Budget& budget, std::size_t nodes, const Span& where);
  void report_long_scalar(const yaml_event_t& event);

  // A collection being read. Its children wait on m_children (a mapping's as key,
  // value, key, ...) from `first` on, and move into the node once, at its exact size:
  // growing each node's vector by doubling cost a copy of every child and the slack.
  struct Frame {
    Node node;
    std::string anchor;
    std::size_t first = 0;
    bool streamed = false;  // the ListReader's list: items go to it as they end
  };
  void take_children(Frame& frame);

  const SourceFile& m_file;
  std::size_t m_bom;
  std::vector<std::size_t> m_line_starts;  // byte offset of each line
  struct Cursor {
    std::size_t line = 0, column = 0, offset = 0;
  };
  mutable Cursor m_cursor;  // the last position computed: a cache for position()
  const LoadLimits& m_limits;
  Diagnostics& m_diagnostics;
  const ListReader* m_streamed;
  std::vector<Frame> m_stack;
  std::vector<Node> m_children;
  std::unordered_map<std::string, Node> m_anchors;
  Budget m_aliases{m_limits.max_alias_nodes,
                   fmt::format("aliases expand to more than {} nodes (the limit max_alias_nodes)", m_limits.max_alias_nodes),
                   "use fewer nested aliases; this limit stops 'billion laughs' files; " +
                       raise_hint(&LoadLimits::max_alias_nodes)};
  // Every node attached, plus the copy each anchor keeps: bounds the memory of a file
  // within the size limit (a flat list of millions, anchors nested around a long list).
  Budget m_nodes{m_limits.max_nodes, fmt::format("the file holds more than {} YAML nodes (the limit max_nodes)", m_limits.max_nodes),
                 "split the journey into files joined by 'imports', and keep anchors on small values; " +
                     raise_hint(&LoadLimits::max_nodes)};
  std::optional<Node> m_root;
  int m_documents = 0;
};

Position TreeBuilder::position(const yaml_mark_t& mark) const {
  // libyaml counts lines and code points from 0 (its index counts code points too);
  // the byte offset comes from the line's start. Marks arrive mostly in order, so the
  // walk resumes from the last one on the same line. The BOM (if any) was cut off.
  std::size_t offset = m_file.text.size();
  if (mark.line < m_line_starts.size()) {
    bool resume = mark.line == m_cursor.line && mark.column >= m_cursor.column;
    std::size_t column = resume ? m_cursor.column : 0;
    offset = resume ? m_cursor.offset : m_line_starts[mark.line];
    const std::string& text = m_file.text;
    for (; column < mark.column && offset < text.size(); ++column) {
      auto c = static_cast<unsigned char>(text[offset]);
      offset += c < 0x80 ? 1 : std::max<std::size_t>(1, utf8_sequence_length(c));
    }
    m_cursor = Cursor{mark.line, mark.column, offset};
  }
  return Position{static_cast<std::uint32_t>(mark.line + 1), static_cast<std::uint32_t>(mark.column + 1),
                  std::min(offset, m_file.text.size())};
}

Span TreeBuilder::span(const yaml_mark_t& begin, const yaml_mark_t& end) const {
  return Span{&m_file, position(begin), position(end)};
}

std::string_view TreeBuilder::syntax_hint(const yaml_parser_t& parser, const Position& at) const {
  std::string_view problem = parser.problem ? parser.problem : "";
  std::string_view context = parser.context ? parser.context : "";
  std::string_view line = m_file.line(at.line);
  bool tab_here = at.column >= 1 && line.find('\t') != std::string_view::npos;
  if ((problem.find("tab") != std::string_view::npos || problem.find("cannot start any token") != std::string_view::npos) &&
      tab_here)
    return "indent with spaces: YAML does not allow tabs for indentation";
  if (context.find("quoted scalar") != std::string_view::npos)
    return "close the quote; inside \"...\" write \\\" for a quote, inside '...' write ''";
  if (problem.find("mapping values are not allowed") != std::string_view::npos)
    return "quote text that contains ': ', e.g. \"Note: it is slow\"";
  if (problem.find("UTF-8") != std::string_view::npos)
    return "save the file as UTF-8 (this byte suggests Latin-1 or Windows-1252)";
  if (problem.find("control characters") != std::string_view::npos)
    return "remove the control character, or write it as an escape inside double quotes";
  if (problem.find("did not find expected") != std::string_view::npos && tab_here)
    return "indent with spaces: YAML does not allow tabs for indentation";
  return {};
}

void TreeBuilder::report_parser_error(const yaml_parser_t& parser) {
  std::string problem = parser.problem ? parser.problem : "cannot parse the file";
  Span where;
  if (parser.error == YAML_READER_ERROR) {
    // The reader's marks are not kept, and for UTF-8 its offset may point past the
    // culprit (at a trailing byte): find the first bad sequence ourselves.
    bool utf8 = problem.find("UTF-8") != std::string::npos;
    std::size_t offset = utf8 ? first_invalid_utf8(m_file.text) : m_file.text.size();
    if (offset < m_file.text.size()) {
      problem = fmt::format("invalid UTF-8: byte 0x{:02X} does not start a valid character",
                            static_cast<unsigned>(static_cast<unsigned char>(m_file.text[offset])));
    } else {
      offset = parser.problem_offset + m_bom;
    }
    Position at = position_at(m_file.text, offset);
    where = Span{&m_file, at, at};
  } else if (parser.error == YAML_MEMORY_ERROR) {
    where = Span{&m_file, Position{1, 1, 0}, Position{1, 1, 0}};
    problem = "out of memory while parsing";
  } else {
    where = span(parser.problem_mark, parser.problem_mark);
    bool unclosed_at_end = parser.context && std::string_view(parser.context).find("quoted scalar") != std::string_view::npos;
    std::optional<SyntaxShape> shape =
        unclosed_at_end ? std::nullopt : find_syntax_shape(m_file, where.begin, problem);
    if (shape) {  // the cause, with where the parser stopped as the note
      Diagnostic& d = m_diagnostics.report(rules::syntax, shape->span, shape->message, shape->hint);
      d.note = fmt::format("the YAML parser stopped at {}:{}: {}", where.begin.line, where.begin.column, problem);
      d.note_span = where;
      return;
    }
  }
  Diagnostic& d = m_diagnostics.report(rules::syntax, where, problem, std::string(syntax_hint(parser, where.begin)));
  if (parser.context && parser.error != YAML_READER_ERROR) {
    Position at = position(parser.context_mark);
    d.note = fmt::format("{} started at {}:{}", parser.context, at.line, at.column);
    d.note_span = span(parser.context_mark, parser.context_mark);
  }
}

bool TreeBuilder::charge(Budget& budget, std::size_t nodes, const Span& where) {
  budget.used += nodes;
  if (budget.used <= budget.limit) return true;
  m_diagnostics.report(rules::too_large, where, budget.message, budget.hint);
  return false;
}

// Text past Graphviz's and a reader's reach; refused at the scalar, before it is copied.
void TreeBuilder::report_long_scalar(const yaml_event_t& event) {
  Span where = span(event.start_mark, event.start_mark);
  m_diagnostics.report(rules::too_large, where,
                       fmt::format("a text value of {} bytes; the limit max_string is {} bytes", event.data.scalar.length,
                                   m_limits.max_string_bytes),
                       "move long prose out of the journey and link to it; or " + raise_hint(&LoadLimits::max_string_bytes));
}

// The value as written in the file when it is (a plain or quoted scalar on one line,
// without escapes: nearly all of them), else a copy the file keeps.
std::string_view TreeBuilder::scalar_text(const yaml_event_t& event, const Span& where) const {
  std::string_view value(reinterpret_cast<const char*>(event.data.scalar.value), event.data.scalar.length);
  if (value.empty()) return {};
  std::string_view text = m_file.text;
  std::size_t begin = where.begin.offset, end = std::min(where.end.offset, text.size());
  for (std::size_t at : {begin, begin + 1})  // plain, then inside a quote
    if (at <= end && end - at >= value.size() && std::memcmp(text.data() + at, value.data(), value.size()) == 0)
      return text.substr(at, value.size());
  return m_file.keep(value);
}

bool TreeBuilder::start_collection(const yaml_event_t& event, Kind kind) {
  if (m_stack.size() >= m_limits.max_depth) {
    m_diagnostics.report(rules::too_deep, span(event.start_mark, event.end_mark),
                         fmt::format("nesting deeper than {} levels (the limit max_depth)", m_limits.max_depth),
                         "a journey needs only a few levels; flatten the structure, or " + raise_hint(&LoadLimits::max_depth));
    return false;
  }
  const char* anchor = kind == Kind::sequence
                           ? reinterpret_cast<const char*>(event.data.sequence_start.anchor)
                           : reinterpret_cast<const char*>(event.data.mapping_start.anchor);
  bool streamed = streams_here(kind);
  Frame& frame = m_stack.emplace_back();
  frame.streamed = streamed;
  frame.node.kind = kind;
  frame.node.span = span(event.start_mark, event.end_mark);
  if (anchor) frame.anchor = anchor;
  frame.first = m_children.size();
  return true;
}

// Whether a list starting now is the value of the ListReader's key in the root mapping:
// the root's children so far end with a key (key, value, ..., key) that is that key.
bool TreeBuilder::streams_here(Kind kind) const {
  if (!m_streamed || kind != Kind::sequence || m_stack.size() != 1 || m_stack[0].node.kind != Kind::mapping)
    return false;
  std::size_t children = m_children.size() - m_stack[0].first;
  return children % 2 == 1 && m_children.back().kind == Kind::scalar && m_children.back().text == m_streamed->key;
}

void TreeBuilder::take_children(Frame& frame) {
  auto first = m_children.begin() + static_cast<std::ptrdiff_t>(frame.first);
  if (frame.node.kind == Kind::sequence) {
    frame.node.items.assign(std::make_move_iterator(first), std::make_move_iterator(m_children.end()));
  } else {
    frame.node.entries.reserve(static_cast<std::size_t>(m_children.end() - first) / 2);
    for (auto it = first; it + 1 < m_children.end(); it += 2)
      frame.node.entries.push_back(Entry{std::move(it[0]), std::move(it[1])});
  }
  m_children.erase(first, m_children.end());
}

// A key that can repeat: a scalar other than the merge key.
bool checked_key(const Node& key) { return key.kind == Kind::scalar && key.text != "<<"; }

// The first earlier entry whose key is `entries[i]`'s, or null. Most mappings hold a few
// keys: comparing with each earlier one costs less than a hash table; a long one gets one.
class FirstKeys {
 public:
  explicit FirstKeys(const std::vector<Entry>& entries) : m_entries(entries) {
    if (entries.size() <= k_scan) return;
    for (const Entry& entry : entries)
      if (checked_key(entry.key)) m_first.emplace(entry.key.text, &entry.key);
  }
  const Node* before(std::size_t i) const {
    const Node& key = m_entries[i].key;
    if (m_entries.size() > k_scan) {
      const Node* first = m_first.at(key.text);
      return first == &key ? nullptr : first;
    }
    for (std::size_t j = 0; j < i; ++j)
      if (checked_key(m_entries[j].key) && m_entries[j].key.text == key.text) return &m_entries[j].key;
    return nullptr;
  }

 private:
  static constexpr std::size_t k_scan = 16;
  const std::vector<Entry>& m_entries;
  std::unordered_map<std::string_view, const Node*> m_first;  // emplace keeps the first
};

void TreeBuilder::check_duplicate_keys(const Node& mapping) {
  FirstKeys keys(mapping.entries);
  for (std::size_t i = 0; i < mapping.entries.size(); ++i) {
    const Node& key = mapping.entries[i].key;
    const Node* earlier = checked_key(key) ? keys.before(i) : nullptr;
    if (!earlier) continue;
    const Position& first = earlier->span.begin;
    Diagnostic& d = m_diagnostics.report(
        rules::duplicate_key, key.span, fmt::format("duplicate key '{}'", key.text),
        "remove one of them; YAML keeps only one value per key");
    d.note = fmt::format("'{}' is first defined at {}:{}", key.text, first.line, first.column);
    d.note_span = earlier->span;
  }
}

// YAML 1.1 merge keys: `<<: *base` or `<<: [*a, *b]` add the keys not already present.
bool TreeBuilder::apply_merge_keys(Node& mapping) {
  // Almost no mapping has one: leave those untouched rather than move every entry.
  auto is_merge_key = [](const Entry& e) { return e.key.kind == Kind::scalar && e.key.plain && e.key.text == "<<"; };
  if (std::none_of(mapping.entries.begin(), mapping.entries.end(), is_merge_key)) return true;
  std::vector<Entry> merged;
  std::vector<Entry> own;
  for (Entry& entry : mapping.entries) {
    if (!is_merge_key(entry)) {
      own.push_back(std::move(entry));
      continue;
    }
    std::vector<const Node*> sources;
    if (entry.value.kind == Kind::scalar) sources.push_back(&entry.value);  // reported below
    if (entry.value.kind == Kind::mapping) sources.push_back(&entry.value);
    for (const Node& item : entry.value.items) sources.push_back(&item);
    for (const Node* source : sources) {
      if (source->kind != Kind::mapping) {
        m_diagnostics.report(rules::wrong_type, source->span, "a merge key (<<) takes a mapping or a list of mappings");
        continue;
      }
      for (const Entry& e : source->entries) merged.push_back(e);
    }
  }
  if (merged.size() == 0 && own.size() == mapping.entries.size()) {
    mapping.entries = std::move(own);
    return true;
  }
  std::size_t cost = 0;
  for (const Entry& e : merged) cost += e.key.size() + e.value.size();
  if (!charge(m_aliases, cost, mapping.span)) return false;
  mapping.entries = std::move(own);
  for (Entry& e : merged) {
    bool present = e.key.kind == Kind::scalar && mapping.find(e.key.text) != nullptr;
    if (!present) mapping.entries.push_back(std::move(e));
  }
  return true;
}

bool TreeBuilder::end_collection(const yaml_event_t& event) {
  Frame frame = std::move(m_stack.back());
  m_stack.pop_back();
  frame.node.span.end = position(event.end_mark);
  take_children(frame);
  if (frame.node.kind == Kind::mapping) {
    check_duplicate_keys(frame.node);
    if (!apply_merge_keys(frame.node)) return false;
  }
  return attach(std::move(frame.node), frame.anchor.empty() ? nullptr : frame.anchor.c_str());
}

bool TreeBuilder::attach(Node node, const char* anchor) {
  if (!charge(m_nodes, 1, node.span)) return false;
  if (anchor) {
    if (!charge(m_nodes, node.size(), node.span)) return false;
    m_anchors[anchor] = node;
  }
  if (m_stack.empty()) {
    if (!m_root) m_root = std::move(node);
    return true;
  }
  if (m_stack.back().streamed) {
    Span where = node.span;
    m_streamed->take(m_children.size() - m_stack.back().first, std::move(node));
    node = Node{};
    node.plain = true;
    node.span = where;
  }
  m_children.push_back(std::move(node));
  return true;
}

bool TreeBuilder::attach_alias(const yaml_event_t& event) {
  std::string name = reinterpret_cast<const char*>(event.data.alias.anchor);
  Span where = span(event.start_mark, event.end_mark);
  auto found = m_anchors.find(name);
  if (found == m_anchors.end()) {
    m_diagnostics.report(rules::syntax, where, fmt::format("unknown anchor '*{}'", name),
                         "define the anchor with '&" + name + "' before this alias");
    return false;
  }
  if (!charge(m_aliases, found->second.size(), where)) return false;
  return attach(found->second, nullptr);
}

std::optional<Node> TreeBuilder::build(yaml_parser_t& parser) {
  for (;;) {
    EventHandle handle;
    if (!yaml_parser_parse(&parser, &handle.event)) {
      report_parser_error(parser);
      return std::nullopt;
    }
    handle.live = true;
    const yaml_event_t& event = handle.event;
    bool ok = true;
    switch (event.type) {
      case YAML_STREAM_END_EVENT:
        if (!m_root) {
          Position start{1, 1, 0};
          Node empty;
          empty.plain = true;
          empty.span = Span{&m_file, start, start};
          return empty;
        }
        return std::move(m_root);
      case YAML_DOCUMENT_START_EVENT:
        if (++m_documents > 1) {
          m_diagnostics.report(rules::syntax, span(event.start_mark, event.end_mark),
                               "a journey file holds one YAML document; found a second",
                               "remove the '---' line, or split the file in two");
          return std::nullopt;
        }
        break;
      case YAML_SCALAR_EVENT: {
        Node node;
        if (event.data.scalar.length > m_limits.max_string_bytes) {
          report_long_scalar(event);
          return std::nullopt;
        }
        node.plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
        node.span = span(event.start_mark, event.end_mark);
        node.text = scalar_text(event, node.span);
        ok = attach(std::move(node), reinterpret_cast<const char*>(event.data.scalar.anchor));
        break;
      }
      case YAML_ALIAS_EVENT: ok = attach_alias(event); break;
      case YAML_SEQUENCE_START_EVENT: ok = start_collection(event, Kind::sequence); break;
      case YAML_MAPPING_START_EVENT: ok = start_collection(event, Kind::mapping); break;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: ok = end_collection(event); break;
      default: break;
    }
    if (!ok) return std::nullopt;
  }
}

}  // namespace

std::optional<Node> parse(const SourceFile& file, const LoadLimits& limits, Diagnostics& diagnostics,
                          const ListReader* streamed) {
  if (file.text.size() > limits.max_file_bytes) {
    Position start{1, 1, 0};
    diagnostics.report(rules::too_large, Span{&file, start, start},
                       fmt::format("the file is {} bytes; the limit max_file_size is {} bytes", file.text.size(),
                                   limits.max_file_bytes),
                       "split the journey, or move catalogues into imported files; or " +
                           raise_hint(&LoadLimits::max_file_bytes));
    return std::nullopt;
  }
  std::string_view text = file.text;
  std::size_t bom = text.starts_with(k_utf8_bom) ? k_utf8_bom.size() : 0;
  text.remove_prefix(bom);
  ParserHandle handle;
  yaml_parser_set_input_string(&handle.parser, reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());
  yaml_parser_set_encoding(&handle.parser, YAML_UTF8_ENCODING);
  TreeBuilder builder(file, bom, limits, diagnostics, streamed);
  return builder.build(handle.parser);
}

}  // namespace jmap::yaml
