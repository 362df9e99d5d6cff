#include "output_target.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <sys/stat.h>
#include <unistd.h>

#include "geodata/files/atomic_file.hpp"
#include "geodata/files/detail/write_all.hpp"
#include "geodata/model/error.hpp"

namespace cm {
namespace {

namespace fs = std::filesystem;

const char* kind_of(mode_t mode) {
    if (S_ISDIR(mode))
        return "a directory";
    if (S_ISCHR(mode))
        return "a character device";
    if (S_ISBLK(mode))
        return "a block device";
    if (S_ISFIFO(mode))
        return "a FIFO (named pipe)";
    if (S_ISSOCK(mode))
        return "a socket";
    return "a special file";
}

bool same_file(const struct stat& a, const struct stat& b) {
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/// @returns the file directly inside directory @p dir that is @p out, or "".
std::string same_file_in(const std::string& dir, const struct stat& out) {
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        struct stat st {};
        if (::stat(it->path().c_str(), &st) == 0 && same_file(st, out))
            return it->path().string();
    }
    return "";
}

}  // namespace

bool is_standard_output(const std::string& path) {
    return path == "-";
}

std::string lower_extension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

std::string output_file_for(const std::string& path) {
    struct stat link {};
    if (::lstat(path.c_str(), &link) != 0)
        return path;  // nothing there yet (a missing directory is the writer's to report)
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        throw OutputError(path, errno == ENOENT
                                    ? "is a symbolic link that leads nowhere; not following it"
                                    : "is a symbolic link that cannot be followed: " +
                                          std::string(std::strerror(errno)));
    if (!S_ISREG(st.st_mode))
        throw OutputError(path,
                          std::string("exists and is ") + kind_of(st.st_mode) +
                              ", not a regular file; not replacing it" +
                              (S_ISDIR(st.st_mode) ? "" : " (use '-o -' for standard output)"));
    if (!S_ISLNK(link.st_mode))
        return path;
    std::error_code ec;
    const fs::path resolved = fs::canonical(path, ec);
    if (ec)
        throw OutputError(path, "cannot resolve the symbolic link: " + ec.message());
    return resolved.string();
}

void refuse_overwriting_inputs(const std::string& output, const std::vector<std::string>& inputs) {
    struct stat out {};
    if (is_standard_output(output) || ::stat(output.c_str(), &out) != 0)
        return;  // a file that does not exist yet is no input
    for (const std::string& input : inputs) {
        struct stat in {};
        if (::stat(input.c_str(), &in) != 0)
            continue;
        const std::string same =
            S_ISDIR(in.st_mode) ? same_file_in(input, out) : (same_file(in, out) ? input : "");
        if (!same.empty())
            throw OutputError(output,
                              "is the input '" + same + "' of this run; not writing over it");
    }
}

void refuse_binary_on_terminal(const std::string& output, const std::string& format) {
    if (is_standard_output(output) && ::isatty(STDOUT_FILENO))
        throw UsageError("standard output is a terminal; not writing " + format +
                         " to it (redirect it, or give a file with -o)");
}

std::string write_failure(int error) {
    if (error == ENOSPC || error == EFBIG || error == EDQUOT)
        return "cannot write (disk full?)";
    return std::string("cannot write: ") + std::strerror(error);
}

PendingOutput::PendingOutput(const std::string& path) : m_path(path) {
    if (!is_standard_output(path))
        m_file.emplace(path);
}

void PendingOutput::write(const std::string& bytes) {
    if (m_file) {
        m_file->commit_bytes(bytes);
        return;
    }
    std::fflush(stdout);  // what was printed before comes first
    if (const int error = detail::write_all(STDOUT_FILENO, bytes))
        throw OutputError("standard output", write_failure(error));
}

void write_output(const std::string& path, const std::string& bytes) {
    PendingOutput(path).write(bytes);
}

}  // namespace cm
