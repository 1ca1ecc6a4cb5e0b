// Runs `git show REV:path` in the current directory's repository, without a shell: the
// argument goes to git as one word, whatever it holds.
#include "git_show.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include <vector>

#include "commands.hpp"

extern char** environ;

namespace fs = std::filesystem;

namespace jmap::cli {
namespace {

struct GitRun {
  int status = -1;
  std::string out, err;
};

std::string read_all(int fd) {
  std::string text;
  char buffer[65536];
  ssize_t n;
  while ((n = read(fd, buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<std::size_t>(n));
  close(fd);
  return text;
}

// git's messages are short: stdout is read to its end first, then stderr.
GitRun run_git(std::vector<std::string> args) {
  int out[2], err[2];
  if (pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0) throw UsageError("cannot run git: no pipe");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err[1], 2);
  args.insert(args.begin(), "git");
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  int spawned = posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  close(err[1]);
  GitRun run;
  run.out = read_all(out[0]);
  run.err = read_all(err[0]);
  if (spawned != 0) throw UsageError("cannot run git: is it installed?");
  int status = 0;
  waitpid(pid, &status, 0);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

std::string first_line(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  return line.empty() ? "git failed" : line;
}

// `./x` and `../x` are relative to here, as git reads them; other paths to the top of
// the working tree.
fs::path worktree_path(const std::string& path) {
  if (path.starts_with("./") || path.starts_with("../")) return fs::absolute(path).lexically_normal();
  GitRun top = run_git({"rev-parse", "--show-toplevel"});
  if (top.status != 0) throw UsageError(fmt::format("cannot read '{}' from git: {}", path, first_line(top.err)));
  return (fs::path(first_line(top.out)) / path).lexically_normal();
}

}  // namespace

std::optional<GitFile> read_git_file(const std::string& argument) {
  std::error_code ec;
  std::size_t colon = argument.find(':');
  if (colon == std::string::npos || fs::exists(argument, ec)) return std::nullopt;
  GitRun show = run_git({"show", argument});
  if (show.status != 0)
    throw UsageError(fmt::format("cannot read '{}' from git: {}", argument, first_line(show.err)));
  return GitFile{argument, std::move(show.out), worktree_path(argument.substr(colon + 1))};
}

}  // namespace jmap::cli
