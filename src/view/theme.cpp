// The four themes. default: the house colours (theme.hpp). dark: the same hues on a
// navy ground. print: greys only, patterns and labels instead of colour. contrast:
// the Okabe-Ito colour-blind-safe palette, every text at least WCAG AA (4.5:1) on
// its fill (tests/unit/test_view_theme.cpp checks every pair, in every theme).
#include "theme.hpp"

#include "jmap/view.hpp"

#include <algorithm>
#include <stdexcept>
#include <cmath>
#include <string>

namespace jmap {
namespace {

Theme dark_theme() {
  Theme t;
  t.background = "#0B1220";
  t.text = "#E2E8F0";
  t.muted = "#A3B1C6";
  t.rule = "#334155";
  t.lane_label_fill = "#1E293B";
  t.lane_label_text = "#E2E8F0";
  t.stage_band = {"#131C2E", "#0F1828"};
  t.stage_header = {"#1E40AF", "#1D4ED8"};
  t.stage_header_text = "#FFFFFF";
  t.stage_header_muted = "#DBEAFE";
  t.card_fill = "#1E293B";
  t.card_stroke = "#475569";
  t.pain_fill = "#3B1219";
  t.pain_stroke = "#DC2626";
  t.opportunity_fill = "#0F2E1D";
  t.opportunity_stroke = "#16A34A";
  t.severity_high = "#FCA5A5";
  t.severity_medium = "#FDBA74";
  t.severity_low = "#D6D3D1";
  t.met = "#86EFAC";
  t.missed = "#FCA5A5";
  t.digital_fill = "#172554";
  t.digital_stroke = "#3B82F6";
  t.digital_text = "#BFDBFE";
  t.physical_fill = "#3A2A06";
  t.physical_stroke = "#CA8A04";
  t.physical_text = "#FDE68A";
  t.human_fill = "#2E1065";
  t.human_stroke = "#9333EA";
  t.human_text = "#E9D5FF";
  t.future_state = "#C4B5FD";
  t.fail_point = "#FCA5A5";
  t.emotion_fill = {"#450A0A", "#431407", "#422006", "#1A2E05", "#052E16"};
  t.emotion_text = {"#FCA5A5", "#FDBA74", "#FDE047", "#BEF264", "#86EFAC"};
  t.single_curve = "#60A5FA";
  t.marker_outline = t.background;
  t.personas = {"#60A5FA", "#F472B6", "#34D399", "#FBBF24", "#A78BFA", "#22D3EE"};
  return t;
}

Theme print_theme() {
  Theme t;
  t.background = "#FFFFFF";
  t.text = "#000000";
  t.muted = "#404040";
  t.rule = "#BDBDBD";
  t.lane_label_fill = "#E6E6E6";
  t.lane_label_text = "#000000";
  t.stage_band = {"#F2F2F2", "#FAFAFA"};
  t.stage_header = {"#262626", "#404040"};
  t.stage_header_text = "#FFFFFF";
  t.stage_header_muted = "#E0E0E0";
  t.card_fill = "#FFFFFF";
  t.card_stroke = "#8C8C8C";
  t.pain_fill = "#EBEBEB";
  t.pain_stroke = "#000000";
  t.opportunity_fill = "#FFFFFF";
  t.opportunity_stroke = "#000000";
  t.severity_high = t.severity_medium = t.severity_low = "#000000";
  t.met = t.missed = "#000000";
  t.digital_fill = t.physical_fill = t.human_fill = "#FFFFFF";
  t.digital_stroke = t.physical_stroke = t.human_stroke = "#595959";
  t.digital_text = t.physical_text = t.human_text = "#404040";
  t.future_state = "#000000";
  t.fail_point = "#000000";
  // A visible step between neighbouring levels, and no level white: a marker or a
  // flow node of the top level must still show on paper.
  t.emotion = {"#000000", "#404040", "#737373", "#A6A6A6", "#D9D9D9"};
  t.emotion_fill = {"#B8B8B8", "#CCCCCC", "#E0E0E0", "#F0F0F0", "#FFFFFF"};
  t.marker_outline = "#000000";
  t.emotion_text = {"#000000", "#000000", "#000000", "#000000", "#000000"};
  t.single_curve = "#000000";
  // Greys that still show on paper (3:1 on white at least), each in four patterns.
  t.personas = {"#000000", "#595959", "#8C8C8C"};
  t.persona_patterns = {LinePattern::solid, LinePattern::dashed, LinePattern::dotted, LinePattern::heavy};
  t.patterns = true;
  return t;
}

// Okabe & Ito (2008), "Color Universal Design": blue #0072B2, vermillion #D55E00,
// bluish green #009E73, orange #E69F00, sky blue #56B4E9, reddish purple #CC79A7;
// the text shades are darkened until they pass 4.5:1 on their fills.
Theme contrast_theme() {
  Theme t;
  t.background = "#FFFFFF";
  t.text = "#000000";
  t.muted = "#3B3B3B";
  t.rule = "#B3B3B3";
  t.lane_label_fill = "#E8E8E8";
  t.lane_label_text = "#000000";
  t.stage_band = {"#F0F4F8", "#FAFAFA"};
  t.stage_header = {"#003E66", "#005A8F"};
  t.stage_header_text = "#FFFFFF";
  t.stage_header_muted = "#E0F0FF";
  t.card_fill = "#FFFFFF";
  t.card_stroke = "#6B6B6B";
  t.pain_fill = "#FBE9DE";
  t.pain_stroke = "#D55E00";
  // Bluish green: opportunities and met KPIs must not look like digital touchpoints (blue).
  t.opportunity_fill = "#E0F2EC";
  t.opportunity_stroke = "#009E73";
  t.severity_high = "#8F3A00";
  t.severity_medium = "#8F3A00";
  t.severity_low = "#3B3B3B";
  t.met = "#00664A";
  t.missed = "#8F3A00";
  t.digital_fill = "#E3F1FA";
  t.digital_stroke = "#0072B2";
  t.digital_text = "#004C7A";
  t.physical_fill = "#FCF3DC";
  t.physical_stroke = "#E69F00";
  t.physical_text = "#6B4A00";
  t.human_fill = "#F7E8F1";
  t.human_stroke = "#CC79A7";
  t.human_text = "#7A2E5A";
  t.future_state = "#7A2E5A";
  t.fail_point = "#A84800";
  // Emotion from low to high: vermillion -> orange -> grey -> sky blue -> blue, never red/green.
  t.emotion = {"#D55E00", "#E69F00", "#8C8C8C", "#56B4E9", "#0072B2"};
  t.emotion_fill = {"#FBE9DE", "#FCF3DC", "#F0F0F0", "#E6F4FC", "#D9EBF7"};
  t.emotion_text = {"#8F3A00", "#6B4A00", "#3B3B3B", "#005A8F", "#004C7A"};
  t.single_curve = "#0072B2";
  t.personas = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"};
  return t;
}

double linear_channel(const std::string& hex, std::size_t at) {
  double c = std::stoi(hex.substr(at, 2), nullptr, 16) / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double relative_luminance(const std::string& hex) {
  return 0.2126 * linear_channel(hex, 1) + 0.7152 * linear_channel(hex, 3) + 0.0722 * linear_channel(hex, 5);
}

}  // namespace

double contrast_ratio(const std::string& a, const std::string& b) {
  double la = relative_luminance(a), lb = relative_luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

KindColors kind_colors(const Theme& theme, std::string_view kind) {
  if (kind == "physical") return {theme.physical_fill, theme.physical_stroke, theme.physical_text};
  if (kind == "human") return {theme.human_fill, theme.human_stroke, theme.human_text};
  return {theme.digital_fill, theme.digital_stroke, theme.digital_text};
}

PersonaLook persona_look(const Theme& theme, std::size_t k) {
  std::size_t colors = theme.personas.size(), patterns = theme.persona_patterns.size();
  if (theme.patterns) return {theme.personas[k / patterns % colors], theme.persona_patterns[k % patterns]};
  return {theme.personas[k % colors], theme.persona_patterns[k / colors % patterns]};
}

namespace {

// The one table of themes: the name a user gives, what --help says, the colours.
struct NamedTheme {
  ThemeInfo info;
  Theme theme;
};

const std::vector<NamedTheme>& named_themes() {
  static const std::vector<NamedTheme> table{
      {{"default", "light colours; the HTML page adds dark pictures for dark readers"}, Theme{}},
      {{"dark", "light text on a dark ground"}, dark_theme()},
      {{"print", "greyscale-safe: patterns as well as shades"}, print_theme()},
      {{"contrast", "colour-blind-safe (Okabe-Ito), strong contrast"}, contrast_theme()},
  };
  return table;
}

}  // namespace

const std::vector<ThemeInfo>& theme_table() {
  static const std::vector<ThemeInfo> table = [] {
    std::vector<ThemeInfo> infos;
    for (const NamedTheme& named : named_themes()) infos.push_back(named.info);
    return infos;
  }();
  return table;
}

bool is_theme(std::string_view name) {
  const auto& table = named_themes();
  return std::any_of(table.begin(), table.end(), [&](const NamedTheme& named) { return named.info.name == name; });
}

const Theme& theme_named(std::string_view name) {
  for (const NamedTheme& named : named_themes())
    if (named.info.name == name) return named.theme;
  // The CLI checks names against theme_table(); reaching here is a bug, not a fallback.
  throw std::invalid_argument("no theme named '" + std::string(name) + "'");
}

}  // namespace jmap
