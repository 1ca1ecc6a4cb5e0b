// One persona's journey (`--persona`): a copy of the model with everyone else left out,
// so every view shows the filtered journey without knowing about filters.
#include <algorithm>

#include "jmap/model.hpp"

namespace jmap {

bool step_has_persona(const Step& step, std::string_view persona) {
  return step.personas.empty() ||
         std::any_of(step.personas.begin(), step.personas.end(), [&](const Text& p) { return p.value == persona; });
}

std::optional<double> emotion_for(const Scale& scale, const Step& step, std::string_view persona) {
  for (const EmotionValue& value : step.emotion) {
    bool applies = value.persona.present ? value.persona.value == persona
                                         : persona.empty() || step_has_persona(step, persona);
    if (applies) return resolve_emotion(scale, value);
  }
  return std::nullopt;
}

Journey journey_for_persona(const Journey& journey, std::string_view persona) {
  Journey filtered = journey;
  std::erase_if(filtered.personas, [&](const Persona& p) { return p.id.value != persona; });
  for (Stage& stage : filtered.stages) {
    std::erase_if(stage.steps, [&](const Step& step) { return !step_has_persona(step, persona); });
    for (Step& step : stage.steps) {
      std::erase_if(step.emotion, [&](const EmotionValue& v) { return v.persona.present && v.persona.value != persona; });
      std::erase_if(step.personas, [&](const Text& p) { return p.value != persona; });
      for (EmotionValue& value : step.emotion) value.persona = Text{};  // one persona: one curve
      step.emotion_per_persona = false;
      // `next` may point at a step that is gone; the flow view skips such edges.
    }
  }
  return filtered;
}

}  // namespace jmap
