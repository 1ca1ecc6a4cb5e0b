// The model view as JSON (`-o journey.json`). The view stage chose every field; this
// only spells the tree, keeping the fields' order, with whole numbers written as integers.
#include <nlohmann/json.hpp>

#include <cmath>

#include "jmap/render.hpp"

namespace jmap {
namespace {

using Json = nlohmann::ordered_json;

Json to_json(const DataNode& node) {
  switch (node.kind) {
    case DataNode::Kind::null: return nullptr;
    case DataNode::Kind::boolean: return node.flag;
    case DataNode::Kind::number:
      if (std::nearbyint(node.number) == node.number && std::fabs(node.number) < 9.0e15)
        return static_cast<std::int64_t>(node.number);
      return node.number;
    case DataNode::Kind::text: return node.text;
    case DataNode::Kind::list: {
      Json out = Json::array();
      for (const DataNode& item : node.items) out.push_back(to_json(item));
      return out;
    }
    case DataNode::Kind::object: break;
  }
  Json out = Json::object();
  for (std::size_t i = 0; i < node.keys.size(); ++i) out[node.keys[i]] = to_json(node.items[i]);
  return out;
}

}  // namespace

std::string render_model_json(const DataNode& model) {
  // `replace`: ill-formed UTF-8 (only a raw comment can carry it) becomes U+FFFD, not an exception.
  return to_json(model).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace jmap
