#include "atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "geodata/model/error.hpp"

namespace cm {
namespace {

std::string errno_text() {
    return std::strerror(errno);
}

void fsync_path(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

AtomicFile::AtomicFile(std::string target) : m_target(std::move(target)) {
    namespace fs = std::filesystem;
    const fs::path path(m_target);
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw OutputError(m_target, "output directory '" + dir.string() + "' does not exist");
    if (fs::is_directory(path, ec))
        throw OutputError(m_target, "is a directory");

    const std::string ext = path.extension().string();
    std::string pattern = (dir / ("." + path.stem().string() + ".tmp-XXXXXX")).string() + ext;
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    const int fd = ::mkstemps(buf.data(), static_cast<int>(ext.size()));
    if (fd < 0)
        throw OutputError(m_target, "cannot write in '" + dir.string() + "': " + errno_text());
    // mkstemps creates 0600; outputs are ordinary files, readable like any other.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    ::close(fd);
    m_temp.assign(buf.data());
}

AtomicFile::~AtomicFile() {
    if (!m_committed)
        std::remove(m_temp.c_str());
}

void AtomicFile::commit() {
    struct stat st {};
    if (::stat(m_temp.c_str(), &st) != 0)
        throw OutputError(m_target, "output was not written: " + errno_text());
    if (st.st_size == 0)
        throw OutputError(m_target, "output is empty; nothing was written");
    fsync_path(m_temp);
    if (std::rename(m_temp.c_str(), m_target.c_str()) != 0)
        throw OutputError(m_target, "cannot replace: " + errno_text());
    m_committed = true;
}

void write_file_atomically(const std::string& target, const std::string& bytes) {
    AtomicFile file(target);
    std::FILE* f = std::fopen(file.temp_path().c_str(), "wb");
    if (!f)
        throw OutputError(target, "cannot open for writing: " + errno_text());
    const std::size_t written = std::fwrite(bytes.data(), 1, bytes.size(), f);
    const bool flushed = std::fflush(f) == 0;
    const int saved_errno = errno;
    const bool closed = std::fclose(f) == 0;
    if (written != bytes.size() || !flushed || !closed) {
        errno = saved_errno;
        throw OutputError(target, "write failed: " + errno_text());
    }
    file.commit();
}

}  // namespace cm
