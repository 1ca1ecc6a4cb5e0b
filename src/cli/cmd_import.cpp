// `jmap import mermaid FILE.mmd -o journey.yaml`: read -> map -> write YAML -> check the
// YAML as `lint` would (load + validate) -> write it whole. An existing file is a journey
// someone may have edited: it is replaced only with --force.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "commands.hpp"
#include "jmap/import.hpp"
#include "jmap/load.hpp"
#include "jmap/report.hpp"
#include "jmap/validate.hpp"
#include "output_file.hpp"
#include "util/read_file.hpp"

namespace fs = std::filesystem;

namespace jmap::cli {
namespace {

void print_findings(const Diagnostics& findings, const ImportOptions& options) {
  ReportOptions report{use_color(options.color, stderr)};
  for (const Diagnostic& d : findings.items()) std::fputs(format_human(d, report).c_str(), stderr);
}

void refuse_overwriting(const ImportOptions& options) {
  if (options.output == "-") return;
  std::error_code ec;
  if (fs::exists(options.output, ec) && fs::equivalent(options.input, options.output, ec))
    throw UsageError(fmt::format("the output '{}' is the input file; choose another -o", options.output));
  if (fs::exists(options.output, ec) && !options.force)
    throw UsageError(fmt::format("'{}' exists; pass --force to replace it", options.output));
}

// The journey jmap wrote must load and validate without an error: otherwise it is jmap's bug.
void check_written(const std::string& yaml, const std::string& name) {
  SourceSet sources;
  Diagnostics findings;
  std::optional<Journey> journey = load_journey_text(name, yaml, LoadOptions{}, sources, findings);
  if (journey) validate(*journey, findings);
  if (!journey || findings.has_errors())
    throw std::runtime_error(fmt::format("the imported journey does not validate: {}",
                                         findings.empty() ? "" : findings.items().front().message));
}

}  // namespace

CLI::App* setup_import(CLI::App& app, ImportOptions& options) {
  CLI::App* command = app.add_subcommand("import", "Make a journey file from another tool's journey (Mermaid)");
  command->require_subcommand(1);
  CLI::App* mermaid = command->add_subcommand("mermaid", "A Mermaid 'journey' diagram (.mmd) as a format-v1 journey");
  mermaid->add_option("file", options.input, "The Mermaid file")->required();
  mermaid->add_option("-o,--output", options.output, "The journey YAML file to write, or - for stdout")->required();
  mermaid->add_flag("--force", options.force, "Replace the output file if it exists");
  mermaid->add_option("--color", options.color, "Colour in messages: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  return command;
}

int run_import(const ImportOptions& options) {
  refuse_overwriting(options);
  ReadResult read = read_file(options.input, LoadLimits{}.max_file_bytes);
  if (!read.error.empty()) throw UsageError(read.error);
  SourceSet sources;
  const SourceFile& file = sources.add(options.input.string(), std::move(read.text));
  Diagnostics findings;
  std::optional<MermaidJourney> mermaid = read_mermaid_journey(file, findings);
  std::optional<ImportedJourney> journey;
  if (mermaid) journey = journey_from_mermaid(*mermaid, options.input.filename().string(), findings);
  findings.sort_and_dedupe();
  print_findings(findings, options);
  if (!journey) {
    std::fprintf(stderr, "jmap: %s not imported: %s\n", options.input.c_str(), summarize(findings).c_str());
    return k_exit_findings;
  }
  std::string yaml = write_journey_yaml(*journey);
  check_written(yaml, options.output);
  write_output(options.output, yaml);
  return k_exit_ok;
}

}  // namespace jmap::cli
