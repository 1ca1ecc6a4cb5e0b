// What every view says of a journey's metadata and of the other journey files it names:
// one wording for the map, the report, Markdown and the model JSON. Private to src/view.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "jmap/model.hpp"
#include "jmap/report_view.hpp"

namespace jmap::links {

// The page built from a journey file: `x.yaml` or `x.yml` -> `x.html`, same folder.
std::string page_of(std::string_view path);

// "in-review" -> "In review".
std::string status_label(std::string_view status);

// The pieces of the metadata line, in order: "Validated", "Owner: Growth",
// "Updated 2026-10-14", "Tags: checkout, mobile"; only those the journey gives.
std::vector<std::string> metadata_parts(const Journey& journey, bool with_status = true);

// A path the journey writes (related, a step's journey), with what is known of the file.
ReportJourneyLink journey_link(const Journey& journey, const Text& path, const Text& note = {});

// A pain another journey's file holds (`addresses: [PATH#ID]`), or null.
const LinkedPain* linked_pain(const Journey& journey, std::string_view address);

// Opportunities of the related journeys that address `pain_id` of this journey.
std::vector<ReportCrossLink> addressed_elsewhere(const Journey& journey, std::string_view pain_id);

}  // namespace jmap::links
