// `jmap build FILE -o OUT`: check, refuse on errors, then view -> emit -> write.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "check.hpp"
#include "commands.hpp"
#include "jmap/emit.hpp"
#include "jmap/report.hpp"
#include "jmap/view.hpp"
#include "output_file.hpp"

namespace fs = std::filesystem;

namespace jmap::cli {
namespace {

const std::vector<std::string> k_formats{"svg", "dot"};

std::string pick_format(const BuildOptions& options) {
  std::string format = options.format;
  if (format.empty()) {
    if (options.output == "-") throw UsageError("writing to stdout needs --format (svg or dot)");
    format = fs::path(options.output).extension().string();
    if (!format.empty()) format.erase(0, 1);
    std::transform(format.begin(), format.end(), format.begin(), [](unsigned char c) { return std::tolower(c); });
  }
  if (std::find(k_formats.begin(), k_formats.end(), format) == k_formats.end())
    throw UsageError(fmt::format("unknown output format '{}'; known formats: {}", format, fmt::join(k_formats, ", ")));
  return format;
}

void refuse_overwriting_input(const BuildOptions& options) {
  if (options.output == "-") return;
  std::error_code ec;
  if (fs::exists(options.output, ec) && fs::equivalent(options.input, options.output, ec))
    throw UsageError(fmt::format("the output '{}' is the input file; choose another -o", options.output));
}

}  // namespace

CLI::App* setup_build(CLI::App& app, BuildOptions& options) {
  CLI::App* command = app.add_subcommand("build", "Check a journey file and render it (SVG or DOT)");
  command->add_option("file", options.input, "The journey YAML file")->required();
  command->add_option("-o,--output", options.output, "Output file, or - for stdout")->required();
  command->add_option("-f,--format", options.format, "svg or dot (default: from the output's extension)");
  add_common_options(*command, options.common);
  return command;
}

int run_build(const BuildOptions& options) {
  std::string format = pick_format(options);
  refuse_overwriting_input(options);
  SourceSet sources;
  CheckedFile checked = check_file(options.input, options.common, sources);
  ReportOptions report{use_color(options.common.color, stderr)};
  // Errors and warnings; the observations (info) are for `jmap lint`.
  for (const Diagnostic& d : checked.diagnostics.items())
    if (d.severity != Severity::info) std::fputs(format_human(d, report).c_str(), stderr);
  if (checked.diagnostics.has_errors() || !checked.journey) {
    std::fprintf(stderr, "jmap: %s not built: %s\n", options.input.c_str(), summarize(checked.diagnostics).c_str());
    return k_exit_findings;
  }
  if (checked.journey->catalogue)
    throw UsageError(fmt::format("'{}' holds only personas/touchpoints (a catalogue for imports); build a journey file",
                                 options.input.string()));
  std::string dot = emit_dot(make_map_view(*checked.journey));
  write_output(options.output, format == "dot" ? dot : render_dot(dot, format));
  return k_exit_ok;
}

}  // namespace jmap::cli
