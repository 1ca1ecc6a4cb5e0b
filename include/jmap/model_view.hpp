// The model view: the validated journey as data for other tools (`-o journey.json`),
// imports resolved, defaults filled, KPI status and pain numbers computed, each item
// with an id placed in its source file.
//
// Why a tree of plain data and not the model: a renderer never reads the model, so the
// view stage decides every field, name and value here (what "normalised" means lives
// next to the other views), and the JSON writer only spells the tree. Why not
// nlohmann::json: a public header would carry the library into every file that includes
// render.hpp; only the writer (src/render/model_json.cpp) includes it.
#pragma once

#include <string>
#include <vector>

#include "jmap/model.hpp"

namespace jmap {

// A JSON-shaped value. An object keeps its fields in the order they were added.
struct DataNode {
  enum class Kind { null, boolean, number, text, list, object };
  Kind kind = Kind::null;
  bool flag = false;
  double number = 0;
  std::string text;
  std::vector<DataNode> items;      // list items, or object values
  std::vector<std::string> keys;    // object keys, one per item

  static DataNode of(bool value);
  static DataNode of(double value);
  static DataNode of(std::string value);
  static DataNode list();
  static DataNode object();
  // An object's field (added in order); returns the new value.
  DataNode& set(std::string key, DataNode value);
  // The field of an object, or nullptr.
  const DataNode* get(std::string_view key) const;
};

// The version of the model's shape (docs/schema/model-v1.json); a change that removes
// or retypes a field raises it.
constexpr int k_model_version = 1;

DataNode make_model_view(const Journey& journey);

}  // namespace jmap
