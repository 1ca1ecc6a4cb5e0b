// Which script a character belongs to, and a Debian font package that draws it: what
// the missing-glyph warning names (glyph_warnings.cpp).
#pragma once

#include <string_view>

namespace jmap {

struct ScriptFont {
  std::string_view script;   // "Han", "Arabic", "Emoji"; "other scripts" when unknown
  std::string_view package;  // "fonts-noto-cjk"; "" when no font package can help
};

ScriptFont script_font(char32_t c);

// Characters no font needs a glyph for: controls, joiners, variation selectors, bidi
// marks. Pango draws nothing for them, so a font that lacks them is not missing anything.
bool draws_nothing(char32_t c);

}  // namespace jmap
