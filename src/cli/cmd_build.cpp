// `jmap build FILE -o OUT`: the pipeline once, in order: load -> validate -> view ->
// render -> write. The format's row in output_formats() says which views it needs and
// which options apply.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "check.hpp"
#include "compared_journey.hpp"
#include "commands.hpp"
#include "jmap/deck_view.hpp"
#include "jmap/lint.hpp"
#include "jmap/model_view.hpp"
#include "jmap/pages.hpp"
#include "jmap/render.hpp"
#include "jmap/report.hpp"
#include "jmap/report_view.hpp"
#include "jmap/view.hpp"
#include "output_file.hpp"
#include "stage_range.hpp"
#include "util/depfile.hpp"
#include "util/spelling.hpp"
#include "watch.hpp"

namespace fs = std::filesystem;

namespace jmap::cli {
namespace {

std::string upper(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::toupper(c); });
  return out;
}

std::string picture_formats() {
  std::vector<std::string> names;
  for (const OutputFormat& format : output_formats())
    if (format.picture) names.emplace_back(format.name);
  return fmt::format("{}", fmt::join(names, ", "));
}

std::string embeddable_formats() {
  std::vector<std::string> names;
  for (const OutputFormat& format : output_formats())
    if (format.embed_source) names.push_back(upper(format.name));
  return fmt::format("{}", fmt::join(names, " and "));
}

std::string compare_formats() {
  std::vector<std::string> names;
  for (const OutputFormat& format : output_formats())
    if (format.compare) names.push_back(upper(format.name));
  return fmt::format("{}", fmt::join(names, ", "));
}

std::string known_formats() { return fmt::format("{}", fmt::join(output_format_names(), ", ")); }

const OutputFormat& pick_format(const BuildOptions& options) {
  std::string format = options.format;
  if (format.empty()) {
    if (options.output == "-") throw UsageError(fmt::format("writing to stdout needs --format ({})", known_formats()));
    format = fs::path(options.output).extension().string();
    if (!format.empty()) format.erase(0, 1);
    if (format.empty())  // "map" or "map.": nothing to read a format from
      throw UsageError(fmt::format("the output '{}' has no extension to tell its format; pass --format ({})",
                                   options.output, known_formats()));
  }
  if (const OutputFormat* found = output_format(format)) return *found;
  throw UsageError(fmt::format("unknown output format '{}'{}; known formats: {}", format,
                               did_you_mean(closest_match(format, output_format_names())), known_formats()));
}

// A name from one of the tables (views, themes), or a usage error that lists them.
template <class Row>
const Row& pick_row(std::string_view what, const std::string& name, const std::vector<Row>& table) {
  std::vector<std::string> known;
  for (const Row& row : table) {
    if (row.name == name) return row;
    known.emplace_back(row.name);
  }
  throw UsageError(fmt::format("unknown {} '{}'{}; known: {}", what, name, did_you_mean(closest_match(name, known)),
                               fmt::join(known, ", ")));
}

std::string paged_formats() {
  std::vector<std::string> names;
  for (const OutputFormat& format : output_formats())
    if (format.paged) names.push_back(upper(format.name));
  return fmt::format("{}", fmt::join(names, " and "));
}

// --page, --orientation and --fit page: paper, for the formats that print.
void refuse_page_options(const BuildOptions& options, const OutputFormat& format) {
  const char* given = options.page ? "--page" : options.orientation ? "--orientation" : options.fit ? "--fit" : nullptr;
  if (!given) return;
  if (!format.paged)
    throw UsageError(fmt::format("{} applies to {} output only (-o map.pdf), not {}", given, paged_formats(), format.name));
  if ((options.orientation || options.fit) && !options.page)
    throw UsageError(fmt::format("{} needs --page (a4, a3, a2, letter or tabloid)", options.orientation ? "--orientation" : "--fit"));
  if (options.fit && format.report)
    throw UsageError(fmt::format("--fit page applies to PDF output; the {} page prints at --page's size", upper(format.name)));
}

// An option that would change nothing is refused, not silently dropped.
void refuse_options_the_format_ignores(const BuildOptions& options, const OutputFormat& format) {
  if (options.html_template && !format.templated)
    throw UsageError(fmt::format("--template applies to HTML output only (-o map.html), not {}", format.name));
  if (options.dpi && !format.dpi) throw UsageError(fmt::format("--dpi applies to PNG output only (-o map.png), not {}", format.name));
  if ((options.width || options.height) && !format.fit)
    throw UsageError(fmt::format("--{} applies to PNG output only (-o slide.png), not {}", options.width ? "width" : "height",
                                 format.name));
  if ((options.width || options.height) && options.dpi)
    throw UsageError(fmt::format("--{} and --dpi both set the PNG's size; give one", options.width ? "width" : "height"));
  if (options.image && !format.image)
    throw UsageError(fmt::format("--image applies to Markdown output only (-o journey.md), not {}", format.name));
  if (options.embed_source && !format.embed_source)
    throw UsageError(fmt::format("--embed-source applies to {} output only (-o map.svg), not {}", embeddable_formats(),
                                 format.name));
  refuse_page_options(options, format);
  if (!options.compare.empty() && !format.compare)
    throw UsageError(fmt::format("--compare applies to {} output only (-o compare.svg), not {}", compare_formats(),
                                 format.name));
  if (options.view && !format.picture && !format.deck)
    throw UsageError(fmt::format("the {} page shows every view; --view applies to {} output", upper(format.name),
                                 picture_formats()));
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
  std::string formats, views, themes;
  for (const OutputFormat& format : output_formats()) formats += fmt::format("\n  {}: {}", format.name, format.summary);
  for (const ViewInfo& view : view_table()) views += fmt::format("\n  {}: {}", view.name, view.summary);
  for (const ThemeInfo& theme : theme_table()) themes += fmt::format("\n  {}: {}", theme.name, theme.summary);
  command->add_option("-f,--format", options.format,
                      "The output format (default: from the output's extension; wins over it):" + formats);
  command->add_option("--view", options.view, "The picture, for one-view formats:" + views);
  command->add_option("--persona", options.persona, "Only this persona's steps and emotion curve");
  command->add_option("--theme", options.theme, "The colours:" + themes);
  command->add_option("--dpi", options.dpi, "Resolution of PNG output (default 96)")->check(CLI::Range(24.0, 1200.0));
  command->add_option("--template", options.html_template,
                      "A Mustache template for HTML output (see jmap-templates(7); jmap template --print)");
  command->add_option("--image", options.image,
                      "Markdown output: link the map as this image (build it with -o map.svg), relative to the page");
  command->add_flag("--embed-source", options.embed_source,
                    "Put the journey file's exact bytes inside the SVG or PNG (imports not included); "
                    "'jmap extract' gives them back");
  command->add_option("--depfile", options.depfile,
                      "Also write a Make/Ninja depfile: the output depends on the journey, its imports, "
                      "the template and .jmap.yaml");
  command->add_flag("--watch", options.watch,
                    "Build again whenever the journey or a file it imports changes; Ctrl-C stops");
  command->add_option("--stages", options.stages,
                      "Only these stages, in every view and format: FIRST..LAST, FIRST.., ..LAST or one stage "
                      "(stage ids or numbers from 1); numbers and funnel shares stay the whole journey's");
  command->add_option("--width", options.width, "PNG output: fit the picture into this width in pixels (instead of --dpi)")
      ->check(CLI::Range(16.0, 32767.0));
  command->add_option("--height", options.height, "PNG output: fit the picture into this height in pixels (instead of --dpi)")
      ->check(CLI::Range(16.0, 32767.0));
  command->add_option("--page", options.page,
                      "PDF: split the view into pages of this size at stage boundaries (a4, a3, a2, letter, tabloid); "
                      "HTML: the print size");
  command->add_option("--orientation", options.orientation, "With --page: landscape (default) or portrait");
  command->add_option("--fit", options.fit, "With --page, PDF: 'page' scales the whole view onto one page");
  command->add_option("--data", options.data,
                      "Dated KPI values (CSV or JSON: id, date, value) bound by id to the journey's KPIs and "
                      "stages; the latest wins over the file's actual/reached (see jmap(1))");
  command->add_option("--compare", options.compare,
                      "Draw OLD's emotion curves dashed under this journey's on the map, tag new steps and list "
                      "what was removed (a file or REV:path)")
      ->option_text("OLD");
  add_common_options(*command, options.common);
  return command;
}

namespace {

// What a build settles from the options alone, before it reads anything: a mistake
// here stops `--watch` at once rather than on every change.
struct BuildPlan {
  const OutputFormat* format = nullptr;
  ViewOptions view;
  std::optional<PageSetup> paper;  // --page: the view on pages of this size
  std::string page_css;            // --page: "A4 landscape", for the HTML page's print CSS
};

std::vector<std::string> paper_names() {
  std::vector<std::string> names;
  for (const PaperInfo& paper : paper_table()) names.emplace_back(paper.name);
  return names;
}

void plan_paper(const BuildOptions& options, BuildPlan& plan) {
  if (!options.page) return;
  const PaperInfo* paper = paper_named(*options.page);
  if (!paper)
    throw UsageError(fmt::format("unknown page size '{}'{}; known: {}", *options.page,
                                 did_you_mean(closest_match(*options.page, paper_names())), fmt::join(paper_names(), ", ")));
  std::string orientation = options.orientation.value_or("landscape");
  if (orientation != "landscape" && orientation != "portrait")
    throw UsageError(fmt::format("unknown orientation '{}'; known: landscape, portrait", orientation));
  if (options.fit && *options.fit != "page")
    throw UsageError(fmt::format("unknown --fit '{}'; known: page (the whole picture on one page)", *options.fit));
  plan.paper = page_setup(*paper, orientation == "landscape", options.fit.has_value());
  plan.page_css = fmt::format("{} {}", paper->css, orientation);
}

BuildPlan plan_build(const BuildOptions& options) {
  BuildPlan plan;
  plan.format = &pick_format(options);
  plan.view.kind = pick_row("view", options.view.value_or("map"), view_table()).kind;
  plan.view.theme = pick_row("theme", options.theme, theme_table()).name;
  plan.view.persona = options.persona;
  refuse_overwriting_input(options);
  refuse_options_the_format_ignores(options, *plan.format);
  plan_paper(options, plan);
  if (!options.compare.empty() && !options.stages.empty())
    throw UsageError("--compare compares whole journeys; leave out --stages");
  if (!options.compare.empty() && plan.paper)
    throw UsageError("--compare draws one map; leave out --page");
  if (!options.compare.empty() && plan.format->picture && plan.view.kind != ViewKind::map)
    throw UsageError("--compare draws on the map; leave out --view or give --view map");
  if (options.depfile && options.output == "-")
    throw UsageError("--depfile names the output file as the target; write to a file (-o map.svg), not stdout");
  return plan;
}

// load -> validate -> view -> render -> write, once; the outcome names every file read.
RunOutcome build_once(const BuildOptions& options, const BuildPlan& plan) {
  RunOutcome outcome;
  RenderOptions render;
  render.dpi = options.dpi.value_or(96);
  render.fit = PixelBox{options.width.value_or(0), options.height.value_or(0)};
  render.image = options.image.value_or("");
  render.page_size = plan.page_css;
  if (options.html_template) {  // read before the journey: a missing template is a usage error
    render.template_name = options.html_template->string();
    render.template_text = read_template(*options.html_template);
  }
  // load -> validate
  SourceSet sources;
  Diagnostics config_findings;
  std::vector<fs::path> config_files;
  LintConfig config = project_config(options.input, sources, config_findings, config_files);
  CheckedFile checked =
      check_file(options.input, options.common, sources, config.limits, validate_options(config), options.data);
  outcome.inputs = checked.files_read;
  if (options.html_template) outcome.inputs.push_back(*options.html_template);
  outcome.inputs.insert(outcome.inputs.end(), config_files.begin(), config_files.end());
  for (const Diagnostic& d : config_findings.items()) checked.diagnostics.add(d);
  ReportOptions report{use_color(options.common.color, stderr)};
  // Errors and warnings; the observations (info) are for `jmap lint`.
  for (const Diagnostic& d : checked.diagnostics.items())
    if (d.severity != Severity::info) std::fputs(format_human(d, report).c_str(), stderr);
  if (checked.diagnostics.has_errors() || !checked.journey) {
    outcome.status = k_exit_findings;
    outcome.summary = fmt::format("{} not built: {}", options.input.string(), summarize(checked.diagnostics));
    return outcome;
  }
  if (checked.journey->catalogue)
    throw UsageError(fmt::format("'{}' holds only personas/touchpoints (a catalogue for imports); build a journey file",
                                 options.input.string()));
  if (options.embed_source && checked.journey->file) render.source = checked.journey->file->text;
  Journey journey = options.stages.empty() ? *checked.journey : for_stages(*checked.journey, options.stages);
  if (!options.persona.empty()) journey = for_persona(journey, options.persona);
  std::optional<Journey> old_journey;
  if (!options.compare.empty()) {
    std::error_code ec;
    if (fs::is_regular_file(options.compare, ec)) outcome.inputs.push_back(options.compare);  // --watch, --depfile
    old_journey = load_compared(options.compare, options.common, sources);
    if (!old_journey) {
      outcome.status = k_exit_findings;
      outcome.summary = fmt::format("{} not built: {} has errors", options.input.string(), options.compare);
      return outcome;
    }
  }
  // The old state as the same persona lives it, or its steps would read as removed.
  if (old_journey && !options.persona.empty()) {
    if (!find_persona(*old_journey, options.persona))
      throw UsageError(fmt::format("--persona {}: no such persona in {}; compare the whole journey", options.persona,
                                   options.compare));
    old_journey = journey_for_persona(*old_journey, options.persona);
  }
  ViewOptions view = plan.view;
  view.compare = old_journey ? &*old_journey : nullptr;
  // view
  RenderInput input;
  if (plan.format->picture && plan.paper) input.pages = make_pages(journey, view, *plan.paper);
  else if (plan.format->picture) input.picture = make_picture(journey, view);
  if (plan.format->report) {
    ReportViewOptions report_options{options.persona, plan.view.theme, view.compare, options.compare};
    input.report = make_report_view(journey, report_options);
  }
  if (plan.format->model) input.model = make_model_view(journey);
  if (plan.format->deck) input.deck = make_deck_view(journey, plan.view);
  // render -> write
  Rendered rendered;
  try {
    rendered = plan.format->write(input, render);
  } catch (const TemplateError& error) {
    throw UsageError(fmt::format("{}\n  hint: fix the template; 'jmap template --print' shows the default", error.what()));
  }
  write_output(options.output, rendered.bytes);
  for (const std::string& warning : rendered.warnings)
    std::fprintf(stderr, "jmap: warning: %s: %s\n", options.output.c_str(), warning.c_str());
  // the depfile last: it exists only beside an output that was built
  if (options.depfile) write_output(options.depfile->string(), make_depfile(options.output, outcome.inputs));
  outcome.summary = fmt::format("built {}", options.output);
  return outcome;
}

}  // namespace

int run_build(const BuildOptions& options) {
  BuildPlan plan = plan_build(options);
  if (options.watch) {
    std::vector<fs::path> fallback{options.input};
    if (options.html_template) fallback.push_back(*options.html_template);
    return watch([&] { return build_once(options, plan); }, fallback);
  }
  RunOutcome outcome = build_once(options, plan);
  if (outcome.status != k_exit_ok) std::fprintf(stderr, "jmap: %s\n", outcome.summary.c_str());
  return outcome.status;
}

}  // namespace jmap::cli
