// Colours of the map. One struct so that themes (dark, print, contrast) are values.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace jmap {

// How a persona's curve is drawn besides its colour; heavy is a solid line twice as wide.
enum class LinePattern { solid, dashed, dotted, heavy };

struct Theme {
  std::string background = "#FFFFFF";
  std::string text = "#0F172A";
  std::string muted = "#475569";   // secondary text: sources, meta lines
  std::string rule = "#E2E8F0";    // grid lines, card borders
  std::string lane_label_fill = "#E2E8F0";
  std::string lane_label_text = "#1E293B";
  std::array<std::string, 2> stage_band{"#F1F5F9", "#F8FAFC"};
  std::array<std::string, 2> stage_header{"#1E3A5F", "#2B4C7E"};
  std::string stage_header_text = "#FFFFFF";
  std::string stage_header_muted = "#C7D2FE";
  std::string card_fill = "#FFFFFF";
  std::string card_stroke = "#CBD5E1";
  std::string pain_fill = "#FEF2F2", pain_stroke = "#FCA5A5";
  std::string opportunity_fill = "#F0FDF4", opportunity_stroke = "#86EFAC";
  std::string severity_high = "#B91C1C", severity_medium = "#C2410C", severity_low = "#57534E";
  std::string met = "#15803D", missed = "#B91C1C";
  std::string digital_fill = "#EFF6FF", digital_stroke = "#93C5FD", digital_text = "#1D4ED8";
  std::string physical_fill = "#FFFBEB", physical_stroke = "#FCD34D", physical_text = "#92400E";
  std::string human_fill = "#FAF5FF", human_stroke = "#D8B4FE", human_text = "#7E22CE";
  std::string future_state = "#7C3AED";
  std::string fail_point = "#B91C1C";
  // Emotion markers from the scale's bottom to its top.
  std::array<std::string, 5> emotion{"#DC2626", "#F97316", "#EAB308", "#84CC16", "#16A34A"};
  std::array<std::string, 5> emotion_fill{"#FEE2E2", "#FFEDD5", "#FEF9C3", "#ECFCCB", "#DCFCE7"};  // node tints
  std::array<std::string, 5> emotion_text{"#B91C1C", "#C2410C", "#854D0E", "#3F6212", "#15803D"};  // on the tints
  std::string single_curve = "#2563EB";
  std::string marker_outline = "#FFFFFF";  // the ring round each emotion marker
  // One curve per persona: each colour in turn, then each again in the next pattern.
  std::vector<std::string> personas{"#2563EB", "#DB2777", "#059669", "#D97706", "#7C3AED", "#0891B2"};
  std::vector<LinePattern> persona_patterns{LinePattern::solid, LinePattern::dashed, LinePattern::dotted};
  // Print: what colour says is also said by line patterns (dashed opportunity and
  // missed-KPI cards; persona curves take each pattern in turn, then the next grey).
  bool patterns = false;
};

struct PersonaLook {
  std::string color;
  LinePattern pattern = LinePattern::solid;
  auto operator<=>(const PersonaLook&) const = default;
};

// The look of the k-th persona's curve: no two alike before colours x patterns of them.
PersonaLook persona_look(const Theme& theme, std::size_t k);

// A touchpoint kind's colours: its card's fill and border and its accent text.
struct KindColors {
  const std::string& fill;
  const std::string& stroke;
  const std::string& text;
};

// The colours of "digital", "physical" or "human" (anything else: digital, the default).
KindColors kind_colors(const Theme& theme, std::string_view kind);

// WCAG 2 contrast ratio of two "#RRGGBB" colours, 1 to 21; text needs 4.5 (AA).
double contrast_ratio(const std::string& a, const std::string& b);
constexpr double k_text_contrast = 4.5;

// The theme of a name from theme_names() (view.hpp); the default for any other.
const Theme& theme_named(std::string_view name);

}  // namespace jmap
