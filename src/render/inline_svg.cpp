#include "inline_svg.hpp"

namespace jmap {

std::string inline_svg(const std::string& svg) {
  std::size_t start = svg.find("<svg");
  if (start == std::string::npos) return "";
  std::string out;
  out.reserve(svg.size() - start);
  std::size_t at = start;
  while (at < svg.size()) {
    std::size_t comment = svg.find("<!--", at);
    if (comment == std::string::npos) {
      out.append(svg, at, std::string::npos);
      break;
    }
    out.append(svg, at, comment - at);
    std::size_t end = svg.find("-->", comment + 4);
    if (end == std::string::npos) break;  // an unclosed comment: drop the rest
    at = end + 3;
    if (at < svg.size() && svg[at] == '\n') ++at;
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

}  // namespace jmap
