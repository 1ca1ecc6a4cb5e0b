// Text from a journey file made safe to print on a terminal or in a CI log: a file must
// not be able to recolour or retitle a terminal, start a workflow command or split a
// one-line finding over several lines.
#pragma once

#include <string>
#include <string_view>

namespace jmap {

// For messages, hints, notes and paths: ill-formed UTF-8 becomes U+FFFD; control
// characters (C0, DEL, C1), line and paragraph separators and bidi overrides become
// visible escapes: \n \r \t \e, \xNN for other C0 and DEL, \u{NNNN} for the rest.
std::string printable(std::string_view text);

// For a quoted source line, where every character must keep its column under the caret:
// tabs become a space and the characters above become U+FFFD.
std::string printable_line(std::string_view text);

}  // namespace jmap
