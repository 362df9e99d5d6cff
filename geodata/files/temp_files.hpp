#pragma once

// The temporary files (and frame directories) a run has open at this moment, so that a stop
// signal can remove them before the process dies: an AtomicFile registers its temporary file
// while it lives. The registry is a fixed table that a signal handler may walk without
// locks or allocation (stop_signals.hpp).

#include <string>

#include <signal.h>

namespace cm {

/// Keeps @p path in the registry of live temporary files while alive.
/// A path longer than the table allows, or one beyond its capacity (256 at once), is not
/// registered: the owner still removes it when it unwinds, a signal does not.
class LiveTempPath {
  public:
    enum class Kind { file, directory };
    LiveTempPath() = default;
    LiveTempPath(const std::string& path, Kind kind);
    ~LiveTempPath();
    LiveTempPath(const LiveTempPath&) = delete;
    LiveTempPath& operator=(const LiveTempPath&) = delete;

    /// Registers @p path (after releasing what this held).
    void hold(const std::string& path, Kind kind);
    /// Takes the path out of the registry (e.g. once it has been renamed into place).
    void release();

  private:
    int m_slot = -1;
};

/// The table itself, opaque. A module with its own copy of this code (libcm_encoders.so)
/// registers its files in the host's table instead, so that the host's handlers see them.
struct TempRegistry;

/// @returns the table this copy of the code registers in.
TempRegistry* temp_registry();

/// Makes this copy register in @p host's table from now on. Call before any registration.
void use_temp_registry(TempRegistry* host);

/// Removes every registered file, and every registered directory with the files directly in
/// it. Async-signal-safe: only unlink, unlinkat, open, getdents64, close and rmdir.
void remove_live_temp_paths() noexcept;

/// Blocks the stop signals (SIGINT, SIGTERM, SIGHUP) in the calling thread while alive, so
/// that a temporary file is never created without being registered.
class StopSignalsBlocked {
  public:
    StopSignalsBlocked();
    ~StopSignalsBlocked();
    StopSignalsBlocked(const StopSignalsBlocked&) = delete;
    StopSignalsBlocked& operator=(const StopSignalsBlocked&) = delete;

  private:
    sigset_t m_saved{};
};

}  // namespace cm
