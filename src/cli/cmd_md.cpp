// `jmap md PAGE.md -o OUT.md`: the page with each ```jmap block (a journey in YAML, or one
// `file: PATH` line relative to the page) replaced by an image link to its map, drawn as
// OUT-1.svg, OUT-2.svg... beside OUT, as the Mermaid CLI does for ```mermaid blocks. An
// inline journey is read as the page itself with every other line blanked, so a finding
// points at its line in the page. Everything is drawn first; on an error nothing is written.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "check.hpp"
#include "commands.hpp"
#include "jmap/load.hpp"
#include "jmap/render.hpp"
#include "jmap/report.hpp"
#include "jmap/rules.hpp"
#include "jmap/validate.hpp"
#include "jmap/view.hpp"
#include "markdown_blocks.hpp"
#include "output_file.hpp"
#include "util/read_file.hpp"

namespace fs = std::filesystem;

namespace jmap::cli {
namespace {

struct DrawnBlock {
  std::string svg_path, link;
};

// The page's text with only the block's lines kept, at their own line numbers.
std::string block_text(const JmapBlock& block) {
  std::string text(block.fence_line, '\n');
  for (std::string_view line : block.lines) text.append(line).append("\n");
  return text;
}

void block_error(Diagnostics& findings, const SourceFile& page, std::uint32_t line, std::string message,
                 std::string hint = {}) {
  findings.report(rules::jmap_block, Span{&page, Position{line, 1, 0}, Position{line, 1, 0}}, std::move(message),
                  std::move(hint));
}

std::optional<Journey> load_block(const JmapBlock& block, const SourceFile& page, const MdOptions& options,
                                  SourceSet& sources, Diagnostics& findings) {
  if (block.end_line == 0) {
    block_error(findings, page, block.fence_line, "the ```jmap block is never closed", "end it with a fence line: ```");
    return std::nullopt;
  }
  fs::path dir = fs::path(page.path).parent_path();
  if (block.file) {
    fs::path path = dir / *block.file;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
      block_error(findings, page, block.fence_line + 1, fmt::format("no journey file '{}'", path.string()),
                  "a 'file:' path is relative to the Markdown page");
      return std::nullopt;
    }
    CheckedFile checked = check_file(path, options.common, sources);
    for (const Diagnostic& d : checked.diagnostics.items()) findings.add(d);
    return checked.journey;
  }
  LoadOptions load;
  load.root = options.common.root ? options.common.root : std::optional<fs::path>(find_root(page.path));
  load.limits = with_settings(LoadLimits{}, options.common.limits);
  std::optional<Journey> journey = load_journey_text(page.path, block_text(block), load, sources, findings);
  if (journey) validate(*journey, findings);
  return journey;
}

// `![TITLE](OUT-1.svg)`: the title made safe for a link's text.
std::string image_link(const std::string& title, const std::string& file) {
  std::string alt;
  for (char c : title) {
    if (c == '\n' || c == '\r') alt += ' ';
    else if (c == '[' || c == ']' || c == '\\' || c == '*' || c == '_' || c == '`' || c == '<') alt += std::string("\\") + c;
    else alt += c;
  }
  return fmt::format("![{}]({})\n", alt, file);
}

fs::path svg_path(const std::string& output, std::size_t number) {
  fs::path out(output);
  return out.parent_path() / fmt::format("{}-{}.svg", out.stem().string(), number);
}

}  // namespace

CLI::App* setup_md(CLI::App& app, MdOptions& options) {
  CLI::App* command = app.add_subcommand("md", "Render the ```jmap blocks of a Markdown page as SVG maps and link them");
  command->add_option("file", options.input, "The Markdown page")->required();
  command->add_option("-o,--output", options.output, "The Markdown page to write; the maps go beside it (OUT-1.svg, ...)")
      ->required();
  add_common_options(*command, options.common);
  return command;
}

int run_md(const MdOptions& options) {
  if (options.output == "-") throw UsageError("jmap md writes the maps beside its output: give -o a file, not -");
  std::error_code ec;
  if (fs::exists(options.output, ec) && fs::equivalent(options.input, options.output, ec))
    throw UsageError(fmt::format("the output '{}' is the input file; choose another -o", options.output));
  ReadResult read = read_file(options.input, LoadLimits{}.max_file_bytes);
  if (!read.error.empty()) throw UsageError(read.error);
  SourceSet sources;
  const SourceFile& page = sources.add(options.input.string(), std::move(read.text));
  std::vector<JmapBlock> blocks = find_jmap_blocks(page.text);
  Diagnostics findings;
  std::vector<std::pair<fs::path, std::string>> svgs;
  std::string out;
  std::size_t copied = 0;
  for (const JmapBlock& block : blocks) {
    std::optional<Journey> journey = load_block(block, page, options, sources, findings);
    out.append(page.text, copied, block.begin - copied);
    copied = block.end;
    if (!journey || findings.has_errors()) continue;
    if (journey->catalogue) {
      block_error(findings, page, block.fence_line, "the block holds only personas/touchpoints, no journey");
      continue;
    }
    fs::path svg = svg_path(options.output, svgs.size() + 1);
    svgs.emplace_back(svg, render_picture(make_picture(*journey), "svg"));
    out += image_link(journey->title.value, svg.filename().string());
  }
  out.append(page.text, copied);
  findings.sort_and_dedupe();
  ReportOptions report{use_color(options.common.color, stderr)};
  for (const Diagnostic& d : findings.items())
    if (d.severity != Severity::info) std::fputs(format_human(d, report).c_str(), stderr);
  if (findings.has_errors()) {
    std::fprintf(stderr, "jmap: %s not rendered: %s\n", options.input.c_str(), summarize(findings).c_str());
    return k_exit_findings;
  }
  for (const auto& [path, bytes] : svgs) write_output(path.string(), bytes);
  write_output(options.output, out);
  return k_exit_ok;
}

}  // namespace jmap::cli
