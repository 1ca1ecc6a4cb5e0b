#include "emotion.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "number_format.hpp"
#include "text_layout.hpp"

namespace jmap {

std::size_t emotion_level(const Scale& scale, double value) {
  double span = std::max(1, scale.high() - scale.low());
  return static_cast<std::size_t>(std::lround(std::clamp((value - scale.low()) / span, 0.0, 1.0) * 4));
}

std::string emotion_text(const Scale& scale, double value) {
  std::string label = scale.label_of(static_cast<int>(std::lround(value)));
  return format_number(std::round(value * 10) / 10) + (label.empty() ? "" : " \u00B7 " + label);
}

std::string emotion_tooltip(const Scale& scale, const std::string& step_name, double value,
                            const std::string& persona_name) {
  std::string label = scale.label_of(static_cast<int>(std::lround(value)));
  return fmt::format("{}: {}{}{}", step_name, format_number(value), label.empty() ? "" : " (" + label + ")",
                     persona_name.empty() ? "" : " \u2014 " + persona_name);
}

StepEmotion step_emotion(const Scale& scale, const Step& step) {
  StepEmotion out;
  double sum = 0;
  int count = 0;
  for (const EmotionValue& value : step.emotion) {
    std::optional<double> resolved = resolve_emotion(scale, value);
    if (!resolved) continue;
    out.low = count == 0 ? *resolved : std::min(out.low, *resolved);
    out.high = count == 0 ? *resolved : std::max(out.high, *resolved);
    sum += *resolved;
    ++count;
    if (value.persona.present) out.by_persona.push_back(PersonaEmotion{value.persona.value, *resolved});
  }
  if (count > 0) out.mean = sum / count;
  return out;
}

std::string step_emotion_text(const Scale& scale, const StepEmotion& emotion) {
  if (!emotion.mean) return "";
  std::string text = emotion_text(scale, *emotion.mean);
  if (emotion.spread()) text += fmt::format(" ({}\u2013{})", format_number(emotion.low), format_number(emotion.high));
  return text;
}

}  // namespace jmap
