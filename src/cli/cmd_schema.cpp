// `jmap schema`: the JSON Schema (draft-07) of format v1, for editors and CI.
#include <cstdio>

#include "commands.hpp"
#include "standard_output.hpp"
#include "schema_text.hpp"

namespace jmap::cli {

CLI::App* setup_schema(CLI::App& app) {
  return app.add_subcommand("schema", "Print the JSON Schema (draft-07) of journey files, format v1");
}

int run_schema() {
  write_stdout(k_journey_schema);
  return k_exit_ok;
}

}  // namespace jmap::cli
