#include "journey_links.hpp"

#include <fmt/format.h>

namespace jmap::links {

std::string page_of(std::string_view path) {
  // A relative path whose first segment holds ':' would read as a URL scheme
  // ("javascript:x.yaml" is a file name here): "./" keeps it a path.
  std::string out(path.substr(0, path.find('/')).find(':') != std::string_view::npos ? "./" : "");
  out += path;
  for (std::string_view ext : {".yaml", ".yml"})
    if (path.size() > ext.size() && out.ends_with(ext)) return out.substr(0, out.size() - ext.size()) + ".html";
  return out + ".html";
}

std::string status_label(std::string_view status) {
  std::string out(status);
  for (char& c : out)
    if (c == '-' || c == '_') c = ' ';
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::vector<std::string> metadata_parts(const Journey& journey, bool with_status) {
  std::vector<std::string> parts;
  if (with_status && journey.status.present) parts.push_back(status_label(journey.status.value));
  if (journey.owner.present) parts.push_back("Owner: " + journey.owner.value);
  if (journey.updated.present) parts.push_back("Updated " + journey.updated.value);
  if (!journey.tags.empty()) {
    std::string tags;
    for (const Text& tag : journey.tags) tags += (tags.empty() ? "" : ", ") + tag.value;
    parts.push_back("Tags: " + tags);
  }
  return parts;
}

ReportJourneyLink journey_link(const Journey& journey, const Text& path, const Text& note) {
  ReportJourneyLink out;
  out.path = path.value;
  out.href = page_of(path.value);
  out.title = path.value;
  if (note.present) out.note = note.value;
  const LinkedJourney* linked = find_link(journey, path.value);
  if (linked && linked->state == LinkState::ok) {
    out.found = true;
    if (!linked->title.empty()) out.title = linked->title;
  }
  return out;
}

const LinkedPain* linked_pain(const Journey& journey, std::string_view address) {
  PainAddress split = split_address(address);
  const LinkedJourney* linked = split.path.empty() ? nullptr : find_link(journey, split.path);
  if (!linked || linked->state != LinkState::ok) return nullptr;
  for (const LinkedPain& pain : linked->pains)
    if (pain.id == split.id) return &pain;
  return nullptr;
}

std::vector<ReportCrossLink> addressed_elsewhere(const Journey& journey, std::string_view pain_id) {
  std::vector<ReportCrossLink> out;
  for (const RelatedJourney& related : journey.related) {
    const LinkedJourney* linked = related.journey.present ? find_link(journey, related.journey.value) : nullptr;
    if (!linked || linked->state != LinkState::ok) continue;
    for (const LinkedAddress& address : linked->addresses_here)
      if (address.pain_id == pain_id)
        out.push_back({address.opportunity_text, linked->title.empty() ? related.journey.value : linked->title,
                       page_of(related.journey.value)});
  }
  return out;
}

}  // namespace jmap::links
