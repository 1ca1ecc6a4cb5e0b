#include "compare_marks.hpp"

#include <filesystem>

#include "jmap/diff.hpp"

namespace jmap {

std::string step_key(const Step& step) { return step.id.present ? step.id.value : step.name.value; }

const Step* find_step(const Journey& journey, const std::string& key) {
  for (const Stage& stage : journey.stages)
    for (const Step& step : stage.steps)
      if (step_key(step) == key) return &step;
  return nullptr;
}

// How the picture names a state: a file by its name (the picture does not depend on
// where it was built), a git revision's file as written (HEAD:journey.yaml).
std::string state_name(const Journey& journey, const char* fallback) {
  if (!journey.file) return fallback;
  const std::string& path = journey.file->path;
  return path.find(':') != std::string::npos ? path : std::filesystem::path(path).filename().string();
}

CompareMarks compare_marks(const Journey& old_journey, const Journey& new_journey) {
  CompareMarks marks;
  marks.old_name = state_name(old_journey, "the old state");
  marks.new_name = state_name(new_journey, "the new state");
  for (const Change& change : diff_journeys(old_journey, new_journey).changes) {
    if (change.kind == ChangeKind::added && change.item == ChangeItem::step) marks.new_steps.insert(change.id);
    if (change.kind != ChangeKind::removed) continue;
    if (change.item == ChangeItem::step) marks.removed_steps.push_back(change.name);
    if (change.item == ChangeItem::stage) marks.removed_stages.push_back(change.name);
    if (change.item == ChangeItem::pain) marks.resolved_pains.push_back(change.name);
  }
  return marks;
}

}  // namespace jmap
