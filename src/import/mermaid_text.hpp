// Mermaid's entity codes: `#58;` (a code point) or `#quot;` (a named one), which Mermaid
// reads before its grammar, so they can stand for the characters its syntax takes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jmap {

// The length of the entity code starting at `at` (`#` letters or digits `;`), or 0.
std::size_t entity_length(std::string_view text, std::size_t at);

// The text with every entity code it knows replaced by its character; an unknown name stays.
std::string decode_entities(std::string_view text);

}  // namespace jmap
