// What a step feels like, read the same way by every view: the map's markers, the
// flow's node colours and the report's "feels" cells. Private to src/view.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "jmap/model.hpp"

namespace jmap {

// The level of a value on the scale, 0 (the worst) to 4 (the best), clamped: it picks
// one of a theme's five emotion colours.
std::size_t emotion_level(const Scale& scale, double value);

// "2 · unhappy": the value (one decimal at most) and the scale's word for it, if any.
std::string emotion_text(const Scale& scale, double value);

struct PersonaEmotion {
  std::string persona;  // id
  double value = 0;
};

// A step's emotion over everyone who takes it: one value, or one per persona.
struct StepEmotion {
  std::optional<double> mean;  // none when the step has no readable value
  double low = 0, high = 0;    // the spread of the values
  std::vector<PersonaEmotion> by_persona;  // set when the step gives a value per persona
  bool spread() const { return high > low; }
};

StepEmotion step_emotion(const Scale& scale, const Step& step);

// What hovering over an emotion point says: "Pays: 2 (unhappy) — Busy parent"
// (the persona's name only when the curve is one persona's).
std::string emotion_tooltip(const Scale& scale, const std::string& step_name, double value,
                            const std::string& persona_name = "");

// "2 · unhappy", or with several personas who disagree "2 · unhappy (1–3)".
std::string step_emotion_text(const Scale& scale, const StepEmotion& emotion);

}  // namespace jmap
