#include "input_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "geodata/model/error.hpp"

namespace cm {
namespace {

/// What a file that is not regular is, in words.
std::string kind_of(mode_t mode) {
    if (S_ISDIR(mode))
        return "a directory";
    if (S_ISFIFO(mode))
        return "a named pipe (FIFO)";
    if (S_ISSOCK(mode))
        return "a socket";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    return "not a regular file";
}

std::string stat_problem(int error) {
    if (error == ELOOP)
        return "a symbolic link loop (or too many links)";
    if (error == ENOENT || error == ENOTDIR)
        return "no such file";
    return std::strerror(error);
}

std::string mib(std::uintmax_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / kMiB);
    return text;
}

std::string size_problem(std::uintmax_t size, std::uintmax_t max_bytes) {
    const std::string limit = max_bytes >= kMiB ? std::to_string(max_bytes / kMiB) + " MiB"
                                                : std::to_string(max_bytes / 1024) + " KiB";
    return "is " + mib(size) + ", more than the " + limit + " limit for such a file";
}

/// Reads all of @p fd, at most @p max_bytes (more is a problem: the file grew).
std::string read_all(int fd, std::uintmax_t max_bytes, std::string& problem) {
    std::string bytes;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            problem = std::string("cannot read: ") + std::strerror(errno);
            return {};
        }
        if (n == 0)
            return bytes;
        bytes.append(buffer, static_cast<std::size_t>(n));
        if (bytes.size() > max_bytes) {
            problem = size_problem(bytes.size(), max_bytes);
            return {};
        }
    }
}

}  // namespace

std::string input_file_problem(const std::string& path, std::uintmax_t max_bytes) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return stat_problem(errno);
    if (!S_ISREG(st.st_mode))
        return "is " + kind_of(st.st_mode) + ", not a regular file";
    if (static_cast<std::uintmax_t>(st.st_size) > max_bytes)
        return size_problem(static_cast<std::uintmax_t>(st.st_size), max_bytes);
    return {};
}

void check_input_file(const std::string& path, std::uintmax_t max_bytes) {
    const std::string problem = input_file_problem(path, max_bytes);
    if (!problem.empty())
        throw DataError(path, "", problem);
}

std::string try_read_input_file(const std::string& path, std::uintmax_t max_bytes,
                                std::string& problem) {
    problem = input_file_problem(path, max_bytes);
    if (!problem.empty())
        return {};
    // O_NONBLOCK: should the file have become a pipe since it was looked at, opening it
    // does not wait for a writer; fstat() then refuses it.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        problem = std::string("cannot open: ") + std::strerror(errno);
        return {};
    }
    struct stat st {};
    std::string bytes;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        problem = "is " + kind_of(st.st_mode) + ", not a regular file";
    else
        bytes = read_all(fd, max_bytes, problem);
    ::close(fd);
    return bytes;
}

std::string read_input_file(const std::string& path, std::uintmax_t max_bytes) {
    std::string problem;
    std::string bytes = try_read_input_file(path, max_bytes, problem);
    if (!problem.empty())
        throw DataError(path, "", problem);
    return bytes;
}

std::string input_dir_problem(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return errno == ENOENT || errno == ENOTDIR ? "no such directory" : stat_problem(errno);
    if (!S_ISDIR(st.st_mode))
        return "is " + (S_ISREG(st.st_mode) ? std::string("a file") : kind_of(st.st_mode)) +
               ", not a directory";
    return {};
}

void check_input_dir(const std::string& path) {
    const std::string problem = input_dir_problem(path);
    if (!problem.empty())
        throw DataError(path, "", problem);
}

}  // namespace cm
