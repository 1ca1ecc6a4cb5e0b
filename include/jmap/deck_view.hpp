// The deck view: a journey as slides (`-o deck.pptx`), render-ready. The view stage
// decides every slide's title, picture and notes; the writer only spells them in its
// language. Pictures are views (src/view), not yet drawn: the writer draws them.
#pragma once

#include <string>
#include <vector>

#include "jmap/model.hpp"
#include "jmap/view.hpp"

namespace jmap {

// One paragraph of a slide's text. An item is one of a list (a KPI, a pain point).
struct DeckParagraph {
  std::string text;
  bool item = false;
};

// A slide with a title, one picture and speaker notes.
struct DeckSlide {
  std::string title;
  Picture picture;
  std::vector<DeckParagraph> notes;
};

// What File > Properties shows (docProps/core.xml).
struct DeckProperties {
  std::string creator;                // the journey's owner, else "jmap"
  std::string description;            // the journey's description, else ""
  std::vector<std::string> keywords;  // the journey's tags
  std::string updated;                // the journey's `updated` when it is a real YYYY-MM-DD day, else ""
};

struct DeckView {
  std::string title;                     // the title slide and the file's title: the journey's title
  std::vector<DeckParagraph> subtitle;   // description, scope, state, persona, stages
  std::vector<DeckSlide> slides;         // the whole map, then one per stage
  DeckProperties properties;
};

// The slides of a journey: a title slide, the whole picture (`options.kind`, theme and
// persona as given), then each stage's picture as `--stages` would cut it, with its
// objective, KPIs and pain points (numbered as in the whole journey) in the notes.
DeckView make_deck_view(const Journey& journey, const ViewOptions& options = {});

}  // namespace jmap
