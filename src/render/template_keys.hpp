// The names a template may use: a static tree of the HTML report's data keys. The
// Mustache adapter builds its data through it (a key it sets must be here, and every key
// here is set), the template check resolves names against it, and docs/templates.md and
// jmap-templates(7) are tested against it. Private to src/render.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jmap {

enum class KeyKind { text, flag, list, object };

struct TemplateKey {
  std::string_view name;
  KeyKind kind = KeyKind::text;
  // An object's keys, or the keys of each item of a list (none: a list of texts).
  std::vector<TemplateKey> children;

  const TemplateKey* find(std::string_view child) const;
};

// The root: the keys of the top level.
const TemplateKey& template_keys();

// Throws TemplateError "FILE:LINE:COL: ..." for a partial ({{> name}}) or a name that the
// data does not have where it stands (variables, sections, inverted sections, dotted
// names), with a did-you-mean hint. Reads tags as Mustache does: set-delimiter tags too.
void check_template_names(const std::string& text, const std::string& file_name);

// "mine.mustache:3:7: message" for a character offset into the template.
std::string template_position(const std::string& file_name, const std::string& text, std::size_t offset,
                              const std::string& message);

}  // namespace jmap
