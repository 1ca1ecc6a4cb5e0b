// The warning for text no installed font can draw: PNG and PDF show such characters
// as empty boxes ("tofu"), SVG and HTML leave them to the reader's fonts.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace jmap {

// All the text a picture draws, one run a line (the PNG and PDF check reads it).
struct Picture;
std::string picture_text(const Picture& picture);

// One warning per script with characters `has_glyph` says no font draws, in the order
// the scripts first appear: the first few characters, their code points, their script and
// a Debian package that covers it.
std::vector<std::string> missing_glyph_warnings(std::string_view text,
                                                const std::function<bool(char32_t)>& has_glyph);

// The same against the fonts fontconfig offers pango for the pictures' "Helvetica"
// (src/render/font_coverage.cpp); none when fontconfig cannot be loaded.
std::vector<std::string> font_coverage_warnings(std::string_view text);

}  // namespace jmap
