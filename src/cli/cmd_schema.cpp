// `jmap schema`: the JSON Schema (draft-07) of format v1, for editors and CI; with
// --model, the schema of what `jmap build -o journey.json` writes.
#include <cstdio>

#include "commands.hpp"
#include "standard_output.hpp"
#include "schema_text.hpp"

namespace jmap::cli {

CLI::App* setup_schema(CLI::App& app, SchemaOptions& options) {
  CLI::App* command = app.add_subcommand("schema", "Print the JSON Schema (draft-07) of journey files, format v1");
  command->add_flag("--model", options.model, "Print the schema of the JSON model instead (jmap build -o journey.json)");
  return command;
}

int run_schema(const SchemaOptions& options) {
  write_stdout(options.model ? k_model_schema : k_journey_schema);
  return k_exit_ok;
}

}  // namespace jmap::cli
