// Cards: the boxes of text that fill the map's cells, and the builder of their lines.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "jmap/view.hpp"

namespace jmap {

// Builds wrapped lines for a box `width` points wide (padding already taken off).
class TextBlock {
 public:
  explicit TextBlock(double width) : m_width(width) {}

  struct Style {
    double size = 9;
    bool bold = false;
    bool italic = false;
    std::string color;
  };

  // Wrapped text in one style.
  TextBlock& text(std::string_view text, const Style& style);
  // "Label: text": the label in bold, wrapped as one paragraph.
  TextBlock& labelled(std::string_view label, std::string_view text, const Style& style);
  // A bullet list item with a hanging indent.
  TextBlock& bullet(std::string_view text, const Style& style);
  // Vertical space between paragraphs.
  TextBlock& space(double points = 3);

  bool empty() const { return m_lines.empty(); }
  std::size_t size() const { return m_lines.size(); }
  std::vector<TextLine> take() { return std::move(m_lines); }

 private:
  double m_width;
  std::vector<TextLine> m_lines;
};

// The height of all lines (see line_pitch in view.hpp).
double lines_height(const std::vector<TextLine>& lines);

// The width of one line's runs, and of the widest of several, as Graphviz will draw them.
double line_width(const TextLine& line);
double lines_width(const std::vector<TextLine>& lines);

// A card as the lanes describe it; the layout gives it a place.
struct Card {
  std::string id;
  std::vector<TextLine> lines;
  std::string fill, stroke;
  std::string tooltip;
  bool dashed = false;
};

constexpr double k_card_padding = 6;

inline double card_height(const Card& card) { return lines_height(card.lines) + 2 * k_card_padding; }

// A stable element id from the journey's ids: "step.see-ad", "touchpoint.see-ad.web".
// Journey ids cannot hold '.', so ids of different kinds never collide; fixed ids
// (header, background) have no '.' at all.
std::string element_id(std::string_view kind, std::initializer_list<std::string_view> parts);

// The plain text of lines, for tooltips.
std::string plain_text(const std::vector<TextLine>& lines);

}  // namespace jmap
