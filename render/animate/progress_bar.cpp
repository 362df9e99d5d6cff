#include "progress_bar.hpp"

#include <cmath>

#include <unistd.h>

namespace cm {
namespace {

constexpr int kBarChars = 30;

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

std::string format_duration(double seconds) {
    char buf[32];
    if (seconds < 10.0)
        std::snprintf(buf, sizeof buf, "%.1f s", seconds);
    else if (seconds < 60.0)
        std::snprintf(buf, sizeof buf, "%.0f s", seconds);
    else {
        const long whole = std::lround(seconds);
        std::snprintf(buf, sizeof buf, "%ld:%02ld", whole / 60, whole % 60);
    }
    return buf;
}

std::string progress_line(const std::string& what, int done, int total, double elapsed_s,
                          int width_chars) {
    const double share = total > 0 ? static_cast<double>(done) / total : 1.0;
    std::string line = what + " ";
    if (width_chars > 0) {
        const int filled = static_cast<int>(share * width_chars);
        line += "[" + std::string(filled, '#') + std::string(width_chars - filled, '.') + "] ";
    }
    line += std::to_string(done) + "/" + std::to_string(total) + ", " + format_duration(elapsed_s);
    if (done > 0 && done < total)
        line += ", about " + format_duration(elapsed_s / done * (total - done)) + " left";
    return line;
}

ProgressBar::ProgressBar(std::string what, int total, std::FILE* out)
    : m_what(std::move(what)),
      m_total(total),
      m_out(out),
      m_terminal(::isatty(::fileno(out)) == 1),
      m_start(std::chrono::steady_clock::now()) {}

void ProgressBar::update(int done) {
    const double elapsed = seconds_since(m_start);
    if (m_terminal) {
        std::fprintf(m_out, "\r%s\033[K",
                     progress_line(m_what, done, m_total, elapsed, kBarChars).c_str());
        std::fflush(m_out);
        return;
    }
    const int tenth = m_total > 0 ? done * 10 / m_total : 10;
    if (tenth == m_last_tenth)
        return;
    m_last_tenth = tenth;
    std::fprintf(m_out, "%s\n", progress_line(m_what, done, m_total, elapsed, 0).c_str());
}

void ProgressBar::finish() {
    if (m_finished)
        return;
    m_finished = true;
    if (m_terminal)
        std::fputc('\n', m_out);
}

}  // namespace cm
