#include "watch.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>
#include <set>

#include "commands.hpp"

namespace fs = std::filesystem;

namespace jmap::cli {
namespace {

// A burst of events (an editor writes a temporary file, renames it, touches the folder)
// is one change once the folder has been quiet this long.
constexpr int k_quiet_ms = 100;

// SIGINT and SIGTERM, blocked and read from a file descriptor: they end the wait for a
// change cleanly, and a run in progress finishes first (it never leaves half a file).
class StopSignals {
 public:
  StopSignals() {
    sigemptyset(&m_set);
    sigaddset(&m_set, SIGINT);
    sigaddset(&m_set, SIGTERM);
    sigprocmask(SIG_BLOCK, &m_set, &m_old);
    m_fd = signalfd(-1, &m_set, SFD_CLOEXEC | SFD_NONBLOCK);
    if (m_fd < 0) throw UsageError(fmt::format("--watch: cannot catch signals: {}", std::strerror(errno)));
  }
  ~StopSignals() {
    ::close(m_fd);
    sigprocmask(SIG_SETMASK, &m_old, nullptr);
  }
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;
  int fd() const { return m_fd; }

  // Takes the pending signals: left pending, they would kill the process (SIGTERM's
  // default) the moment the destructor unblocks them, and jmap could not exit 0.
  void consume() const {
    signalfd_siginfo info;
    while (::read(m_fd, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
    }
  }

 private:
  sigset_t m_set{}, m_old{};
  int m_fd = -1;
};

fs::path absolute_path(const fs::path& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  return (ec ? path : absolute).lexically_normal();
}

bool is_yaml_name(const fs::path& name) {
  return name.extension() == ".yaml" || name.extension() == ".yml";
}

// The folders of the inputs under inotify. Files are watched through their folder,
// because an editor that saves by rename replaces the inode a file watch would follow.
class Watcher {
 public:
  Watcher() : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
    if (m_fd < 0) throw UsageError(fmt::format("--watch: inotify: {}", std::strerror(errno)));
  }
  ~Watcher() { ::close(m_fd); }
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;
  int fd() const { return m_fd; }

  // Watches exactly the folders the inputs need now (imports change from run to run).
  void watch(const std::vector<fs::path>& inputs) {
    m_files.clear();
    m_folders.clear();
    std::set<fs::path> wanted;
    for (const fs::path& input : inputs) {
      fs::path path = absolute_path(input);
      std::error_code ec;
      if (fs::is_directory(path, ec)) {
        m_folders.insert(path);
        wanted.insert(path);
      } else {
        m_files.insert(path);
        wanted.insert(path.parent_path());
      }
    }
    for (auto it = m_dirs.begin(); it != m_dirs.end();)
      if (!wanted.contains(it->second)) {
        inotify_rm_watch(m_fd, it->first);
        it = m_dirs.erase(it);
      } else {
        ++it;
      }
    constexpr uint32_t mask = IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB;
    for (const fs::path& dir : wanted) {
      int wd = inotify_add_watch(m_fd, dir.c_str(), mask);
      if (wd >= 0) m_dirs[wd] = dir;  // a folder that is gone is watched again when it is back in the inputs
    }
  }

  // Reads the pending events: true when one of them touches an input.
  bool read_changes() {
    alignas(inotify_event) char buffer[16384];
    bool changed = false;
    for (;;) {
      ssize_t n = ::read(m_fd, buffer, sizeof buffer);
      if (n <= 0) return changed;
      for (char* p = buffer; p < buffer + n;) {
        auto* event = reinterpret_cast<inotify_event*>(p);
        if (event->len > 0) changed = concerns_input(event->wd, event->name) || changed;
        if (event->mask & IN_IGNORED) m_dirs.erase(event->wd);
        p += sizeof(inotify_event) + event->len;
      }
    }
  }

 private:
  bool concerns_input(int wd, const char* name) const {
    auto dir = m_dirs.find(wd);
    if (dir == m_dirs.end()) return false;
    if (m_folders.contains(dir->second) && is_yaml_name(name)) return true;
    return m_files.contains(dir->second / name);
  }

  int m_fd;
  std::map<int, fs::path> m_dirs;  // watch descriptor -> folder
  std::set<fs::path> m_files;      // absolute
  std::set<fs::path> m_folders;    // folder inputs: any YAML file in them counts
};

// Waits for a change to an input and for the burst to end: false when a signal came.
bool wait_for_change(Watcher& watcher, const StopSignals& signals) {
  bool changed = false;
  for (;;) {
    pollfd fds[2] = {{signals.fd(), POLLIN, 0}, {watcher.fd(), POLLIN, 0}};
    int ready = ::poll(fds, 2, changed ? k_quiet_ms : -1);
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) throw UsageError(fmt::format("--watch: {}", std::strerror(errno)));
    if (fds[0].revents & POLLIN) {
      signals.consume();
      return false;
    }
    if (ready == 0) return true;  // quiet after a change
    if (watcher.read_changes()) changed = true;
  }
}

std::string clock_time() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%H:%M:%S", &local);
  return text;
}

RunOutcome run_reporting_errors(const std::function<RunOutcome()>& run) {
  try {
    return run();
  } catch (const Error& error) {
    return RunOutcome{k_exit_usage, fmt::format("error: {}", error.what()), {}};
  }
}

}  // namespace

int watch(const std::function<RunOutcome()>& run, const std::vector<fs::path>& fallback) {
  StopSignals signals;
  Watcher watcher;
  std::vector<fs::path> last;  // the inputs of the last run that got far enough to say
  watcher.watch(fallback);     // before the first run: a change during it starts another
  do {
    auto started = std::chrono::steady_clock::now();
    RunOutcome outcome = run_reporting_errors(run);
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
    std::fflush(stdout);
    std::fprintf(stderr, "jmap: %s %s (%.2f s)\n", clock_time().c_str(), outcome.summary.c_str(), took.count());
    if (!outcome.inputs.empty()) last = outcome.inputs;
    std::vector<fs::path> inputs = last;
    inputs.insert(inputs.end(), fallback.begin(), fallback.end());
    watcher.watch(inputs);
  } while (wait_for_change(watcher, signals));
  std::fprintf(stderr, "jmap: stopped watching\n");
  return k_exit_ok;
}

}  // namespace jmap::cli
