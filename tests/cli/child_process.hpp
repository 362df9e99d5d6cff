#pragma once

// Runs the campaignmap binary as a child process with what hostile-output tests need and
// run_command.hpp does not give: no shell, stdout and stderr apart, a file-size limit
// (RLIMIT_FSIZE) with SIGXFSZ at its default action (so campaignmap must ignore it itself),
// a deadline after which the child is killed (a test never hangs), and signals mid-run.

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace cm::test {

struct ChildOptions {
    long long file_size_limit = -1;  ///< bytes (RLIMIT_FSIZE), or none
    std::chrono::milliseconds deadline{std::chrono::seconds(120)};
};

struct ChildResult {
    int status = -1;  ///< exit status, -1 when ended by a signal
    int signal = 0;   ///< the signal that ended it, or 0
    bool timed_out = false;
    std::string out, err;
};

/// A running campaignmap.
class Child {
  public:
    Child(const std::vector<std::string>& args, const ChildOptions& options = {})
        : m_deadline(std::chrono::steady_clock::now() + options.deadline) {
        std::vector<std::string> all{CM_BINARY};
        all.insert(all.end(), args.begin(), args.end());
        std::vector<char*> argv;
        for (std::string& a : all)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        int out[2], err[2];
        if (::pipe(out) != 0 || ::pipe(err) != 0)
            return;
        m_pid = ::fork();
        if (m_pid == 0) {
            ::dup2(out[1], 1), ::dup2(err[1], 2);
            ::close(out[0]), ::close(err[0]), ::close(out[1]), ::close(err[1]);
            for (const int s : {SIGXFSZ, SIGINT, SIGTERM, SIGHUP, SIGPIPE})
                ::signal(s, SIG_DFL);
            if (options.file_size_limit >= 0) {
                const rlimit limit{static_cast<rlim_t>(options.file_size_limit),
                                   static_cast<rlim_t>(options.file_size_limit)};
                ::setrlimit(RLIMIT_FSIZE, &limit);
            }
            ::execv(argv[0], argv.data());
            ::_exit(127);
        }
        ::close(out[1]), ::close(err[1]);
        m_out = out[0], m_err = err[0];
    }
    ~Child() {
        if (m_pid > 0 && !m_reaped) {
            ::kill(m_pid, SIGKILL);
            wait();
        }
    }
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    pid_t pid() const { return m_pid; }
    bool running() {
        if (m_reaped)
            return false;
        if (::waitpid(m_pid, &m_raw, WNOHANG) == 0)
            return true;
        m_reaped = true;
        return false;
    }
    void signal(int signal_number) const { ::kill(m_pid, signal_number); }

    /// Reads the child's output to its end and waits for it (killing it at the deadline).
    ChildResult wait() {
        ChildResult r;
        while (m_out >= 0 || m_err >= 0) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                m_deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0) {
                ::kill(m_pid, SIGKILL);
                r.timed_out = true;
            }
            pollfd fds[2] = {{m_out, POLLIN, 0}, {m_err, POLLIN, 0}};
            ::poll(fds, 2, static_cast<int>(std::max<long long>(left.count(), 10)));
            drain(fds[0], m_out, r.out);
            drain(fds[1], m_err, r.err);
        }
        if (!m_reaped)
            ::waitpid(m_pid, &m_raw, 0);
        m_reaped = true;
        r.status = WIFEXITED(m_raw) ? WEXITSTATUS(m_raw) : -1;
        r.signal = WIFSIGNALED(m_raw) ? WTERMSIG(m_raw) : 0;
        return r;
    }

  private:
    static void drain(const pollfd& p, int& fd, std::string& into) {
        if (fd < 0 || !(p.revents & (POLLIN | POLLHUP | POLLERR)))
            return;
        char buf[65536];
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n > 0) {
            into.append(buf, static_cast<std::size_t>(n));
            return;
        }
        ::close(fd);
        fd = -1;
    }

    pid_t m_pid = -1;
    int m_out = -1, m_err = -1;
    int m_raw = 0;
    bool m_reaped = false;
    std::chrono::steady_clock::time_point m_deadline;
};

/// Runs campaignmap with @p args to its end (or the deadline).
inline ChildResult run_child(const std::vector<std::string>& args,
                             const ChildOptions& options = {}) {
    return Child(args, options).wait();
}

}  // namespace cm::test
