// The model view as JSON (`-o journey.json`). The view stage chose every field; this
// only spells the tree, keeping the fields' order, with whole numbers written as integers.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>

#include "jmap/render.hpp"
#include "util/utf8.hpp"

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

// JSON lets DEL and the C1 controls (U+0080..U+009F) stand raw, and nlohmann writes them
// so; every other output keeps no raw control, and a terminal or a log reads them as
// commands. Outside strings JSON is printable ASCII, so any such byte is inside one.
std::string escape_raw_controls(const std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    if (json[i] == 0x7F) {
      out += "\\u007f";
    } else if (is_c1_at(json, i)) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(json[i + 1]));
      ++i;
    } else {
      out += json[i];
    }
  }
  return out;
}

}  // namespace

std::string render_model_json(const DataNode& model) {
  // `replace`: ill-formed UTF-8 (only a raw comment can carry it) becomes U+FFFD, not an exception.
  return escape_raw_controls(to_json(model).dump(2, ' ', false, Json::error_handler_t::replace)) + "\n";
}

namespace {

DataNode from_json(const Json& json) {
  if (json.is_boolean()) return DataNode::of(json.get<bool>());
  if (json.is_number()) return DataNode::of(json.get<double>());
  if (json.is_string()) return DataNode::of(json.get<std::string>());
  if (json.is_array()) {
    DataNode out = DataNode::list();
    for (const Json& item : json) out.items.push_back(from_json(item));
    return out;
  }
  if (!json.is_object()) return DataNode{};
  DataNode out = DataNode::object();
  for (auto it = json.begin(); it != json.end(); ++it) out.set(it.key(), from_json(it.value()));
  return out;
}

}  // namespace

std::optional<DataNode> parse_data_json(std::string_view text) {
  Json json = Json::parse(text, nullptr, false);
  if (json.is_discarded()) return std::nullopt;
  return from_json(json);
}

}  // namespace jmap
