// The report view: the whole journey, render-ready, for the outputs that show all of it
// (the HTML page; later Markdown, JSON, slides). Plain structs, no template-library
// types: a renderer turns it into its own language.
#pragma once

#include <optional>
#include <string>

#include "jmap/model.hpp"
#include "jmap/view.hpp"

namespace jmap {

struct ReportViewOptions {
  std::string persona;            // set when the journey was filtered to one persona
  std::string theme = "default";  // the pictures' theme; with "default" the dark ones come too
};

// INTERIM: still carries the journey; becomes plain view structs next.
struct ReportView {
  Journey journey;
  std::string persona;
  Picture blueprint, flow;                          // drawn in the chosen theme
  std::optional<Picture> blueprint_dark, flow_dark;  // with the default theme, for dark readers
};

ReportView make_report_view(const Journey& journey, const ReportViewOptions& options = {});

}  // namespace jmap
