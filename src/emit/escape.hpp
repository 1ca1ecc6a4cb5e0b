// Escaping for the languages jmap writes. Every user text passes through one of these.
#pragma once

#include <string>
#include <string_view>

namespace jmap {

// Text for XML/HTML content and attributes (also Graphviz HTML-like labels): & < > " '
// escaped; control characters other than tab dropped (XML forbids them).
std::string escape_xml(std::string_view text);

// A DOT double-quoted string's content: " and \ escaped, newlines as spaces. Graphviz
// then expands \N-style escapes in some attributes; an escaped backslash stays literal.
std::string escape_dot(std::string_view text);

}  // namespace jmap
