#pragma once

// Reports how far a long run is: on a terminal a bar redrawn in place with the time left,
// elsewhere (logs, CI, batch systems) a plain line every tenth of the way.

#include <chrono>
#include <cstdio>
#include <string>

namespace cm {

class ProgressBar {
  public:
    /// @p total steps, reported on @p out (a terminal when isatty says so).
    ProgressBar(std::string what, int total, std::FILE* out = stderr);
    ProgressBar(const ProgressBar&) = delete;
    ProgressBar& operator=(const ProgressBar&) = delete;

    /// Records that @p done steps are complete and redraws when it is worth it.
    void update(int done);
    /// Ends the bar's line.
    void finish();

  private:
    std::string m_what;
    int m_total;
    std::FILE* m_out;
    bool m_terminal;
    int m_last_tenth = -1;
    bool m_finished = false;
    std::chrono::steady_clock::time_point m_start;
};

/// "1:05", "12 s", "0.4 s": a duration as a person reads it.
std::string format_duration(double seconds);

/// The bar's text for @p done of @p total after @p elapsed_s seconds (no terminal codes).
std::string progress_line(const std::string& what, int done, int total, double elapsed_s,
                          int width_chars);

}  // namespace cm
