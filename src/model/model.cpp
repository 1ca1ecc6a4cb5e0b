#include <algorithm>
#include <filesystem>

#include "jmap/model.hpp"

namespace jmap {

std::string Scale::label_of(int value) const {
  auto found = labels.find(value);
  return found == labels.end() ? std::string() : found->second.value;
}

std::string_view evidence_kind_name(EvidenceKind kind) {
  switch (kind) {
    case EvidenceKind::quote: return "quote";
    case EvidenceKind::finding: return "finding";
    case EvidenceKind::metric: return "metric";
  }
  return "quote";
}

const std::string& touchpoint_kind(const Touchpoint& touchpoint) {
  static const std::string digital = "digital";
  return touchpoint.kind.present ? touchpoint.kind.value : digital;
}

void number_pains(Journey& journey) {
  int next = 1;
  for (Stage& stage : journey.stages) {
    for (Step& step : stage.steps)
      for (Pain& pain : step.pains) pain.number = next++;
    for (Pain& pain : stage.pains) pain.number = next++;
  }
}

std::map<std::string, int> pain_numbers_by_id(const Journey& journey) {
  std::map<std::string, int> numbers;
  auto index = [&](const std::vector<Pain>& pains) {
    for (const Pain& pain : pains)
      if (pain.id.present) numbers[pain.id.value] = pain.number;
  };
  for (const Stage& stage : journey.stages) {
    for (const Step& step : stage.steps) index(step.pains);
    index(stage.pains);
  }
  return numbers;
}

KpiStatus kpi_status(const Kpi& kpi) {
  if (!kpi.target.present || !kpi.actual.present) return KpiStatus::unknown;
  bool lower_is_better = kpi.better.present && kpi.better.value == "lower";
  bool met = lower_is_better ? kpi.actual.value <= kpi.target.value : kpi.actual.value >= kpi.target.value;
  return met ? KpiStatus::met : KpiStatus::missed;
}

std::optional<double> resolve_emotion(const Scale& scale, const EmotionValue& value) {
  if (value.number) return value.number;
  for (const auto& [number, label] : scale.labels)
    if (label.value == value.raw.value) return static_cast<double>(number);
  return std::nullopt;
}

template <class T>
static const T* find_by_id(const std::vector<T>& items, std::string_view id) {
  auto found = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id.value == id; });
  return found == items.end() ? nullptr : &*found;
}

const Persona* find_persona(const Journey& journey, std::string_view id) { return find_by_id(journey.personas, id); }

const Touchpoint* find_touchpoint(const Journey& journey, std::string_view id) {
  return find_by_id(journey.touchpoints, id);
}

}  // namespace jmap

namespace jmap {

PainAddress split_address(std::string_view address) {
  std::size_t hash = address.rfind('#');
  if (hash == std::string_view::npos) return {{}, address};
  return {address.substr(0, hash), address.substr(hash + 1)};
}

std::string link_key(std::string_view written) {
  return std::filesystem::path(written).lexically_normal().generic_string();
}

const LinkedJourney* find_link(const Journey& journey, std::string_view written) {
  auto found = journey.links.find(link_key(written));
  return found == journey.links.end() ? nullptr : found->second.get();
}

}  // namespace jmap
