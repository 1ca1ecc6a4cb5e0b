// A small YAML node tree with source spans, built from libyaml's events.
// Internal to the loader (and its tests): no libyaml type leaves yaml_tree.cpp.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jmap/diagnostic.hpp"
#include "jmap/load.hpp"

namespace jmap::yaml {

enum class Kind : std::uint8_t { scalar, sequence, mapping };

struct Entry;

struct Node {
  Kind kind = Kind::scalar;
  bool plain = false;  // an unquoted scalar: may be null, a number or a boolean
  // The scalar's value: a view into the file's text, or into SourceFile::keep when
  // the value differs from what is written (escapes, folded lines). Valid while the file is.
  std::string_view text;
  Span span;
  std::vector<Node> items;     // sequence
  std::vector<Entry> entries;  // mapping, in file order

  bool is_null() const;  // `~`, `null` or nothing, unquoted
  bool is_scalar() const { return kind == Kind::scalar && !is_null(); }
  // The value of a key in a mapping, or null.
  const Node* find(std::string_view key) const;
  // The key and value of a key in a mapping, or null.
  const Entry* find_entry(std::string_view key) const;
  // Nodes in this subtree, counting this one.
  std::size_t size() const;
};

struct Entry {
  Node key;
  Node value;
};

// What a node is, for messages: "text", "a list", "a mapping", "nothing".
std::string_view describe(const Node& node);
// What was found, for messages: a scalar quoted ('12,000'), else describe(node).
std::string found(const Node& node);

// A list of the root mapping handed over item by item as the parser finishes each one
// (`take(index, item)`); the tree keeps a null with the item's span in its place. A large
// journey's tree weighs more than its model: read this way, the two never peak together.
struct ListReader {
  std::string_view key;
  std::function<void(std::size_t index, Node&& item)> take;
};

// Parses the first document of a file. On a syntax error or a hit limit, reports it
// and returns nullopt. An empty file gives a null scalar at 1:1.
std::optional<Node> parse(const SourceFile& file, const LoadLimits& limits, Diagnostics& diagnostics,
                          const ListReader* streamed = nullptr);

}  // namespace jmap::yaml
