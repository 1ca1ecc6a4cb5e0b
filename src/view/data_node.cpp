// DataNode: the JSON-shaped value the model view is made of.
#include <utility>

#include "jmap/model_view.hpp"

namespace jmap {

DataNode DataNode::of(bool value) {
  DataNode node;
  node.kind = Kind::boolean;
  node.flag = value;
  return node;
}

DataNode DataNode::of(double value) {
  DataNode node;
  node.kind = Kind::number;
  node.number = value;
  return node;
}

DataNode DataNode::of(std::string value) {
  DataNode node;
  node.kind = Kind::text;
  node.text = std::move(value);
  return node;
}

DataNode DataNode::list() {
  DataNode node;
  node.kind = Kind::list;
  return node;
}

DataNode DataNode::object() {
  DataNode node;
  node.kind = Kind::object;
  return node;
}

DataNode& DataNode::set(std::string key, DataNode value) {
  keys.push_back(std::move(key));
  items.push_back(std::move(value));
  return items.back();
}

const DataNode* DataNode::get(std::string_view key) const {
  for (std::size_t i = 0; i < keys.size(); ++i)
    if (keys[i] == key) return &items[i];
  return nullptr;
}

}  // namespace jmap
