// Fuzz target: bytes as a Mermaid journey -> `jmap import mermaid` (read, map onto the
// vocabulary, write YAML) -> the YAML loaded back. Whatever the reader accepts, the file
// it writes must parse as a journey: an import never writes YAML jmap cannot read.
#include <cstdlib>
#include <string>

#include "fuzz_support.hpp"
#include "jmap/import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jmap::SourceSet sources;
  jmap::Diagnostics findings;
  const jmap::SourceFile& file =
      sources.add("fuzz.mmd", std::string(reinterpret_cast<const char*>(data), size));
  std::optional<jmap::MermaidJourney> mermaid = jmap::read_mermaid_journey(file, findings);
  if (!mermaid || findings.count(jmap::Severity::error) > 0) return 0;
  jmap::ImportedJourney journey = jmap::journey_from_mermaid(*mermaid, "fuzz.mmd", findings);
  std::string yaml = jmap::write_journey_yaml(journey);
  jmap::fuzz::Loaded loaded;
  jmap::fuzz::load(reinterpret_cast<const std::uint8_t*>(yaml.data()), yaml.size(), loaded);
  if (!loaded.journey) std::abort();  // the import wrote YAML jmap cannot read
  return 0;
}
