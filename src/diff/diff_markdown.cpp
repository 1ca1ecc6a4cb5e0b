// `jmap diff -f markdown`: a pull-request comment. A heading, the summary, then one GFM
// table per stage; every text through escape_markdown, the page's syntax written here.
#include <fmt/format.h>

#include "change_text.hpp"
#include "jmap/diff.hpp"
#include "util/escape.hpp"

namespace jmap {
namespace {

const std::string k_none = "\u2014";  // an empty cell

std::string cell(const std::string& text) { return text.empty() ? k_none : escape_markdown(text); }

std::string row(const Change& change) {
  return fmt::format("| {} | {} | {} |\n", diff_text::verb(change), cell(diff_text::subject(change)),
                     cell(diff_text::detail(change)));
}

std::string table_head(const std::string& heading) {
  return fmt::format("\n### {}\n\n| Change | What | Detail |\n| --- | --- | --- |\n", escape_markdown(heading));
}

}  // namespace

std::string diff_markdown(const JourneyDiff& diff) {
  std::string out = fmt::format("## Journey changes: {} to {}\n\n", escape_markdown(diff.old_name),
                                escape_markdown(diff.new_name));
  if (diff.changes.empty()) return out + "No changes.\n";
  std::size_t count = diff.changes.size();
  out += fmt::format("**{} change{}**: {}.\n", count, count == 1 ? "" : "s", diff_text::summary(diff));
  std::string group = "\x01";  // no stage id can be this: the first change opens a table
  for (const Change& change : diff.changes) {
    if (change.stage != group) {
      group = change.stage;
      out += table_head(group.empty() ? "Journey" : diff_text::stage_heading(diff, group));
    }
    out += row(change);
  }
  return out;
}

}  // namespace jmap
