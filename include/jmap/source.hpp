// Source files and positions: what every diagnostic and model value points back to.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jmap {

// A text file as it was read. Diagnostics quote its lines under the message.
struct SourceFile {
  SourceFile(std::string file_path, std::string file_text)
      : path(std::move(file_path)), text(std::move(file_text)) {}

  std::string path;  // as given on the command line or resolved from an import
  std::string text;

  // The line (1-based) without its newline; empty past the end. O(1) after the first
  // call: a file with 200,000 findings quotes 200,000 lines.
  std::string_view line(std::uint32_t number) const;

  // Keeps a text value whose bytes are not in the file as written (an escape, a folded
  // line) for as long as the file lives: the YAML tree's values are views into `text` or
  // into these, so a tree of a million scalars makes no copies.
  std::string_view keep(std::string_view value) const;

 private:
  mutable std::deque<std::string> m_kept;
  // Byte offset of each line's start, built on the first line() call. A file belongs
  // to one thread (lint gives every worker its own SourceSet), so lazy is safe.
  mutable std::vector<std::size_t> m_line_starts;
};

// Owns every file read during one run; spans point into it, so it outlives them.
class SourceSet {
 public:
  const SourceFile& add(std::string path, std::string text);

 private:
  std::deque<SourceFile> m_files;  // deque: stable addresses
};

// 1-based line and column (columns count Unicode code points), plus the byte offset.
struct Position {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::size_t offset = 0;
};

// A range in a file: where a value starts and ends. `file` is null for values that
// have no source (defaults).
struct Span {
  const SourceFile* file = nullptr;
  Position begin;
  Position end;

  bool known() const { return file != nullptr && begin.line > 0; }
};

// Position of a byte offset, counting lines and code points from the start of text.
Position position_at(std::string_view text, std::size_t offset);

}  // namespace jmap
