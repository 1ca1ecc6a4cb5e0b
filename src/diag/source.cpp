#include "jmap/source.hpp"

namespace jmap {

std::string_view SourceFile::line(std::uint32_t number) const {
  if (m_line_starts.empty()) {
    m_line_starts.push_back(0);
    for (std::size_t i = text.find('\n'); i != std::string::npos; i = text.find('\n', i + 1))
      m_line_starts.push_back(i + 1);
  }
  if (number == 0 || number > m_line_starts.size()) return {};
  std::string_view found = std::string_view(text).substr(m_line_starts[number - 1]);
  found = found.substr(0, found.find('\n'));
  if (!found.empty() && found.back() == '\r') found.remove_suffix(1);
  return found;
}

std::string_view SourceFile::keep(std::string_view value) const { return m_kept.emplace_back(value); }

const SourceFile& SourceSet::add(std::string path, std::string text) {
  return m_files.emplace_back(std::move(path), std::move(text));
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
