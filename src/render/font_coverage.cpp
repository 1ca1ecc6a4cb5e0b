// Asks fontconfig which characters the fonts pango would use for the pictures' text can
// draw. Pango falls back through FcFontSort's list for "Helvetica", so a character
// is drawn when any font of that list has it: FcFontSort gives their charsets' union.
// fontconfig is dlopen'ed here, as graphviz.cpp loads pango, so that SVG, DOT and the
// HTML page load no font library (tests/cli/test_svg_text_metrics.sh).
#include <dlfcn.h>
#include <fontconfig/fontconfig.h>

#include <memory>

#include "render/dynamic_symbol.hpp"
#include "render/glyph_warnings.hpp"

namespace jmap {
namespace {

struct Fontconfig {
  decltype(&FcInit) init = nullptr;
  decltype(&FcNameParse) name_parse = nullptr;
  decltype(&FcConfigSubstitute) substitute = nullptr;
  decltype(&FcDefaultSubstitute) default_substitute = nullptr;
  decltype(&FcFontSort) font_sort = nullptr;
  decltype(&FcCharSetHasChar) has_char = nullptr;
  decltype(&FcCharSetDestroy) charset_destroy = nullptr;
  decltype(&FcFontSetDestroy) fontset_destroy = nullptr;
  decltype(&FcPatternDestroy) pattern_destroy = nullptr;
};

// nullptr when libfontconfig.so.1 or one of its functions is missing.
const Fontconfig* fontconfig() {
  static const std::unique_ptr<Fontconfig> loaded = [] {
    void* library = dlopen("libfontconfig.so.1", RTLD_LAZY | RTLD_LOCAL);
    auto fc = std::make_unique<Fontconfig>();
    bool found = library && find_symbol(library, "FcInit", fc->init) && find_symbol(library, "FcNameParse", fc->name_parse) &&
                 find_symbol(library, "FcConfigSubstitute", fc->substitute) &&
                 find_symbol(library, "FcDefaultSubstitute", fc->default_substitute) &&
                 find_symbol(library, "FcFontSort", fc->font_sort) && find_symbol(library, "FcCharSetHasChar", fc->has_char) &&
                 find_symbol(library, "FcCharSetDestroy", fc->charset_destroy) &&
                 find_symbol(library, "FcFontSetDestroy", fc->fontset_destroy) &&
                 find_symbol(library, "FcPatternDestroy", fc->pattern_destroy);
    return found && fc->init() ? std::move(fc) : nullptr;
  }();
  return loaded.get();
}

// The union of the charsets of the fonts fontconfig sorts for the pictures' font name.
FcCharSet* drawable_characters(const Fontconfig& fc) {
  FcPattern* pattern = fc.name_parse(reinterpret_cast<const FcChar8*>("Helvetica"));
  if (!pattern) return nullptr;
  fc.substitute(nullptr, pattern, FcMatchPattern);
  fc.default_substitute(pattern);
  FcCharSet* characters = nullptr;
  FcResult result = FcResultMatch;
  FcFontSet* fonts = fc.font_sort(nullptr, pattern, FcTrue, &characters, &result);
  if (fonts) fc.fontset_destroy(fonts);
  fc.pattern_destroy(pattern);
  return characters;
}

}  // namespace

std::vector<std::string> font_coverage_warnings(std::string_view text) {
  const Fontconfig* fc = fontconfig();
  if (!fc) return {};
  FcCharSet* characters = drawable_characters(*fc);
  auto has_glyph = [&](char32_t c) { return characters && fc->has_char(characters, c); };
  std::vector<std::string> warnings = missing_glyph_warnings(text, has_glyph);
  if (characters) fc->charset_destroy(characters);
  return warnings;
}

}  // namespace jmap
