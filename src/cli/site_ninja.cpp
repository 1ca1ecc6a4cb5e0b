// OUT/build.ninja for `jmap site`, and ninja run on it. The rules call this same jmap
// binary's hidden steps (site_steps.cpp); each journey's edge lists the journey's
// imports and .jmap.yaml through the depfile the step writes (deps = gcc: ninja keeps
// them in .ninja_deps), so a touched catalogue rebuilds every journey that imports it.
#include "site_ninja.hpp"

#include <fmt/format.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "jmap/load.hpp"
#include "jmap/site_view.hpp"
#include "output_file.hpp"
#include "site_steps.hpp"

extern char** environ;

namespace fs = std::filesystem;

namespace jmap::cli {
namespace {

// A path in a build line: ninja reads '$', ' ' and ':' as syntax.
std::string ninja_path(const std::string& path) {
  if (path.find('\n') != std::string::npos) throw UsageError(fmt::format("a file name holds a line break: '{}'", path));
  std::string out;
  for (char c : path) {
    if (c == '$' || c == ' ' || c == ':') out += '$';
    out += c;
  }
  return out;
}

// A word of a command: the shell's single quotes, then ninja's '$' escape.
std::string shell_word(const std::string& word) {
  std::string quoted = "'";
  for (char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  quoted += "'";
  std::string out;
  for (char c : quoted) out += c == '$' ? std::string("$$") : std::string(1, c);
  return out;
}

std::string relative_to(const fs::path& path, const fs::path& base) {
  return fs::absolute(path).lexically_normal().lexically_relative(fs::absolute(base).lexically_normal()).generic_string();
}

// What every journey step is given besides its journey: the same as in-process.
std::string journey_flags(const SiteCommandOptions& options) {
  std::string flags = "--theme " + shell_word(options.theme);
  if (options.common.root) flags += " --root " + shell_word(fs::absolute(*options.common.root).lexically_normal().string());
  for (const LimitInfo& row : limit_table())
    if (auto found = options.common.limits.find(row.key); found != options.common.limits.end())
      flags += fmt::format(" {} {}", row.option, found->second);
  if (options.data) flags += " --data " + shell_word(fs::absolute(*options.data).lexically_normal().string());
  return flags;
}

std::string journey_edge(const SiteEntry& entry, const SiteCommandOptions& options, const std::string& jmap) {
  std::string stem = site_page_stem(entry.rel);
  std::string outputs = ninja_path(site_summary_path(entry.rel));
  for (const char* suffix : {".html", ".map.svg", ".blueprint.svg", ".flow.svg"}) outputs += " " + ninja_path(stem + suffix);
  std::string input = relative_to(entry.file, options.output);
  std::string depfile = ".jmap/" + stem + ".d";
  return fmt::format("build {}: journey {} | {}\n  input = {}\n  rel = {}\n  name = {}\n  depfile = {}\n  depfile_arg = {}\n",
                     outputs, ninja_path(input), jmap, shell_word(input), shell_word(entry.rel), ninja_path(entry.rel),
                     ninja_path(depfile), shell_word(depfile));
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (in) text << in.rdbuf();
  return text.str();
}

void write_if_changed(const fs::path& path, const std::string& text) {
  std::error_code ec;
  if (fs::exists(path, ec) && read_text(path) == text) return;
  fs::create_directories(path.parent_path(), ec);
  write_output(path.string(), text);
}

// Runs a program found on PATH with its output on stderr (jmap's stdout stays clean);
// the exit status, or -1 when it could not start.
int run_program(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, STDOUT_FILENO);
  pid_t pid = 0;
  int started = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (started != 0) return -1;
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {}
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

}  // namespace

std::string site_build_ninja(const SiteCommandOptions& options, const std::vector<SiteEntry>& journeys, const fs::path& jmap) {
  std::string binary = ninja_path(jmap.string());
  std::string text = fmt::format(
      "# Written by `jmap site` for the journeys of {0}; it writes this file again on every run.\n"
      "# `ninja -C {1}` rebuilds what changed; run `jmap site` when journeys come or go.\n"
      "ninja_required_version = 1.10\n"
      "jmap = {2}\n"
      "site = {3}\n"
      "flags = {4}\n\n"
      "rule journey\n"
      "  command = $jmap __site-journey $input --rel $rel --site $site --out . --depfile $depfile_arg $flags\n"
      "  depfile = $depfile\n"
      "  deps = gcc\n"
      "  description = JOURNEY $name\n\n"
      "rule pages\n"
      "  command = $jmap __site-pages .jmap/journeys.txt --out . --theme {5} --group-by {6}\n"
      "  description = PAGES index, personas, backlog, KPIs, touchpoints\n\n",
      options.dir.string(), options.output.string(), shell_word(jmap.string()),
      shell_word(relative_to(options.dir, options.output)), journey_flags(options), shell_word(options.theme),
      shell_word(options.group_by));
  std::string summaries;
  for (const SiteEntry& entry : journeys) {
    text += journey_edge(entry, options, binary);
    summaries += " " + ninja_path(site_summary_path(entry.rel));
  }
  text += fmt::format("\nbuild .jmap/pages.stamp: pages .jmap/journeys.txt |{} {}\n\ndefault .jmap/pages.stamp\n", summaries, binary);
  return text;
}

int build_with_ninja(const SiteCommandOptions& options, const std::vector<SiteEntry>& journeys) {
  std::error_code ec;
  fs::path jmap = fs::read_symlink("/proc/self/exe", ec);
  if (ec) throw UsageError("cannot tell where this jmap is (/proc/self/exe); use --no-ninja");
  std::string list;
  for (const SiteEntry& entry : journeys) list += site_summary_path(entry.rel) + "\n";
  write_if_changed(options.output / ".jmap" / "journeys.txt", list);
  write_if_changed(options.output / "build.ninja", site_build_ninja(options, journeys, jmap));
  std::string out = options.output.string();
  if (fs::exists(options.output / ".ninja_log", ec) && run_program({"ninja", "-C", out, "-t", "cleandead"}) < 0)
    throw UsageError("ninja is not installed (apt-get install ninja-build); or build in-process with --no-ninja");
  std::vector<std::string> args{"ninja", "-C", out, "--quiet"};
  if (options.jobs) args.insert(args.end(), {"-j", std::to_string(options.jobs)});
  int status = run_program(args);
  if (status < 0) throw UsageError("ninja is not installed (apt-get install ninja-build); or build in-process with --no-ninja");
  if (status != 0) throw UsageError(fmt::format("ninja stopped with status {} in '{}'", status, out));
  return k_exit_ok;
}

}  // namespace jmap::cli
