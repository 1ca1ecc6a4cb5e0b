// read_kpi_data: the file, read once with the loader's size bound, as CSV or JSON by
// its extension.
#include <fmt/format.h>

#include <algorithm>

#include "jmap/error.hpp"
#include "jmap/kpi_data.hpp"
#include "util/read_file.hpp"

namespace jmap {
namespace {

constexpr std::size_t k_max_data_bytes = 64u << 20;  // a history of years fits many times over

std::string lower_extension(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  return extension;
}

}  // namespace

KpiData read_kpi_data(const std::filesystem::path& path, SourceSet& sources, Diagnostics& findings) {
  std::string extension = lower_extension(path);
  if (extension != ".csv" && extension != ".json")
    throw UsageError(fmt::format("cannot tell the format of the data file '{}': name it .csv or .json", path.string()));
  ReadResult read = read_file(path, k_max_data_bytes);
  if (!read.error.empty()) throw IoError(fmt::format("cannot read the data file '{}': {}", path.string(), read.error));
  const SourceFile& file = sources.add(path.string(), std::move(read.text));
  return extension == ".json" ? read_kpi_json(file, findings) : read_kpi_csv(file, findings);
}

}  // namespace jmap
