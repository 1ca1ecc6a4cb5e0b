// Unicode blocks grouped by script, each with the Debian package that covers it on
// Debian 12 (checked with `fc-list :charset=XXXX file` once fonts-noto-core,
// fonts-noto-cjk and fonts-noto-color-emoji are installed).
#include "render/script_fonts.hpp"

#include <algorithm>
#include <iterator>

namespace jmap {
namespace {

struct ScriptRange {
  char32_t first, last;
  ScriptFont font;
};

constexpr std::string_view k_noto_core = "fonts-noto-core";
constexpr std::string_view k_noto_cjk = "fonts-noto-cjk";
constexpr std::string_view k_noto_emoji = "fonts-noto-color-emoji";

// Sorted by `first`, without overlaps.
constexpr ScriptRange k_scripts[] = {
    {0x0000, 0x024F, {"Latin", k_noto_core}},
    {0x0370, 0x03FF, {"Greek", k_noto_core}},
    {0x0400, 0x052F, {"Cyrillic", k_noto_core}},
    {0x0530, 0x058F, {"Armenian", k_noto_core}},
    {0x0590, 0x05FF, {"Hebrew", k_noto_core}},
    {0x0600, 0x06FF, {"Arabic", k_noto_core}},
    {0x0700, 0x074F, {"Syriac", k_noto_core}},
    {0x0750, 0x077F, {"Arabic", k_noto_core}},
    {0x0780, 0x07BF, {"Thaana", k_noto_core}},
    {0x08A0, 0x08FF, {"Arabic", k_noto_core}},
    {0x0900, 0x097F, {"Devanagari", k_noto_core}},
    {0x0980, 0x09FF, {"Bengali", k_noto_core}},
    {0x0A00, 0x0A7F, {"Gurmukhi", k_noto_core}},
    {0x0A80, 0x0AFF, {"Gujarati", k_noto_core}},
    {0x0B00, 0x0B7F, {"Oriya", k_noto_core}},
    {0x0B80, 0x0BFF, {"Tamil", k_noto_core}},
    {0x0C00, 0x0C7F, {"Telugu", k_noto_core}},
    {0x0C80, 0x0CFF, {"Kannada", k_noto_core}},
    {0x0D00, 0x0D7F, {"Malayalam", k_noto_core}},
    {0x0D80, 0x0DFF, {"Sinhala", k_noto_core}},
    {0x0E00, 0x0E7F, {"Thai", k_noto_core}},
    {0x0E80, 0x0EFF, {"Lao", k_noto_core}},
    {0x0F00, 0x0FFF, {"Tibetan", k_noto_core}},
    {0x1000, 0x109F, {"Myanmar", k_noto_core}},
    {0x10A0, 0x10FF, {"Georgian", k_noto_core}},
    {0x1100, 0x11FF, {"Hangul", k_noto_cjk}},
    {0x1200, 0x139F, {"Ethiopic", k_noto_core}},
    {0x13A0, 0x13FF, {"Cherokee", k_noto_core}},
    {0x1780, 0x17FF, {"Khmer", k_noto_core}},
    {0x1800, 0x18AF, {"Mongolian", k_noto_core}},
    {0x2600, 0x27BF, {"Emoji", k_noto_emoji}},  // symbols and dingbats: emoji's first home
    {0x2E80, 0x2FDF, {"Han", k_noto_cjk}},
    {0x3000, 0x303F, {"Han", k_noto_cjk}},  // CJK punctuation
    {0x3040, 0x309F, {"Hiragana", k_noto_cjk}},
    {0x30A0, 0x30FF, {"Katakana", k_noto_cjk}},
    {0x3100, 0x312F, {"Bopomofo", k_noto_cjk}},
    {0x3130, 0x318F, {"Hangul", k_noto_cjk}},
    {0x31F0, 0x31FF, {"Katakana", k_noto_cjk}},
    {0x3200, 0x4DBF, {"Han", k_noto_cjk}},
    {0x4E00, 0x9FFF, {"Han", k_noto_cjk}},
    {0xA960, 0xA97F, {"Hangul", k_noto_cjk}},
    {0xAC00, 0xD7FF, {"Hangul", k_noto_cjk}},
    {0xE000, 0xF8FF, {"private use", ""}},
    {0xF900, 0xFAFF, {"Han", k_noto_cjk}},
    {0xFB1D, 0xFB4F, {"Hebrew", k_noto_core}},
    {0xFB50, 0xFDFF, {"Arabic", k_noto_core}},
    {0xFE30, 0xFE4F, {"Han", k_noto_cjk}},
    {0xFE70, 0xFEFF, {"Arabic", k_noto_core}},
    {0xFF00, 0xFFEF, {"Han", k_noto_cjk}},  // full-width forms
    {0xFFF0, 0xFFFF, {"unassigned", ""}},
    {0x1F000, 0x1FAFF, {"Emoji", k_noto_emoji}},
    {0x20000, 0x3FFFF, {"Han", k_noto_cjk}},
    {0xF0000, 0x10FFFF, {"private use", ""}},
};

}  // namespace

ScriptFont script_font(char32_t c) {
  auto after = std::upper_bound(std::begin(k_scripts), std::end(k_scripts), c,
                                [](char32_t value, const ScriptRange& range) { return value < range.first; });
  if (after != std::begin(k_scripts) && c <= std::prev(after)->last) return std::prev(after)->font;
  return {"other scripts", "fonts-noto-core"};
}

bool draws_nothing(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD || c == 0x34F || (c >= 0x180B && c <= 0x180F) ||
         (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) ||
         (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || (c >= 0xE0000 && c <= 0xE0FFF);
}

}  // namespace jmap
