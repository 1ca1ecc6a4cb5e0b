// The shapes of the common YAML mistakes behind a parser error, found in the source
// lines around it: the parser names where it stopped, these name the cause.
// Private to src/yaml (and its tests).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "jmap/source.hpp"

namespace jmap::yaml {

struct SyntaxShape {
  Span span;  // the cause: where to point
  std::string message;
  std::string hint;
};

// The cause of a parser error at `stopped` when it has a known shape: an unclosed quote
// (on an earlier line), a list item without a space after its dash, a key indented
// further than the one above it, a quote inside quoted text.
std::optional<SyntaxShape> find_syntax_shape(const SourceFile& file, const Position& stopped,
                                             std::string_view problem);

}  // namespace jmap::yaml
