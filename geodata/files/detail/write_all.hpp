#pragma once

// Writing a whole buffer to a file descriptor, retrying short writes and EINTR.

#include <cerrno>
#include <string>

#include <unistd.h>

namespace cm::detail {

/// Writes all of @p bytes to @p fd. @returns 0, or the errno of the write that failed.
inline int write_all(int fd, const std::string& bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : EIO;
        done += static_cast<std::size_t>(n);
    }
    return 0;
}

}  // namespace cm::detail
