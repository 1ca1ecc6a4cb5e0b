// The data the HTML templates see: the journey as Mustache values (strings, lists,
// booleans), with numbers already formatted. Documented in docs/templates.md; a
// template author never needs the C++ model.
#pragma once

#include <kainjow/mustache.hpp>

#include <string>

#include "jmap/model.hpp"

namespace jmap {

// Pictures jmap drew for the page, as inline SVG (trusted: they go in raw).
struct ReportPictures {
  std::string blueprint, flow;
  std::string blueprint_dark, flow_dark;  // "" when the page has no dark variant
};

kainjow::mustache::data report_data(const Journey& journey, const std::string& persona, const ReportPictures& pictures);

}  // namespace jmap
