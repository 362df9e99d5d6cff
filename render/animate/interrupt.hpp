#pragma once

// Ctrl-C and `kill` during a long animation: the handlers only raise a flag; the frame
// scheduler sees it between frames, stops its workers and throws Interrupted, so every
// AtomicFile unwinds and no temporary or half-written output is left behind.

#include "geodata/model/error.hpp"

namespace cm {

/// Thrown when SIGINT or SIGTERM asked the run to stop.
class Interrupted : public Error {
  public:
    explicit Interrupted(int signal_number);
    int signal_number() const { return m_signal; }

  private:
    int m_signal;
};

/// While alive, SIGINT and SIGTERM set a flag instead of killing the process; the previous
/// handlers come back on destruction. One at a time.
class InterruptGuard {
  public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;
};

/// @returns the signal that asked to stop, or 0.
int interrupt_signal();

/// @throws Interrupted when a stop was asked for.
void throw_if_interrupted();

/// Ends the process the way the signal would have (after cleanup): restores the default
/// action and raises @p signal_number again, so callers see the usual exit status.
[[noreturn]] void die_by_signal(int signal_number);

}  // namespace cm
