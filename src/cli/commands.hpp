// The subcommands. Each has an options struct, a setup_* that declares its CLI11
// options and a run_* that does the work and returns the exit code.
#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "jmap/error.hpp"
#include "jmap/load.hpp"

namespace jmap::cli {

// Exit codes: the contract with CI scripts.
constexpr int k_exit_ok = 0;
constexpr int k_exit_findings = 1;  // errors found (or warnings with --strict)
constexpr int k_exit_usage = 2;     // bad usage or an I/O problem

// A usage or I/O problem: printed as `jmap: error: ...`, exit 2.
using jmap::UsageError;

struct CommonOptions {
  std::optional<std::filesystem::path> root;
  std::string color = "auto";  // auto | always | never
  LimitSettings limits;        // --max-nodes N, ...: win over .jmap.yaml's `limits:`
};

struct BuildOptions {
  CommonOptions common;
  std::filesystem::path input;
  std::string output;
  std::string format;  // empty: from the output's extension
  std::optional<std::string> view;  // map (default) | blueprint | flow
  std::string persona;            // only this persona's steps and curve
  std::string theme = "default";  // default | dark | print | contrast
  std::optional<double> dpi;       // PNG resolution (default 96)
  std::optional<std::filesystem::path> html_template;  // --template: a Mustache file for HTML
  std::optional<std::string> image;  // --image: the map's SVG, linked from Markdown output
  bool embed_source = false;  // --embed-source: the journey's source inside the SVG/PNG
  std::optional<std::filesystem::path> depfile;  // --depfile: a Make/Ninja depfile for the output
  bool watch = false;                            // --watch: build again on every change
  std::string stages;                      // --stages FIRST..LAST: only those stages
  std::optional<double> width, height;     // --width/--height: a PNG fitted into this box (px)
  std::optional<std::string> page;         // --page a4|a3|a2|letter|tabloid: PDF pages, HTML print size
  std::optional<std::string> orientation;  // --orientation landscape (default) | portrait
  std::optional<std::string> fit;          // --fit page: the whole picture on one page
  std::optional<std::filesystem::path> data;  // --data: dated KPI values, CSV or JSON
  std::string compare;                     // --compare OLD: the old state on the same map (file or REV:path)
};

struct LintOptions {
  CommonOptions common;
  std::vector<std::filesystem::path> paths;
  std::string format = "auto";  // auto human gcc json sarif github codeclimate checkstyle junit
  std::string fail_on;          // error (default) | warning | info
  bool strict = false;          // --fail-on warning
  bool quiet = false;           // errors only
  std::string show;             // -f github: lowest severity annotated (default warning)
  std::optional<std::filesystem::path> config;
  unsigned jobs = 0;            // 0: one per core
  bool watch = false;           // --watch: lint again on every change
  std::optional<std::filesystem::path> data;  // --data: dated KPI values for the one journey linted
};

struct RulesOptions {
  std::string explain;    // a rule id for `jmap explain`
  bool markdown = false;  // `jmap rules --markdown`: docs/rules.md
};

struct SchemaOptions {
  bool model = false;  // `jmap schema --model`: the schema of `-o journey.json`
};

struct TemplateOptions {
  bool print = false;  // `jmap template --print`
};

struct ExtractOptions {
  std::filesystem::path input;  // an SVG or PNG built with --embed-source
  std::string output = "-";
};

struct InitOptions {
  std::string template_name = "e-commerce";
  std::string output = "journey.yaml";  // "-": stdout
  bool list = false;
  bool force = false;
};

struct CompletionOptions {
  std::string shell;                      // bash | zsh | fish
  std::vector<std::string> complete_args;  // hidden `__complete personas FILE`
};

// `jmap import mermaid FILE -o OUT` (issue 14: docs-as-code bridges).
struct ImportOptions {
  std::filesystem::path input;
  std::string output;
  bool force = false;           // replace an existing output
  std::string color = "auto";
};

// `jmap md FILE.md -o OUT.md`: each ```jmap block becomes an SVG beside OUT and a link to it.
struct MdOptions {
  CommonOptions common;
  std::filesystem::path input;
  std::string output;
};

// `jmap diff OLD NEW` (issue 13: a journey repository).
struct DiffOptions {
  CommonOptions common;
  std::string old_input, new_input;  // files, or REV:path read through git
  std::string format = "human";      // human | markdown | json
  std::string output = "-";
};

// `jmap site DIR -o OUT`: a folder of journeys as a static site (cmd_site.cpp).
struct SiteCommandOptions {
  CommonOptions common;
  std::filesystem::path dir, output;
  std::string theme = "default";
  std::string group_by = "status";  // status | tag: the index's sections
  bool no_ninja = false;            // the steps in this process, not through ninja
  unsigned jobs = 0;                // 0: one per core
  std::optional<std::filesystem::path> data;  // --data: dated KPI values for every journey
};

void add_common_options(CLI::App& command, CommonOptions& options);
void add_limit_options(CLI::App& command, LimitSettings& limits);
CLI::App* setup_build(CLI::App& app, BuildOptions& options);
CLI::App* setup_lint(CLI::App& app, LintOptions& options);
CLI::App* setup_rules(CLI::App& app, RulesOptions& options);
CLI::App* setup_explain(CLI::App& app, RulesOptions& options);
CLI::App* setup_schema(CLI::App& app, SchemaOptions& options);
CLI::App* setup_template(CLI::App& app, TemplateOptions& options);
CLI::App* setup_extract(CLI::App& app, ExtractOptions& options);
CLI::App* setup_init(CLI::App& app, InitOptions& options);
CLI::App* setup_completion(CLI::App& app, CompletionOptions& options);
CLI::App* setup_complete_helper(CLI::App& app, CompletionOptions& options);  // hidden

CLI::App* setup_import(CLI::App& app, ImportOptions& options);
CLI::App* setup_md(CLI::App& app, MdOptions& options);
CLI::App* setup_diff(CLI::App& app, DiffOptions& options);
int run_diff(const DiffOptions& options);
int run_import(const ImportOptions& options);
int run_md(const MdOptions& options);
CLI::App* setup_site(CLI::App& app, SiteCommandOptions& options);
int run_site(const SiteCommandOptions& options);
int run_build(const BuildOptions& options);
int run_lint(const LintOptions& options);
int run_rules(const RulesOptions& options);
int run_explain(const RulesOptions& options);
int run_schema(const SchemaOptions& options);
int run_template(const TemplateOptions& options);
int run_extract(const ExtractOptions& options);
int run_init(const InitOptions& options);
std::vector<std::string> init_template_names();  // for the completions
int run_completion(CLI::App& app, const CompletionOptions& options);
int run_complete_helper(const CompletionOptions& options);

// Colour on stderr/stdout: --color, NO_COLOR, and whether the stream is a terminal.
bool use_color(const std::string& choice, std::FILE* stream);

}  // namespace jmap::cli
