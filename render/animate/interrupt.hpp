#pragma once

// Ctrl-C and `kill` during a long animation. The process's stop handlers
// (geodata/files/stop_signals.hpp) serve every command; an InterruptGuard asks them to raise a
// flag instead of ending the process at once: the frame scheduler sees it between frames,
// stops its workers and throws Interrupted, so every AtomicFile unwinds, no temporary or
// half-written output is left behind, and the run says why it stopped.

#include "geodata/files/stop_signals.hpp"
#include "geodata/model/error.hpp"

namespace cm {

/// Thrown when SIGINT, SIGTERM or SIGHUP asked the run to stop.
class Interrupted : public Error {
  public:
    explicit Interrupted(int signal_number);
    int signal_number() const { return m_signal; }

  private:
    int m_signal;
};

/// While alive, the first stop signal sets a flag instead of ending the process (a second
/// one ends it at once, removing the temporary files). One at a time.
class InterruptGuard {
  public:
    InterruptGuard() = default;
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

  private:
    GracefulStop m_stop;
};

/// @returns the signal that asked to stop, or 0.
int interrupt_signal();

/// @throws Interrupted when a stop was asked for.
void throw_if_interrupted();

}  // namespace cm
