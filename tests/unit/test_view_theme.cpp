// Every text colour of every theme against every fill it is drawn on: WCAG 2.x AA
// asks 4.5:1 for normal text. The pairs mirror where map_lanes, map_view and
// flow_view put text.
#include <doctest/doctest.h>

#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "jmap/view.hpp"
#include "test_support.hpp"
#include "view/theme.hpp"

using namespace jmap;
using jmap::test::theme_names;

namespace {

double contrast(const std::string& a, const std::string& b) {
  REQUIRE(a.size() == 7);
  REQUIRE(b.size() == 7);
  return contrast_ratio(a, b);
}

struct Pair {
  std::string what, text, fill;
};

std::vector<Pair> text_pairs(const Theme& t) {
  std::vector<Pair> pairs{
      {"text on background", t.text, t.background},
      {"muted on background", t.muted, t.background},
      {"text on card", t.text, t.card_fill},
      {"muted on card", t.muted, t.card_fill},
      {"lane label", t.lane_label_text, t.lane_label_fill},
      {"future state on background", t.future_state, t.background},
      {"fail point on card", t.fail_point, t.card_fill},
      {"text on pain", t.text, t.pain_fill},
      {"muted on pain", t.muted, t.pain_fill},
      {"high severity on pain", t.severity_high, t.pain_fill},
      {"medium severity on pain", t.severity_medium, t.pain_fill},
      {"low severity on pain", t.severity_low, t.pain_fill},
      {"text on opportunity", t.text, t.opportunity_fill},
      {"met on opportunity", t.met, t.opportunity_fill},
      {"missed on pain", t.missed, t.pain_fill},
      {"text on digital", t.text, t.digital_fill},
      {"digital text", t.digital_text, t.digital_fill},
      {"text on physical", t.text, t.physical_fill},
      {"physical text", t.physical_text, t.physical_fill},
      {"text on human", t.text, t.human_fill},
      {"human text", t.human_text, t.human_fill},
  };
  for (std::size_t i = 0; i < 2; ++i) {
    pairs.push_back({"stage header " + std::to_string(i), t.stage_header_text, t.stage_header[i]});
    pairs.push_back({"stage header muted " + std::to_string(i), t.stage_header_muted, t.stage_header[i]});
    pairs.push_back({"text on stage band " + std::to_string(i), t.text, t.stage_band[i]});
    pairs.push_back({"muted on stage band " + std::to_string(i), t.muted, t.stage_band[i]});
  }
  for (std::size_t i = 0; i < t.emotion_fill.size(); ++i) {
    pairs.push_back({"emotion text " + std::to_string(i), t.emotion_text[i], t.emotion_fill[i]});
    pairs.push_back({"text on emotion fill " + std::to_string(i), t.text, t.emotion_fill[i]});
    pairs.push_back({"muted on emotion fill " + std::to_string(i), t.muted, t.emotion_fill[i]});
  }
  return pairs;
}

}  // namespace

TEST_CASE("every theme's text passes WCAG AA (4.5:1) on the fills it is drawn on") {
  for (const std::string& name : theme_names()) {
    const Theme& theme = theme_named(name);
    for (const Pair& pair : text_pairs(theme)) {
      CAPTURE(name);
      CAPTURE(pair.what);
      CHECK(contrast(pair.text, pair.fill) >= 4.5);
    }
  }
}

TEST_CASE("the contrast theme avoids red/green pairs: its emotion ends and met/missed differ in lightness") {
  const Theme& theme = theme_named("contrast");
  CHECK(theme.emotion.front() == "#D55E00");  // Okabe-Ito vermillion
  CHECK(theme.emotion.back() == "#0072B2");   // Okabe-Ito blue
  CHECK(contrast(theme.met, theme.missed) > 1.0);
  CHECK(theme.met != theme.missed);
}

TEST_CASE("themes are distinct and unknown names fall back to the default") {
  CHECK(theme_named("dark").background != theme_named("default").background);
  CHECK(theme_named("print").patterns);
  CHECK_FALSE(theme_named("default").patterns);
  CHECK_THROWS_AS(theme_named("no-such-theme"), std::invalid_argument);  // no silent fallback
}

TEST_CASE("print: neighbouring emotion levels differ visibly, and no level vanishes on white") {
  const Theme& print = theme_named("print");
  for (std::size_t i = 0; i + 1 < print.emotion_fill.size(); ++i) {
    CAPTURE(i);
    CHECK(contrast(print.emotion_fill[i], print.emotion_fill[i + 1]) >= 1.1);  // #FAFAFA/#FFFFFF was 1.04
    CHECK(contrast(print.emotion[i], print.emotion[i + 1]) >= 1.3);
  }
  for (const std::string& marker : print.emotion) CHECK(contrast(marker, print.background) >= 1.3);
  CHECK(contrast(print.marker_outline, print.background) >= 3.0);
}

TEST_CASE("contrast: opportunities and met KPIs are not the blue of digital touchpoints") {
  const Theme& theme = theme_named("contrast");
  CHECK(theme.opportunity_fill != theme.digital_fill);
  CHECK(theme.opportunity_stroke != theme.digital_stroke);
  CHECK(theme.met != theme.digital_text);
  CHECK(theme.opportunity_stroke == "#009E73");  // Okabe-Ito bluish green
}

TEST_CASE("twelve personas' curves all look different in every theme") {
  for (const std::string& name : theme_names()) {
    CAPTURE(name);
    const Theme& theme = theme_named(name);
    std::set<PersonaLook> looks;
    for (std::size_t k = 0; k < 12; ++k) looks.insert(persona_look(theme, k));
    CHECK(looks.size() == 12);
    // The first curves are told apart by colour alone, except in print.
    if (!theme.patterns) CHECK(persona_look(theme, 5).pattern == LinePattern::solid);
    CHECK(persona_look(theme, 0).pattern == LinePattern::solid);
  }
  // Print's greys still show on paper: 3:1 on white (WCAG 1.4.11, graphics).
  for (const std::string& grey : theme_named("print").personas) CHECK(contrast(grey, "#FFFFFF") >= 3.0);
}

TEST_CASE("a touchpoint kind's colours come from one place; an unknown kind is digital") {
  for (const std::string& name : theme_names()) {
    CAPTURE(name);
    const Theme& theme = theme_named(name);
    KindColors physical = kind_colors(theme, "physical");
    CHECK(physical.fill == theme.physical_fill);
    CHECK(physical.stroke == theme.physical_stroke);
    CHECK(physical.text == theme.physical_text);
    CHECK(kind_colors(theme, "human").text == theme.human_text);
    CHECK(kind_colors(theme, "human").fill == theme.human_fill);
    CHECK(kind_colors(theme, "digital").stroke == theme.digital_stroke);
    CHECK(kind_colors(theme, "other").fill == theme.digital_fill);
    for (const char* kind : {"digital", "physical", "human"})  // the accent is readable on its card
      CHECK(contrast_ratio(kind_colors(theme, kind).text, kind_colors(theme, kind).fill) >= k_text_contrast);
  }
}
