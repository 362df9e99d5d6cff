#include "stop_signals.hpp"

#include <atomic>
#include <cstdlib>
#include <mutex>

#include <signal.h>
#include <unistd.h>

#include "geodata/files/temp_files.hpp"

namespace cm {
namespace {

std::atomic<bool> g_graceful{false};
std::atomic<int> g_signal{0};

static_assert(std::atomic<int>::is_always_lock_free, "the signal handler stores the signal");
static_assert(std::atomic<bool>::is_always_lock_free, "the signal handler reads the mode");

void restore_default(int signal_number) {
    struct sigaction action {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(signal_number, &action, nullptr);
}

/// One line on stderr with write(2), which is async-signal-safe (no stdio, no allocation).
void say_stopped(int signal_number) {
    static constexpr char kInt[] =
        "campaignmap: interrupted by SIGINT; unfinished output removed\n";
    static constexpr char kTerm[] = "campaignmap: stopped by SIGTERM; unfinished output removed\n";
    static constexpr char kHup[] = "campaignmap: stopped by SIGHUP; unfinished output removed\n";
    const char* text = signal_number == SIGTERM ? kTerm : signal_number == SIGHUP ? kHup : kInt;
    const std::size_t size = signal_number == SIGTERM  ? sizeof kTerm
                             : signal_number == SIGHUP ? sizeof kHup
                                                       : sizeof kInt;
    const ssize_t ignored = ::write(STDERR_FILENO, text, size - 1);
    (void)ignored;
}

/// Async-signal-safe throughout: atomics, unlink/rmdir (remove_live_temp_paths), write,
/// sigaction and raise. The raised signal is blocked until the handler returns, then kills.
extern "C" void on_stop_signal(int signal_number) {
    int none = 0;
    if (g_graceful.load() && g_signal.compare_exchange_strong(none, signal_number))
        return;
    remove_live_temp_paths();
    say_stopped(signal_number);
    restore_default(signal_number);
    raise(signal_number);
}

}  // namespace

void install_stop_handlers() {
    static std::once_flag once;
    std::call_once(once, [] {
        struct sigaction action {};
        action.sa_handler = on_stop_signal;
        sigemptyset(&action.sa_mask);
        for (const int s : {SIGINT, SIGTERM, SIGHUP})
            sigaddset(&action.sa_mask, s);
        for (const int s : {SIGINT, SIGTERM, SIGHUP}) {
            struct sigaction old {};
            sigaction(s, nullptr, &old);
            if (old.sa_handler != SIG_IGN)  // e.g. SIGHUP under nohup stays ignored
                sigaction(s, &action, nullptr);
        }
        struct sigaction ignore {};
        ignore.sa_handler = SIG_IGN;
        sigemptyset(&ignore.sa_mask);
        sigaction(SIGXFSZ, &ignore, nullptr);
    });
}

GracefulStop::GracefulStop() {
    install_stop_handlers();
    g_signal.store(0);
    g_graceful.store(true);
}

GracefulStop::~GracefulStop() {
    g_graceful.store(false);
    g_signal.store(0);
}

int stop_signal() {
    return g_signal.load();
}

void die_by_signal(int signal_number) {
    remove_live_temp_paths();
    restore_default(signal_number);
    raise(signal_number);
    std::_Exit(128 + signal_number);
}

}  // namespace cm
