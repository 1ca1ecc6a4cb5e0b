#include "render/page_svg.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "render/inline_svg.hpp"
#include "jmap/error.hpp"
#include "util/escape.hpp"

namespace jmap {
namespace {

constexpr double k_footer_size = 9;  // points
constexpr const char* k_footer_color = "#555555";

// The value of attribute `name` in the root tag `tag`, or "".
std::string attribute(std::string_view tag, std::string_view name) {
  std::string key = fmt::format(" {}=\"", name);
  std::size_t at = tag.find(key);
  if (at == std::string_view::npos) return "";
  at += key.size();
  std::size_t end = tag.find('"', at);
  return std::string(tag.substr(at, end - at));
}

struct Size {
  double width = 0, height = 0;
};

// Graphviz's root: viewBox="0.00 0.00 W H", in points.
Size view_box_size(std::string_view root) {
  std::string box = attribute(root, "viewBox");
  double x = 0, y = 0;
  Size size;
  if (std::sscanf(box.c_str(), "%lf %lf %lf %lf", &x, &y, &size.width, &size.height) != 4 || size.width <= 0 ||
      size.height <= 0)
    throw RenderError("the picture's SVG has no viewBox to place it on a page");
  return size;
}

// The picture as a nested <svg> at (x, y), `scale` times its size in points.
std::string placed_picture(const std::string& svg, double x, double y, double scale, Size size) {
  std::string inner = inline_svg(svg);
  std::size_t end = inner.find('>');
  std::string root = inner.substr(0, end);
  std::string rest = inner.substr(end);
  std::string view_box = attribute(root, "viewBox");
  std::string namespaces;
  for (const char* ns : {"xmlns", "xmlns:xlink"})
    if (std::string value = attribute(root, ns); !value.empty()) namespaces += fmt::format(" {}=\"{}\"", ns, value);
  return fmt::format("<svg x=\"{:.2f}\" y=\"{:.2f}\" width=\"{:.2f}\" height=\"{:.2f}\" viewBox=\"{}\"{}{}\n", x, y,
                     size.width * scale, size.height * scale, view_box, namespaces, rest);
}

std::string footer(const PageSet& set, const Page& page) {
  double left = set.margin, right = set.width - set.margin, baseline = set.height - set.margin;
  return fmt::format(
      "<line x1=\"{0:.2f}\" y1=\"{2:.2f}\" x2=\"{1:.2f}\" y2=\"{2:.2f}\" stroke=\"#bbbbbb\" stroke-width=\"0.6\"/>\n"
      "<text x=\"{0:.2f}\" y=\"{3:.2f}\" font-family=\"Helvetica,sans-Serif\" font-size=\"{4:g}\" fill=\"{5}\">{6}</text>\n"
      "<text x=\"{1:.2f}\" y=\"{3:.2f}\" text-anchor=\"end\" font-family=\"Helvetica,sans-Serif\" font-size=\"{4:g}\" "
      "fill=\"{5}\">{7}</text>\n",
      left, right, baseline - k_page_footer + 8, baseline, k_footer_size, k_footer_color, escape_xml(page.title),
      escape_xml(page.number));
}

}  // namespace

std::string page_svg(const PageSet& set, const Page& page, const std::string& picture_svg) {
  std::size_t start = picture_svg.find("<svg");
  if (start == std::string::npos) throw RenderError("Graphviz wrote no SVG for a page");
  Size size = view_box_size(std::string_view(picture_svg).substr(start, picture_svg.find('>', start) - start));
  bool fit = set.scale <= 0;
  double room_width = set.width - 2 * set.margin;
  double room_height = set.height - 2 * set.margin - (page.number.empty() ? 0 : k_page_footer);
  double scale = std::min(room_width / size.width, room_height / size.height);
  if (!fit) scale = std::min(scale, set.scale);
  double x = set.margin, y = set.margin;
  if (fit) {  // centred in the margins
    x += (room_width - size.width * scale) / 2;
    y += (room_height - size.height * scale) / 2;
  }
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
      "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"{0:.2f}pt\" height=\"{1:.2f}pt\" viewBox=\"0 0 {0:.2f} "
      "{1:.2f}\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n",
      set.width, set.height);
  out += placed_picture(picture_svg, x, y, scale, size);
  out += "\n";
  if (!page.number.empty()) out += footer(set, page);
  out += "</svg>\n";
  return out;
}

}  // namespace jmap
