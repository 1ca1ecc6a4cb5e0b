// The ```jmap fenced blocks of a Markdown page (CommonMark fences: ``` or ~~~, three or
// more, indented up to three spaces; a fence closes with the same character, as long).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jmap::cli {

struct JmapBlock {
  std::uint32_t fence_line = 0;     // 1-based: the opening fence
  std::uint32_t end_line = 0;       // the closing fence (0: never closed)
  std::size_t begin = 0, end = 0;   // bytes of the page the block takes, fences included
  std::vector<std::string_view> lines;  // the content, indentation of the fence removed
  std::optional<std::string> file;  // set when the block is one `file: PATH` line
};

std::vector<JmapBlock> find_jmap_blocks(std::string_view page);

}  // namespace jmap::cli
