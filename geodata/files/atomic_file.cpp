#include "atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "geodata/files/detail/write_all.hpp"
#include "geodata/files/output_target.hpp"
#include "geodata/model/error.hpp"

namespace cm {
namespace {

std::string errno_text() {
    return std::strerror(errno);
}

/// Flushes @p path to disk. @returns 0 or the errno of the failure (a full disk may only
/// show here, when the file system allocates late).
int fsync_path(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int error = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return error == EINVAL ? 0 : error;  // some file systems cannot sync; nothing was lost
}

}  // namespace

AtomicFile::AtomicFile(std::string target, std::string shown)
    : m_target(std::move(target)), m_shown(shown.empty() ? m_target : std::move(shown)) {
    namespace fs = std::filesystem;
    if (is_standard_output(m_target))
        throw UsageError("this output cannot go to standard output ('-'); give a file");
    const fs::path path(output_file_for(m_target));
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw OutputError(m_shown, "output directory '" + dir.string() + "' does not exist");

    const std::string ext = path.extension().string();
    std::string pattern = (dir / ("." + path.stem().string() + ".tmp-XXXXXX")).string() + ext;
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    const StopSignalsBlocked blocked;  // created and registered as one step
    const int fd = ::mkstemps(buf.data(), static_cast<int>(ext.size()));
    if (fd < 0)
        throw OutputError(m_shown, "cannot write in '" + dir.string() + "': " + errno_text());
    m_live.hold(buf.data(), LiveTempPath::Kind::file);
    // mkstemps creates 0600; outputs are ordinary files, readable like any other.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    ::close(fd);
    m_temp.assign(buf.data());
    m_final = path.string();
}

AtomicFile::~AtomicFile() {
    if (!m_committed)
        std::remove(m_temp.c_str());
}

void AtomicFile::commit() {
    struct stat st {};
    if (::stat(m_temp.c_str(), &st) != 0)
        throw OutputError(m_shown, "output was not written: " + errno_text());
    if (st.st_size == 0)
        throw OutputError(m_shown, "output is empty; nothing was written");
    if (const int error = fsync_path(m_temp))
        throw OutputError(m_shown, write_failure(error));
    output_file_for(m_target);  // still a file we may replace (not made a FIFO meanwhile)
    if (std::rename(m_temp.c_str(), m_final.c_str()) != 0)
        throw OutputError(m_shown, "cannot replace: " + errno_text());
    m_live.release();
    m_committed = true;
}

void AtomicFile::commit_bytes(const std::string& bytes) {
    const int fd = ::open(m_temp.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0)
        throw OutputError(m_shown, "cannot open for writing: " + errno_text());
    int error = detail::write_all(fd, bytes);
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error != 0)
        throw OutputError(m_shown, write_failure(error));
    commit();
}

void write_file_atomically(const std::string& target, const std::string& bytes,
                           const std::string& shown) {
    AtomicFile(target, shown).commit_bytes(bytes);
}

}  // namespace cm
