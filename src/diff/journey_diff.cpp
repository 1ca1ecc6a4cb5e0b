// Two journeys -> the list of changes. Items are matched by id (by name, or a pain's or
// an opportunity's text, where none is written); a change is filed under the stage it
// happens in: NEW's stage, or OLD's for what is gone.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "jmap/diff.hpp"

namespace jmap {
namespace {

std::string key_of(const Text& id, const Text& name) { return id.present ? id.value : name.value; }

std::string number_text(double value) { return fmt::format("{}", value); }

// A number with its unit: "%" attached, other units after a space.
std::string amount_text(const Number& number, const Text& unit) {
  if (!number.present) return {};
  if (!unit.present || unit.value.empty()) return number_text(number.value);
  return number_text(number.value) + (unit.value == "%" ? "" : " ") + unit.value;
}

std::string emotion_text(const Scale& scale, std::optional<double> value) {
  if (!value) return "none";
  double whole = std::round(*value);
  std::string label = whole == *value ? scale.label_of(static_cast<int>(whole)) : std::string();
  return label.empty() ? number_text(*value) : fmt::format("{} ({})", number_text(*value), label);
}

std::string_view status_text(KpiStatus status) {
  switch (status) {
    case KpiStatus::met: return "met";
    case KpiStatus::missed: return "missed";
    case KpiStatus::unknown: break;
  }
  return "unknown";
}

// Where an item stands in a journey: its stage, its step, its place.
struct StepAt {
  const Stage* stage = nullptr;
  const Step* step = nullptr;
  std::size_t index = 0;  // within the stage
};

struct PainAt {
  const Pain* pain = nullptr;
  std::string stage, step;
};

struct OpportunityAt {
  const Opportunity* opportunity = nullptr;
  std::string stage, step;
};

struct KpiAt {
  const Kpi* kpi = nullptr;
  std::string stage;
};

// A journey's items by key, found once.
struct Index {
  std::map<std::string, std::size_t> stages;
  std::map<std::string, StepAt> steps;
  std::map<std::string, PainAt> pains;
  std::map<std::string, OpportunityAt> opportunities;
  std::map<std::string, KpiAt> kpis;

  explicit Index(const Journey& journey) {
    for (std::size_t s = 0; s < journey.stages.size(); ++s) {
      const Stage& stage = journey.stages[s];
      std::string stage_key = key_of(stage.id, stage.name);
      stages.emplace(stage_key, s);
      for (std::size_t i = 0; i < stage.steps.size(); ++i) {
        const Step& step = stage.steps[i];
        std::string step_key = key_of(step.id, step.name);
        steps.emplace(step_key, StepAt{&stage, &step, i});
        for (const Pain& pain : step.pains) pains.emplace(key_of(pain.id, pain.text), PainAt{&pain, stage_key, step_key});
        for (const Opportunity& o : step.opportunities)
          opportunities.emplace(key_of(o.id, o.text), OpportunityAt{&o, stage_key, step_key});
      }
      for (const Pain& pain : stage.pains) pains.emplace(key_of(pain.id, pain.text), PainAt{&pain, stage_key, ""});
      for (const Opportunity& o : stage.opportunities)
        opportunities.emplace(key_of(o.id, o.text), OpportunityAt{&o, stage_key, ""});
      for (const Kpi& kpi : stage.kpis) kpis.emplace(key_of(kpi.id, kpi.name), KpiAt{&kpi, stage_key});
    }
  }
};

// Which items of `order` (old positions, in NEW's order) keep their relative order: the
// longest increasing run of old positions. The others moved. O(n log n).
std::vector<bool> in_order(const std::vector<std::size_t>& order) {
  std::vector<std::size_t> tails, tail_at, previous(order.size(), static_cast<std::size_t>(-1));
  for (std::size_t i = 0; i < order.size(); ++i) {
    auto it = std::lower_bound(tails.begin(), tails.end(), order[i]);
    std::size_t length = static_cast<std::size_t>(it - tails.begin());
    if (length > 0) previous[i] = tail_at[length - 1];
    if (it == tails.end()) {
      tails.push_back(order[i]);
      tail_at.push_back(i);
    } else {
      *it = order[i];
      tail_at[length] = i;
    }
  }
  std::vector<bool> kept(order.size(), false);
  for (std::size_t i = tail_at.empty() ? previous.size() : tail_at.back(); i < order.size(); i = previous[i]) kept[i] = true;
  return kept;
}

std::string joined(const TextList& list) {
  std::vector<std::string> values;
  for (const Text& text : list) values.push_back(text.value);
  return fmt::format("{}", fmt::join(values, ", "));
}

Span emotion_span(const Step& step, const std::string& persona) {
  for (const EmotionValue& value : step.emotion)
    if (!value.persona.present || value.persona.value == persona) return value.span;
  return step.span;
}

class Differ {
 public:
  Differ(const Journey& old_journey, const Journey& new_journey)
      : m_old(old_journey), m_new(new_journey), m_old_index(old_journey), m_new_index(new_journey) {}

  std::vector<Change> run() {
    journey_fields();
    catalogue(m_old.personas, m_new.personas, ChangeItem::persona);
    catalogue(m_old.touchpoints, m_new.touchpoints, ChangeItem::touchpoint);
    stages();
    steps();
    pains();
    opportunities();
    kpis();
    return collect();
  }

 private:
  const Journey& m_old;
  const Journey& m_new;
  Index m_old_index, m_new_index;
  std::vector<Change> m_journey;                       // the journey's own changes
  std::map<std::string, std::vector<Change>> m_stage;  // by stage key
  std::map<std::string, std::vector<Change>> m_step;   // by step key: the step's and its emotions', pains'...

  void file(Change change) {
    if (change.stage.empty()) m_journey.push_back(std::move(change));
    else if (change.step.empty()) m_stage[change.stage].push_back(std::move(change));
    else m_step[change.step].push_back(std::move(change));
  }

  static Change make(ChangeKind kind, ChangeItem item, const Text& id, const Text& name) {
    Change change;
    change.kind = kind;
    change.item = item;
    change.id = key_of(id, name);
    change.name = name.value;
    change.by_name = !id.present;
    return change;
  }

  void text_field(const Text& old_value, const Text& new_value, std::string field, std::string fallback = {}) {
    std::string before = old_value.present ? old_value.value : fallback;
    std::string after = new_value.present ? new_value.value : fallback;
    if (before == after) return;
    Change change;
    change.item = ChangeItem::journey;
    change.field = std::move(field);
    change.old_text = before;
    change.new_text = after;
    change.old_span = old_value.span;
    change.new_span = new_value.span;
    file(std::move(change));
  }

  void journey_fields() {
    text_field(m_old.title, m_new.title, "title");
    text_field(m_old.state, m_new.state, "state", "current");
  }

  template <class T>
  void catalogue(const std::vector<T>& before, const std::vector<T>& after, ChangeItem item) {
    auto find = [](const std::vector<T>& items, const std::string& key) -> const T* {
      for (const T& x : items)
        if (key_of(x.id, x.name) == key) return &x;
      return nullptr;
    };
    for (const T& x : after) {
      const T* was = find(before, key_of(x.id, x.name));
      if (!was) {
        Change change = make(ChangeKind::added, item, x.id, x.name);
        change.new_span = x.span;
        file(std::move(change));
      } else if (was->name.value != x.name.value) {
        renamed(item, *was, x, "", "");
      }
    }
    for (const T& x : before)
      if (!find(after, key_of(x.id, x.name))) {
        Change change = make(ChangeKind::removed, item, x.id, x.name);
        change.old_span = x.span;
        file(std::move(change));
      }
  }

  template <class T>
  void renamed(ChangeItem item, const T& before, const T& after, std::string stage, std::string step) {
    Change change = make(ChangeKind::renamed, item, after.id, after.name);
    change.field = "name";
    change.stage = std::move(stage);
    change.step = std::move(step);
    change.old_text = before.name.value;
    change.new_text = after.name.value;
    change.old_span = before.name.span;
    change.new_span = after.name.span;
    file(std::move(change));
  }

  void stages() {
    std::vector<std::size_t> order;
    std::vector<const Stage*> common;
    for (const Stage& stage : m_new.stages) {
      std::string key = key_of(stage.id, stage.name);
      auto was = m_old_index.stages.find(key);
      if (was == m_old_index.stages.end()) {
        Change change = make(ChangeKind::added, ChangeItem::stage, stage.id, stage.name);
        change.stage = key;
        change.new_span = stage.span;
        file(std::move(change));
        continue;
      }
      const Stage& before = m_old.stages[was->second];
      if (before.name.value != stage.name.value) renamed(ChangeItem::stage, before, stage, key, "");
      reached(before, stage, key);
      order.push_back(was->second);
      common.push_back(&stage);
    }
    std::vector<bool> kept = in_order(order);
    for (std::size_t i = 0; i < common.size(); ++i)
      if (!kept[i]) stage_moved(m_old.stages[order[i]], *common[i]);
    for (const Stage& stage : m_old.stages) {
      std::string key = key_of(stage.id, stage.name);
      if (m_new_index.stages.contains(key)) continue;
      Change change = make(ChangeKind::removed, ChangeItem::stage, stage.id, stage.name);
      change.stage = key;
      change.old_span = stage.span;
      file(std::move(change));
    }
  }

  void stage_moved(const Stage& before, const Stage& after) {
    Change change = make(ChangeKind::moved, ChangeItem::stage, after.id, after.name);
    change.stage = change.id;
    change.field = "position";
    change.old_text = number_text(static_cast<double>(m_old_index.stages.at(change.id) + 1));
    change.new_text = number_text(static_cast<double>(m_new_index.stages.at(change.id) + 1));
    change.old_span = before.span;
    change.new_span = after.span;
    file(std::move(change));
  }

  void reached(const Stage& before, const Stage& after, const std::string& key) {
    if (before.reached.present == after.reached.present && before.reached.value == after.reached.value) return;
    Change change = make(ChangeKind::changed, ChangeItem::funnel, after.id, after.name);
    change.stage = key;
    change.field = "reached";
    change.old_text = before.reached.present ? number_text(before.reached.value) : "";
    change.new_text = after.reached.present ? number_text(after.reached.value) : "";
    if (before.reached.present && after.reached.present) change.delta = after.reached.value - before.reached.value;
    change.old_span = before.reached.present ? before.reached.span : before.span;
    change.new_span = after.reached.present ? after.reached.span : after.span;
    file(std::move(change));
  }

  void steps() {
    for (const Stage& stage : m_new.stages) {
      std::string stage_key = key_of(stage.id, stage.name);
      std::vector<std::size_t> order;
      std::vector<const Step*> stayed;
      for (const Step& step : stage.steps) {
        std::string key = key_of(step.id, step.name);
        auto was = m_old_index.steps.find(key);
        if (was == m_old_index.steps.end()) {
          Change change = make(ChangeKind::added, ChangeItem::step, step.id, step.name);
          change.stage = stage_key;
          change.step = key;
          change.new_span = step.span;
          file(std::move(change));
          continue;
        }
        const StepAt& before = was->second;
        if (before.step->name.value != step.name.value) renamed(ChangeItem::step, *before.step, step, stage_key, key);
        std::string old_stage = key_of(before.stage->id, before.stage->name);
        if (old_stage != stage_key) {
          step_moved(before, step, stage_key, "stage", old_stage, stage_key);
        } else {
          order.push_back(before.index);
          stayed.push_back(&step);
        }
        emotions(*before.step, step, stage_key, key);
      }
      std::vector<bool> kept = in_order(order);
      for (std::size_t i = 0; i < stayed.size(); ++i) {
        if (kept[i]) continue;
        const StepAt& before = m_old_index.steps.at(key_of(stayed[i]->id, stayed[i]->name));
        const StepAt& after = m_new_index.steps.at(key_of(stayed[i]->id, stayed[i]->name));
        step_moved(before, *stayed[i], stage_key, "position", number_text(static_cast<double>(before.index + 1)),
                   number_text(static_cast<double>(after.index + 1)));
      }
    }
    removed_steps();
  }

  void step_moved(const StepAt& before, const Step& after, const std::string& stage, std::string field,
                  std::string old_text, std::string new_text) {
    Change change = make(ChangeKind::moved, ChangeItem::step, after.id, after.name);
    change.stage = stage;
    change.step = change.id;
    change.field = std::move(field);
    change.old_text = std::move(old_text);
    change.new_text = std::move(new_text);
    change.old_span = before.step->span;
    change.new_span = after.span;
    file(std::move(change));
  }

  void removed_steps() {
    for (const Stage& stage : m_old.stages)
      for (const Step& step : stage.steps) {
        std::string key = key_of(step.id, step.name);
        if (m_new_index.steps.contains(key)) continue;
        Change change = make(ChangeKind::removed, ChangeItem::step, step.id, step.name);
        change.stage = key_of(stage.id, stage.name);
        change.step = key;
        change.old_span = step.span;
        file(std::move(change));
      }
  }

  // The personas whose feeling a step may carry: "" when neither version gives one per
  // persona, else every persona of either journey, NEW's first.
  std::vector<std::string> emotion_personas(const Step& before, const Step& after) const {
    if (!before.emotion_per_persona && !after.emotion_per_persona) return {""};
    std::vector<std::string> ids;
    for (const Persona& p : m_new.personas) ids.push_back(p.id.value);
    for (const Persona& p : m_old.personas)
      if (std::find(ids.begin(), ids.end(), p.id.value) == ids.end()) ids.push_back(p.id.value);
    return ids;
  }

  void emotions(const Step& before, const Step& after, const std::string& stage, const std::string& step) {
    for (const std::string& persona : emotion_personas(before, after)) {
      std::optional<double> was = emotion_for(m_old.scale, before, persona);
      std::optional<double> now = emotion_for(m_new.scale, after, persona);
      if (was == now) continue;
      Change change = make(ChangeKind::changed, ChangeItem::emotion, after.id, after.name);
      change.stage = stage;
      change.step = step;
      change.field = "emotion";
      change.persona = persona;
      change.old_text = emotion_text(m_old.scale, was);
      change.new_text = emotion_text(m_new.scale, now);
      if (was && now) change.delta = *now - *was;
      change.old_span = emotion_span(before, persona);
      change.new_span = emotion_span(after, persona);
      file(std::move(change));
    }
  }

  void pains() {
    for (const auto& [key, now] : ordered(m_new_index.pains)) {
      auto was = m_old_index.pains.find(key);
      if (was == m_old_index.pains.end()) {
        Change change = placed(make(ChangeKind::added, ChangeItem::pain, now.pain->id, now.pain->text), now.stage, now.step);
        change.field = "severity";
        change.new_text = severity(*now.pain);
        change.new_span = now.pain->span;
        file(std::move(change));
      } else if (severity(*was->second.pain) != severity(*now.pain)) {
        Change change = placed(make(ChangeKind::changed, ChangeItem::pain, now.pain->id, now.pain->text), now.stage, now.step);
        change.field = "severity";
        change.old_text = severity(*was->second.pain);
        change.new_text = severity(*now.pain);
        change.old_span = was->second.pain->severity.present ? was->second.pain->severity.span : was->second.pain->span;
        change.new_span = now.pain->severity.present ? now.pain->severity.span : now.pain->span;
        file(std::move(change));
      }
    }
    for (const auto& [key, was] : ordered(m_old_index.pains)) {
      if (m_new_index.pains.contains(key)) continue;
      Change change = placed(make(ChangeKind::removed, ChangeItem::pain, was.pain->id, was.pain->text), was.stage, was.step);
      change.field = "severity";
      change.old_text = severity(*was.pain);
      change.old_span = was.pain->span;
      file(std::move(change));
    }
  }

  static std::string severity(const Pain& pain) { return pain.severity.present ? pain.severity.value : "medium"; }

  static Change placed(Change change, const std::string& stage, const std::string& step) {
    change.stage = stage;
    change.step = step;
    return change;
  }

  // A map's entries in the journey's reading order (by source position), not by key.
  template <class At>
  static std::vector<std::pair<std::string, At>> ordered(const std::map<std::string, At>& items) {
    std::vector<std::pair<std::string, At>> list(items.begin(), items.end());
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
      return span_of(a.second).begin.offset < span_of(b.second).begin.offset;
    });
    return list;
  }

  static const Span& span_of(const PainAt& at) { return at.pain->span; }
  static const Span& span_of(const OpportunityAt& at) { return at.opportunity->span; }
  static const Span& span_of(const KpiAt& at) { return at.kpi->span; }

  void opportunities() {
    for (const auto& [key, now] : ordered(m_new_index.opportunities)) {
      const Opportunity& o = *now.opportunity;
      auto was = m_old_index.opportunities.find(key);
      if (was == m_old_index.opportunities.end()) {
        Change change = placed(make(ChangeKind::added, ChangeItem::opportunity, o.id, o.text), now.stage, now.step);
        change.field = "addresses";
        change.new_text = joined(o.addresses);
        change.new_span = o.span;
        file(std::move(change));
      } else if (joined(was->second.opportunity->addresses) != joined(o.addresses)) {
        Change change = placed(make(ChangeKind::changed, ChangeItem::opportunity, o.id, o.text), now.stage, now.step);
        change.field = "addresses";
        change.old_text = joined(was->second.opportunity->addresses);
        change.new_text = joined(o.addresses);
        change.old_span = was->second.opportunity->span;
        change.new_span = o.span;
        file(std::move(change));
      }
    }
    for (const auto& [key, was] : ordered(m_old_index.opportunities)) {
      if (m_new_index.opportunities.contains(key)) continue;
      const Opportunity& o = *was.opportunity;
      Change change = placed(make(ChangeKind::removed, ChangeItem::opportunity, o.id, o.text), was.stage, was.step);
      change.field = "addresses";
      change.old_text = joined(o.addresses);
      change.old_span = o.span;
      file(std::move(change));
    }
  }

  void kpis() {
    for (const auto& [key, now] : ordered(m_new_index.kpis)) {
      auto was = m_old_index.kpis.find(key);
      if (was == m_old_index.kpis.end()) {
        Change change = placed(make(ChangeKind::added, ChangeItem::kpi, now.kpi->id, now.kpi->name), now.stage, "");
        change.field = "target";
        change.new_text = amount_text(now.kpi->target, now.kpi->unit);
        change.new_span = now.kpi->span;
        file(std::move(change));
        continue;
      }
      const Kpi& before = *was->second.kpi;
      kpi_number(before, *now.kpi, now.stage, "target", &Kpi::target);
      kpi_number(before, *now.kpi, now.stage, "actual", &Kpi::actual);
      if (kpi_status(before) != kpi_status(*now.kpi)) {
        Change change = placed(make(ChangeKind::changed, ChangeItem::kpi, now.kpi->id, now.kpi->name), now.stage, "");
        change.field = "status";
        change.old_text = status_text(kpi_status(before));
        change.new_text = status_text(kpi_status(*now.kpi));
        change.old_span = before.span;
        change.new_span = now.kpi->span;
        file(std::move(change));
      }
    }
    for (const auto& [key, was] : ordered(m_old_index.kpis)) {
      if (m_new_index.kpis.contains(key)) continue;
      Change change = placed(make(ChangeKind::removed, ChangeItem::kpi, was.kpi->id, was.kpi->name), was.stage, "");
      change.field = "target";
      change.old_text = amount_text(was.kpi->target, was.kpi->unit);
      change.old_span = was.kpi->span;
      file(std::move(change));
    }
  }

  void kpi_number(const Kpi& before, const Kpi& after, const std::string& stage, std::string field, Number Kpi::*member) {
    const Number& was = before.*member;
    const Number& now = after.*member;
    if (was.present == now.present && was.value == now.value) return;
    Change change = placed(make(ChangeKind::changed, ChangeItem::kpi, after.id, after.name), stage, "");
    change.field = std::move(field);
    change.old_text = amount_text(was, before.unit);
    change.new_text = amount_text(now, after.unit);
    if (was.present && now.present) change.delta = now.value - was.value;
    change.old_span = was.present ? was.span : before.span;
    change.new_span = now.present ? now.span : after.span;
    file(std::move(change));
  }

  // The journey's own changes, then each stage's: its own, then its steps' in NEW's
  // order, then the steps that are gone; NEW's stages first, then the stages that are
  // gone. A step's changes are filed under the stage the step stands in now.
  std::vector<Change> collect() {
    std::vector<Change> out = std::move(m_journey);
    auto take = [&](std::map<std::string, std::vector<Change>>& from, const std::string& key, const std::string& stage) {
      auto found = from.find(key);
      if (found == from.end()) return;
      for (Change& change : found->second) {
        change.stage = stage;
        out.push_back(std::move(change));
      }
      from.erase(found);
    };
    auto stage_changes = [&](const std::string& key) {
      take(m_stage, key, key);
      for (const Journey* journey : {&m_new, &m_old}) {
        const Index& index = journey == &m_new ? m_new_index : m_old_index;
        auto at = index.stages.find(key);
        if (at == index.stages.end()) continue;
        for (const Step& step : journey->stages[at->second].steps) {
          std::string step_key = key_of(step.id, step.name);
          // A step that moved is filed under the stage it stands in now, not its old one.
          if (journey == &m_old && m_new_index.steps.contains(step_key)) continue;
          take(m_step, step_key, key);
        }
      }
    };
    for (const Stage& stage : m_new.stages) stage_changes(key_of(stage.id, stage.name));
    for (const Stage& stage : m_old.stages) stage_changes(key_of(stage.id, stage.name));
    return out;
  }
};

}  // namespace

std::string_view change_kind_name(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::added: return "added";
    case ChangeKind::removed: return "removed";
    case ChangeKind::moved: return "moved";
    case ChangeKind::renamed: return "renamed";
    case ChangeKind::changed: break;
  }
  return "changed";
}

std::string_view change_item_name(ChangeItem item) {
  switch (item) {
    case ChangeItem::journey: return "journey";
    case ChangeItem::persona: return "persona";
    case ChangeItem::touchpoint: return "touchpoint";
    case ChangeItem::stage: return "stage";
    case ChangeItem::step: return "step";
    case ChangeItem::emotion: return "emotion";
    case ChangeItem::pain: return "pain";
    case ChangeItem::opportunity: return "opportunity";
    case ChangeItem::kpi: return "kpi";
    case ChangeItem::funnel: break;
  }
  return "funnel";
}

JourneyDiff diff_journeys(const Journey& old_journey, const Journey& new_journey) {
  JourneyDiff diff;
  diff.old_name = old_journey.file ? old_journey.file->path : "";
  diff.new_name = new_journey.file ? new_journey.file->path : "";
  diff.changes = Differ(old_journey, new_journey).run();
  for (const Journey* journey : {&old_journey, &new_journey})
    for (const Stage& stage : journey->stages) diff.stage_names[key_of(stage.id, stage.name)] = stage.name.value;
  return diff;
}

}  // namespace jmap
