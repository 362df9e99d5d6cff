#include "interrupt.hpp"

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <string>

#include <signal.h>

namespace cm {
namespace {

std::atomic<int> g_signal{0};
struct sigaction g_old_int {};
struct sigaction g_old_term {};

extern "C" void on_stop_signal(int signal_number) {
    g_signal.store(signal_number);
}

std::string signal_name(int signal_number) {
    return signal_number == SIGTERM ? "SIGTERM" : "SIGINT";
}

}  // namespace

static_assert(std::atomic<int>::is_always_lock_free, "signal flag must be lock-free");

Interrupted::Interrupted(int signal_number)
    : Error("interrupted by " + signal_name(signal_number) + "; no output written"),
      m_signal(signal_number) {}

InterruptGuard::InterruptGuard() {
    g_signal.store(0);
    struct sigaction action {};
    action.sa_handler = on_stop_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &g_old_int);
    sigaction(SIGTERM, &action, &g_old_term);
}

InterruptGuard::~InterruptGuard() {
    sigaction(SIGINT, &g_old_int, nullptr);
    sigaction(SIGTERM, &g_old_term, nullptr);
    g_signal.store(0);
}

int interrupt_signal() {
    return g_signal.load();
}

void throw_if_interrupted() {
    if (const int s = g_signal.load())
        throw Interrupted(s);
}

void die_by_signal(int signal_number) {
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
    std::_Exit(128 + signal_number);
}

}  // namespace cm
