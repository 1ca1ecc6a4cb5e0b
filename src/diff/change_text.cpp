#include "change_text.hpp"

#include <fmt/format.h>

namespace jmap::diff_text {
namespace {

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

std::string or_none(const std::string& text) { return text.empty() ? "none" : text; }

std::string named(const Change& change) {
  if (change.by_name) return quoted(change.name);
  if (change.name.empty() || change.name == change.id) return change.id;
  return change.id + " " + quoted(change.name);
}

std::string added_detail(const Change& change) {
  if (change.new_text.empty()) return {};
  return change.field + " " + change.new_text;
}

std::string removed_detail(const Change& change) {
  if (change.old_text.empty()) return {};
  return change.field + " " + change.old_text;
}

}  // namespace

std::string verb(const Change& change) {
  if (change.kind == ChangeKind::removed && change.item == ChangeItem::pain) return "resolved";
  return std::string(change_kind_name(change.kind));
}

std::string subject(const Change& change) {
  switch (change.item) {
    case ChangeItem::journey: return change.field;
    case ChangeItem::emotion:
      return "emotion at step " + change.id + (change.persona.empty() ? "" : " for " + change.persona);
    case ChangeItem::funnel: return "funnel";
    default: break;
  }
  return std::string(change_item_name(change.item)) + " " + named(change);
}

std::string detail(const Change& change) {
  switch (change.kind) {
    case ChangeKind::added: return added_detail(change);
    case ChangeKind::removed: return removed_detail(change);
    case ChangeKind::renamed: return quoted(change.old_text) + " -> " + quoted(change.new_text);
    case ChangeKind::moved:
      if (change.field == "stage") return "stage " + change.old_text + " -> stage " + change.new_text;
      return "position " + change.old_text + " -> " + change.new_text;
    case ChangeKind::changed: break;
  }
  std::string how = change.item == ChangeItem::journey && change.field == "title"
                        ? quoted(change.old_text) + " -> " + quoted(change.new_text)
                        : or_none(change.old_text) + " -> " + or_none(change.new_text);
  bool named_field = change.item != ChangeItem::journey && change.item != ChangeItem::emotion;
  if (named_field) how = change.field + " " + how;
  if (change.delta) how += fmt::format(", {:+}", *change.delta);
  return how;
}

std::string stage_heading(const JourneyDiff& diff, const std::string& stage) {
  auto name = diff.stage_names.find(stage);
  if (name == diff.stage_names.end() || name->second == stage) return "Stage " + stage;
  return "Stage " + stage + " " + quoted(name->second);
}

std::string summary(const JourneyDiff& diff) {
  std::size_t added = 0, removed = 0, changed = 0;
  for (const Change& change : diff.changes) {
    if (change.kind == ChangeKind::added) ++added;
    else if (change.kind == ChangeKind::removed) ++removed;
    else ++changed;
  }
  return fmt::format("{} added, {} removed, {} changed", added, removed, changed);
}

}  // namespace jmap::diff_text

namespace jmap {

std::string change_verb(const Change& change) { return diff_text::verb(change); }
std::string change_subject(const Change& change) { return diff_text::subject(change); }
std::string change_detail(const Change& change) { return diff_text::detail(change); }
std::string change_stage_heading(const JourneyDiff& diff, const std::string& stage) {
  return diff_text::stage_heading(diff, stage);
}
std::string change_summary(const JourneyDiff& diff) { return diff_text::summary(diff); }

}  // namespace jmap
