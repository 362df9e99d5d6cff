#pragma once

// What campaignmap does when it is asked to stop (Ctrl-C, kill, a closed terminal) or
// passes the file-size limit, for every command:
// - SIGINT, SIGTERM and SIGHUP remove the temporary files of the outputs being written
//   (temp_files.hpp), then end the process by the same signal: the previous outputs stay,
//   no temporary file remains.
// - Inside a GracefulStop (the frame loop of `animate`), the first such signal only raises a
//   flag that the loop polls, so that the run unwinds and says why; a second one acts at once.
// - SIGXFSZ is ignored: a write past `ulimit -f` fails with EFBIG, as on a full disk, and the
//   writer reports "cannot write (disk full?)" instead of the process dying mid-file.

namespace cm {

/// Installs the handlers above (once per process; later calls do nothing).
void install_stop_handlers();

/// While alive, the first stop signal sets stop_signal() instead of ending the process.
/// Installs the handlers if needed. One at a time.
class GracefulStop {
  public:
    GracefulStop();
    ~GracefulStop();
    GracefulStop(const GracefulStop&) = delete;
    GracefulStop& operator=(const GracefulStop&) = delete;
};

/// @returns the signal a GracefulStop received, or 0.
int stop_signal();

/// Ends the process the way @p signal_number would have (after cleanup): restores its
/// default action and raises it, so callers see the usual exit status.
[[noreturn]] void die_by_signal(int signal_number);

}  // namespace cm
