// `jmap build FILE -o OUT`: check, refuse on errors, then view -> emit -> write.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "check.hpp"
#include "commands.hpp"
#include "jmap/emit.hpp"
#include "jmap/html.hpp"
#include "jmap/report.hpp"
#include "jmap/view.hpp"
#include "output_file.hpp"
#include "util/spelling.hpp"

namespace fs = std::filesystem;

namespace jmap::cli {
namespace {

const std::vector<std::string> k_formats{"svg", "png", "pdf", "html", "dot"};

std::string pick_format(const BuildOptions& options) {
  std::string format = options.format;
  if (format.empty()) {
    if (options.output == "-") throw UsageError(fmt::format("writing to stdout needs --format ({})", fmt::join(k_formats, ", ")));
    format = fs::path(options.output).extension().string();
    if (!format.empty()) format.erase(0, 1);
    if (format.empty())  // "map" or "map.": nothing to read a format from
      throw UsageError(fmt::format("the output '{}' has no extension to tell its format; pass --format ({})",
                                   options.output, fmt::join(k_formats, ", ")));
    std::transform(format.begin(), format.end(), format.begin(), [](unsigned char c) { return std::tolower(c); });
  }
  if (std::find(k_formats.begin(), k_formats.end(), format) == k_formats.end())
    throw UsageError(fmt::format("unknown output format '{}'{}; known formats: {}", format,
                                 did_you_mean(closest_match(format, k_formats)), fmt::join(k_formats, ", ")));
  return format;
}

// A name from a fixed list, or a usage error that lists them.
std::string pick_name(std::string_view what, const std::string& name, const std::vector<std::string>& known) {
  if (std::find(known.begin(), known.end(), name) != known.end()) return name;
  throw UsageError(fmt::format("unknown {} '{}'{}; known: {}", what, name, did_you_mean(closest_match(name, known)),
                               fmt::join(known, ", ")));
}

void refuse_overwriting_input(const BuildOptions& options) {
  if (options.output == "-") return;
  std::error_code ec;
  if (fs::exists(options.output, ec) && fs::equivalent(options.input, options.output, ec))
    throw UsageError(fmt::format("the output '{}' is the input file; choose another -o", options.output));
}

std::string read_template(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) throw UsageError(fmt::format("cannot read the template '{}': no such file", path.string()));
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) throw UsageError(fmt::format("cannot read the template '{}'", path.string()));
  std::string text;
  char buffer[65536];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, n);
  std::fclose(file);
  if (text.empty()) throw UsageError(fmt::format("the template '{}' is empty", path.string()));
  return text;
}

// `--persona ID`: the journey as that persona lives it.
Journey for_persona(const Journey& journey, const std::string& persona) {
  std::vector<std::string> ids;
  for (const Persona& p : journey.personas) ids.push_back(p.id.value);
  if (std::find(ids.begin(), ids.end(), persona) == ids.end())
    throw UsageError(fmt::format("no persona '{}' in {}{}; personas: {}", persona, journey.file ? journey.file->path : std::string("the journey"),
                                 did_you_mean(closest_match(persona, ids)), ids.empty() ? "none" : fmt::format("{}", fmt::join(ids, ", "))));
  return journey_for_persona(journey, persona);
}

}  // namespace

CLI::App* setup_build(CLI::App& app, BuildOptions& options) {
  CLI::App* command = app.add_subcommand("build", "Check a journey file and render it (SVG, PNG, PDF, HTML or DOT)");
  command->add_option("file", options.input, "The journey YAML file")->required();
  command->add_option("-o,--output", options.output, "Output file, or - for stdout")->required();
  command->add_option("-f,--format", options.format,
                      "svg, png, pdf, html or dot (default: from the output's extension; wins over it)");
  command->add_option("--view", options.view, "map (default), blueprint (service blueprint) or flow (the path as a graph)");
  command->add_option("--persona", options.persona, "Only this persona's steps and emotion curve");
  command->add_option("--theme", options.theme, "default, dark, print (greyscale-safe) or contrast (colour-blind-safe)");
  command->add_option("--dpi", options.dpi, "Resolution of PNG output (default 96)")->check(CLI::Range(24.0, 1200.0));
  command->add_option("--template", options.html_template,
                      "A Mustache template for HTML output (see jmap-templates(7); jmap template --print)");
  add_common_options(*command, options.common);
  return command;
}

int run_build(const BuildOptions& options) {
  std::string format = pick_format(options);
  ViewOptions view;
  view.kind = *view_kind(pick_name("view", options.view.value_or("map"), view_names()));
  view.theme = pick_name("theme", options.theme, theme_names());
  refuse_overwriting_input(options);
  // An option that would change nothing is refused, not silently dropped.
  if (options.html_template && format != "html") throw UsageError("--template applies to HTML output only (-o map.html)");
  if (options.dpi && format != "png") throw UsageError("--dpi applies to PNG output only (-o map.png)");
  if (options.view && format == "html")
    throw UsageError("the HTML page shows every view; --view applies to svg, png, pdf and dot output");
  HtmlOptions html;
  if (options.html_template) {  // read before the journey: a missing template is a usage error
    html.template_name = options.html_template->string();
    html.template_text = read_template(*options.html_template);
  }
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
  Journey journey = options.persona.empty() ? *checked.journey : for_persona(*checked.journey, options.persona);
  if (!options.persona.empty()) view.persona = options.persona;
  if (format == "html") {
    html.persona = options.persona;
    html.theme = view.theme;
    try {
      write_output(options.output, render_html(journey, html));
    } catch (const TemplateError& error) {
      throw UsageError(fmt::format("{}\n  hint: fix the template; 'jmap template --print' shows the default", error.what()));
    }
    return k_exit_ok;
  }
  std::vector<std::string> warnings;
  write_output(options.output, render_journey(journey, view, format, options.dpi.value_or(96), &warnings));
  for (const std::string& warning : warnings)
    std::fprintf(stderr, "jmap: warning: %s: %s\n", options.output.c_str(), warning.c_str());
  return k_exit_ok;
}

}  // namespace jmap::cli
