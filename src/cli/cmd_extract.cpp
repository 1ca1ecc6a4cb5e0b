// `jmap extract MAP.svg|MAP.png [-o FILE]`: the journey source that `build --embed-source`
// put into a picture, byte for byte, so a map pasted into a wiki can be edited again.
#include <fmt/format.h>

#include "commands.hpp"
#include "jmap/render.hpp"
#include "output_file.hpp"
#include "util/read_file.hpp"

namespace fs = std::filesystem;

namespace jmap::cli {
namespace {

// Cairo's largest PNG is 32,767 px a side; 1 GiB is far above any map jmap draws.
constexpr std::size_t k_max_picture_bytes = std::size_t{1} << 30;

void refuse_overwriting_picture(const ExtractOptions& options) {
  if (options.output == "-") return;
  std::error_code ec;
  if (fs::exists(options.output, ec) && fs::equivalent(options.input, options.output, ec))
    throw UsageError(fmt::format("the output '{}' is the picture itself; choose another -o", options.output));
}

}  // namespace

CLI::App* setup_extract(CLI::App& app, ExtractOptions& options) {
  CLI::App* command = app.add_subcommand("extract", "Print the journey source a picture built with --embed-source holds");
  command->add_option("file", options.input, "An SVG or PNG written by 'jmap build --embed-source'")->required();
  command->add_option("-o,--output", options.output, "Where to write the journey (default: - for stdout)");
  return command;
}

int run_extract(const ExtractOptions& options) {
  refuse_overwriting_picture(options);
  ReadResult read = read_file(options.input, k_max_picture_bytes);
  if (!read.error.empty()) throw UsageError(fmt::format("cannot read '{}': {}", options.input.string(), read.error));
  std::optional<std::string> source;
  try {
    source = extract_source(read.text);
  } catch (const IoError& error) {
    throw UsageError(fmt::format("{}: {}", options.input.string(), error.what()));
  }
  if (!source)
    throw UsageError(fmt::format("'{}' holds no journey source\n  hint: build the picture with --embed-source "
                                 "(SVG or PNG): jmap build journey.yaml --embed-source -o map.svg",
                                 options.input.string()));
  write_output(options.output, *source);
  return k_exit_ok;
}

}  // namespace jmap::cli
