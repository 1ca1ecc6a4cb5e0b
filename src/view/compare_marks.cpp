#include "compare_marks.hpp"

#include "jmap/diff.hpp"

namespace jmap {

std::string step_key(const Step& step) { return step.id.present ? step.id.value : step.name.value; }

const Step* find_step(const Journey& journey, const std::string& key) {
  for (const Stage& stage : journey.stages)
    for (const Step& step : stage.steps)
      if (step_key(step) == key) return &step;
  return nullptr;
}

CompareMarks compare_marks(const Journey& old_journey, const Journey& new_journey) {
  CompareMarks marks;
  marks.old_name = old_journey.file ? old_journey.file->path : "the old state";
  marks.new_name = new_journey.file ? new_journey.file->path : "the new state";
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
