#include "jmap/source.hpp"

namespace jmap {

std::string_view SourceFile::line(std::uint32_t number) const {
  std::string_view rest = text;
  for (std::uint32_t i = 1; i < number; ++i) {
    auto newline = rest.find('\n');
    if (newline == std::string_view::npos) return {};
    rest.remove_prefix(newline + 1);
  }
  auto end = rest.find('\n');
  auto found = rest.substr(0, end);
  if (!found.empty() && found.back() == '\r') found.remove_suffix(1);
  return found;
}

const SourceFile& SourceSet::add(std::string path, std::string text) {
  return m_files.emplace_back(SourceFile{std::move(path), std::move(text)});
}

Position position_at(std::string_view text, std::size_t offset) {
  Position position{1, 1, offset};
  if (offset > text.size()) offset = text.size();
  std::size_t start = text.starts_with("\xEF\xBB\xBF") && offset >= 3 ? 3 : 0;  // a BOM is no column
  for (std::size_t i = start; i < offset; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++position.line;
      position.column = 1;
    } else if ((c & 0xC0) != 0x80) {  // count code points, not continuation bytes
      ++position.column;
    }
  }
  return position;
}

}  // namespace jmap
