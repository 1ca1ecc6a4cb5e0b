#include "markdown_blocks.hpp"

#include <algorithm>

namespace jmap::cli {
namespace {

struct Fence {
  char mark = 0;
  std::size_t length = 0, indent = 0;
  std::string_view info;
};

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

std::optional<Fence> fence_of(std::string_view line) {
  Fence fence;
  while (fence.indent < line.size() && fence.indent < 4 && line[fence.indent] == ' ') ++fence.indent;
  if (fence.indent > 3 || fence.indent >= line.size()) return std::nullopt;
  fence.mark = line[fence.indent];
  if (fence.mark != '`' && fence.mark != '~') return std::nullopt;
  while (fence.indent + fence.length < line.size() && line[fence.indent + fence.length] == fence.mark) ++fence.length;
  if (fence.length < 3) return std::nullopt;
  fence.info = trim(line.substr(fence.indent + fence.length));
  if (fence.mark == '`' && fence.info.find('`') != std::string_view::npos) return std::nullopt;
  return fence;
}

bool closes(const Fence& open, std::string_view line) {
  std::optional<Fence> fence = fence_of(line);
  return fence && fence->mark == open.mark && fence->length >= open.length && fence->info.empty();
}

bool is_jmap(const Fence& fence) {
  std::string_view word = fence.info.substr(0, fence.info.find_first_of(" \t{"));
  return word == "jmap";
}

std::string_view without_indent(std::string_view line, std::size_t indent) {
  std::size_t n = 0;
  while (n < indent && n < line.size() && line[n] == ' ') ++n;
  return line.substr(n);
}

// `file: PATH` alone (blank lines aside) names a journey file instead of holding one.
void read_file_line(JmapBlock& block) {
  std::vector<std::string_view> filled;
  for (std::string_view line : block.lines)
    if (!trim(line).empty()) filled.push_back(trim(line));
  if (filled.size() != 1 || !filled.front().starts_with("file:")) return;
  std::string_view path = trim(filled.front().substr(5));
  if (path.size() >= 2 && (path.front() == '"' || path.front() == '\'') && path.back() == path.front())
    path = path.substr(1, path.size() - 2);
  block.file = std::string(path);
}

}  // namespace

std::vector<JmapBlock> find_jmap_blocks(std::string_view page) {
  std::vector<JmapBlock> blocks;
  std::optional<Fence> open;
  JmapBlock current;
  std::size_t start = 0;
  for (std::uint32_t number = 1; start < page.size(); ++number) {
    std::size_t end = std::min(page.find('\n', start), page.size());
    std::string_view line = page.substr(start, end - start);
    std::size_t next = std::min(end + 1, page.size());
    if (!open) {
      open = fence_of(line);
      if (open && is_jmap(*open)) current = JmapBlock{number, 0, start, next, {}, {}};
    } else if (closes(*open, line)) {
      if (is_jmap(*open)) {
        current.end_line = number;
        current.end = next;
        read_file_line(current);
        blocks.push_back(current);
      }
      open.reset();
    } else if (is_jmap(*open)) {
      current.lines.push_back(without_indent(line, open->indent));
    }
    start = next;
  }
  if (open && is_jmap(*open)) {  // never closed: CommonMark runs it to the end of the page
    current.end = page.size();
    blocks.push_back(current);
  }
  return blocks;
}

}  // namespace jmap::cli
