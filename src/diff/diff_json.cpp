// `jmap diff -f json`: the diff model as JSON, every key always present (null when it
// does not apply), in a fixed order. The shape is documented in jmap(1), DIFF.
#include <nlohmann/json.hpp>

#include "jmap/diff.hpp"

namespace jmap {
namespace {

using Json = nlohmann::ordered_json;

Json text_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json position(const Span& span) {
  if (!span.known()) return nullptr;
  Json at;
  at["file"] = span.file->path;
  at["line"] = span.begin.line;
  at["column"] = span.begin.column;
  return at;
}

Json change_json(const Change& change) {
  Json out;
  out["kind"] = change_kind_name(change.kind);
  out["item"] = change_item_name(change.item);
  out["id"] = text_or_null(change.id);
  out["name"] = text_or_null(change.name);
  out["matched_by"] = change.by_name ? "name" : "id";
  out["stage"] = text_or_null(change.stage);
  out["step"] = text_or_null(change.step);
  out["persona"] = text_or_null(change.persona);
  out["field"] = text_or_null(change.field);
  out["old"] = text_or_null(change.old_text);
  out["new"] = text_or_null(change.new_text);
  out["delta"] = change.delta ? Json(*change.delta) : Json(nullptr);
  out["old_at"] = position(change.old_span);
  out["new_at"] = position(change.new_span);
  return out;
}

}  // namespace

std::string diff_json(const JourneyDiff& diff) {
  Json summary{{"changes", diff.changes.size()}, {"added", 0}, {"removed", 0}, {"changed", 0}};
  Json changes = Json::array();
  for (const Change& change : diff.changes) {
    const char* counted = change.kind == ChangeKind::added ? "added" : change.kind == ChangeKind::removed ? "removed" : "changed";
    summary[counted] = summary[counted].get<std::size_t>() + 1;
    changes.push_back(change_json(change));
  }
  Json out;
  out["old"] = diff.old_name;
  out["new"] = diff.new_name;
  out["summary"] = summary;
  out["changes"] = std::move(changes);
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace jmap
