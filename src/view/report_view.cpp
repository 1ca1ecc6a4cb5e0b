// The report view: the whole journey for the outputs that show all of it.
#include "jmap/report_view.hpp"

namespace jmap {
namespace {

Picture page_picture(const Journey& journey, const ReportViewOptions& options, ViewKind kind, const std::string& prefix,
                     const std::string& theme) {
  ViewOptions view;
  view.kind = kind;
  view.persona = options.persona;
  view.theme = theme;
  view.id_prefix = prefix;
  view.heading = false;  // the page has its own
  return make_picture(journey, view);
}

}  // namespace

ReportView make_report_view(const Journey& journey, const ReportViewOptions& options) {
  ReportView report;
  report.journey = journey;
  report.persona = options.persona;
  // With the default theme the page also carries the pictures in the dark theme, shown
  // when the reader prefers dark; a theme the user chose is used as it is.
  report.flow = page_picture(journey, options, ViewKind::flow, "flow-", options.theme);
  report.blueprint = page_picture(journey, options, ViewKind::blueprint, "blueprint-", options.theme);
  if (options.theme == "default") {
    report.flow_dark = page_picture(journey, options, ViewKind::flow, "flow-dark-", "dark");
    report.blueprint_dark = page_picture(journey, options, ViewKind::blueprint, "blueprint-dark-", "dark");
  }
  return report;
}

}  // namespace jmap
