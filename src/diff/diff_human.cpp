// `jmap diff -f human`: one line per change under a heading per stage, like a changelog
// read with `git diff --stat`'s summary at the end. Colour only when asked (a terminal).
#include <fmt/format.h>

#include "change_text.hpp"
#include "jmap/diff.hpp"
#include "util/printable.hpp"

namespace jmap {
namespace {

struct Palette {
  std::string bold, reset, added, removed, changed;
};

Palette palette_for(bool color) {
  if (!color) return {};
  return Palette{"\033[1m", "\033[0m", "\033[32m", "\033[31m", "\033[33m"};
}

char symbol(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::added: return '+';
    case ChangeKind::removed: return '-';
    case ChangeKind::moved: return '>';
    default: break;
  }
  return '~';
}

const std::string& tint(const Palette& p, ChangeKind kind) {
  if (kind == ChangeKind::added) return p.added;
  if (kind == ChangeKind::removed) return p.removed;
  return p.changed;
}

std::string line(const Change& change, const Palette& p) {
  std::string verb = diff_text::verb(change);
  std::string detail = diff_text::detail(change);
  return fmt::format("  {}{} {:<8}{} {}{}\n", tint(p, change.kind), symbol(change.kind), verb, p.reset,
                     printable(diff_text::subject(change)), detail.empty() ? "" : ": " + printable(detail));
}

}  // namespace

std::string diff_human(const JourneyDiff& diff, bool color) {
  Palette p = palette_for(color);
  std::string out = fmt::format("{}{} -> {}{}\n", p.bold, printable(diff.old_name), printable(diff.new_name), p.reset);
  if (diff.changes.empty()) return out + "No changes.\n";
  std::string group = "\x01";  // no stage id can be this: the first change opens a group
  for (const Change& change : diff.changes) {
    if (change.stage != group) {
      group = change.stage;
      std::string heading = group.empty() ? "Journey" : diff_text::stage_heading(diff, group);
      out += fmt::format("{}{}{}\n", p.bold, printable(heading), p.reset);
    }
    out += line(change, p);
  }
  std::size_t count = diff.changes.size();
  return out + fmt::format("{} change{}: {}\n", count, count == 1 ? "" : "s", diff_text::summary(diff));
}

}  // namespace jmap
