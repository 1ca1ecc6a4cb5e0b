// Typed reading of YAML mappings against the format: unknown keys, wrong types and
// missing required keys become diagnostics; what can be read is read.
#pragma once

#include <initializer_list>
#include <string_view>
#include <vector>

#include "jmap/diagnostic.hpp"
#include "jmap/model.hpp"
#include "jmap/yaml_tree.hpp"

namespace jmap {

// Reads one mapping. Construction reports every key not in `keys`, with "did you mean".
// A non-mapping node is reported once (wrong-type) and reads as empty.
class MapReader {
 public:
  MapReader(const yaml::Node& node, std::string_view what, std::vector<std::string_view> keys,
            Diagnostics& diagnostics);

  bool ok() const { return m_map != nullptr; }
  const Span& span() const { return m_node.span; }
  // The value node of a key that is present and not null.
  const yaml::Node* get(std::string_view key) const;
  // The value node of a key that is present, null included.
  const yaml::Node* find(std::string_view key) const { return m_map ? m_map->find(key) : nullptr; }

  // A required key with an empty value reads as absent (and is reported).
  Text text(std::string_view key, bool required = false) const;
  TextList text_list(std::string_view key) const;
  Number number(std::string_view key) const;
  Located<bool> boolean(std::string_view key) const;
  // A sequence of items (absent or null: none); anything else is wrong-type.
  std::vector<const yaml::Node*> list(std::string_view key) const;
  // Whether the key has a value; else reports missing-required: at the mapping when the
  // key is absent, at the key when its value is empty (nothing, `~`, blank text).
  bool require(std::string_view key) const;

  Diagnostics& diagnostics() const { return m_diagnostics; }

 private:
  const yaml::Node& m_node;
  const yaml::Node* m_map;
  std::string m_what;
  Diagnostics& m_diagnostics;
};

// Null, or text that shows nothing ("", spaces, line breaks).
bool is_empty_value(const yaml::Node& node);

// Scalar readers, shared by MapReader and list items.
Text read_text(const yaml::Node& node, std::string_view what, Diagnostics& diagnostics);
TextList read_text_list(const yaml::Node& node, std::string_view what, Diagnostics& diagnostics);
std::optional<double> parse_number(std::string_view text);

}  // namespace jmap
