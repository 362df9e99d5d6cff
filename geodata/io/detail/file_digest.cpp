#include "geodata/io/detail/file_digest.hpp"

#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

namespace cm::detail {
namespace {

/// Closes a file descriptor when it goes out of scope.
struct FileDescriptor {
    int fd = -1;
    ~FileDescriptor() {
        if (fd >= 0)
            ::close(fd);
    }
};

}  // namespace

std::optional<FileDigest> digest_of(const std::string& path, std::string& why) {
    // O_NONBLOCK: a FIFO put in the cache's place must not hang the run (refused below).
    const FileDescriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
    struct stat st {};
    if (file.fd < 0 || ::fstat(file.fd, &st) != 0) {
        why = std::string("cannot read it: ") + std::strerror(errno);
        return std::nullopt;
    }
    if (!S_ISREG(st.st_mode)) {
        why = "it is not a file";
        return std::nullopt;
    }
    FileDigest digest;
    uLong crc = ::crc32(0L, Z_NULL, 0);
    std::vector<Bytef> buffer(1 << 16);
    for (;;) {
        const ssize_t n = ::read(file.fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            why = std::string("cannot read it: ") + std::strerror(errno);
            return std::nullopt;
        }
        if (n == 0)
            break;
        crc = ::crc32(crc, buffer.data(), static_cast<uInt>(n));
        digest.size += static_cast<std::uint64_t>(n);
    }
    digest.crc32 = static_cast<std::uint32_t>(crc);
    return digest;
}

std::string to_text(const FileDigest& digest) {
    char text[64];
    std::snprintf(text, sizeof text, "size %" PRIu64 " crc32 %08" PRIx32 "\n", digest.size,
                  digest.crc32);
    return text;
}

std::optional<FileDigest> parse_digest(const std::string& text) {
    FileDigest digest;
    if (std::sscanf(text.c_str(), "size %" SCNu64 " crc32 %8" SCNx32, &digest.size,
                    &digest.crc32) != 2)
        return std::nullopt;
    if (to_text(digest) != text)  // anything else, before or after, is not ours
        return std::nullopt;
    return digest;
}

}  // namespace cm::detail
