// Groups the characters no font draws by script and says which package would draw them.
#include "render/glyph_warnings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <set>

#include "render/script_fonts.hpp"
#include "util/utf8.hpp"

namespace jmap {
namespace {

constexpr std::size_t k_shown = 5;  // characters named per script

struct Missing {
  ScriptFont font;
  std::string glyphs;      // the first k_shown, as written
  std::string codes;       // "U+674E U+5C0F"
  std::size_t count = 0;   // distinct characters
};

void add(Missing& missing, std::string_view glyph, char32_t c) {
  if (missing.count++ >= k_shown) return;
  missing.glyphs += glyph;
  missing.codes += fmt::format("{}U+{:04X}", missing.codes.empty() ? "" : " ", static_cast<std::uint32_t>(c));
}

std::string message(const Missing& missing) {
  bool one = missing.count == 1;
  std::string more = missing.count > k_shown ? fmt::format(" and {} more", missing.count - k_shown) : "";
  std::string fix = missing.font.package.empty() ? "no font package covers them"
                                                 : fmt::format("install {}", missing.font.package);
  return fmt::format("no installed font draws {} ({}, {}{}): {} out as {} in PNG and PDF; {}", missing.glyphs,
                     missing.font.script, missing.codes, more, one ? "it comes" : "they come",
                     one ? "an empty box" : "empty boxes", fix);
}

}  // namespace

std::vector<std::string> missing_glyph_warnings(std::string_view text,
                                                const std::function<bool(char32_t)>& has_glyph) {
  std::vector<Missing> scripts;  // in order of first appearance
  std::set<char32_t> seen;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t length = std::max<std::size_t>(1, utf8_sequence_length(static_cast<unsigned char>(text[at])));
    length = std::min(length, text.size() - at);
    char32_t c = utf8_decode(text, at, length);
    std::string_view glyph = text.substr(at, length);
    at += length;
    if (draws_nothing(c) || !seen.insert(c).second || has_glyph(c)) continue;
    ScriptFont font = script_font(c);
    auto same = std::find_if(scripts.begin(), scripts.end(), [&](const Missing& m) { return m.font.script == font.script; });
    if (same == scripts.end()) same = scripts.insert(scripts.end(), Missing{font, "", "", 0});
    add(*same, glyph, c);
  }
  std::vector<std::string> warnings;
  for (const Missing& missing : scripts) warnings.push_back(message(missing));
  return warnings;
}

}  // namespace jmap
