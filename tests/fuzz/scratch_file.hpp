#pragma once

// A scratch file for fuzz targets whose code under test reads a real file: one per process,
// rewritten for every input, removed at exit.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include <unistd.h>

namespace cm::fuzz {

class ScratchFile {
  public:
    /// @param stem the file's name before the random part, e.g. "cm-fuzz-history".
    /// @param suffix what the name ends with after it, e.g. ".geojson".
    explicit ScratchFile(const std::string& stem, const std::string& suffix = "") {
        std::string name = "/tmp/" + stem + "-XXXXXX" + suffix;
        const int fd = ::mkstemps(name.data(), static_cast<int>(suffix.size()));
        if (fd >= 0)
            ::close(fd);
        m_path = name;
    }
    ~ScratchFile() { std::remove(m_path.c_str()); }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;

    const std::string& path() const { return m_path; }

    /// Replaces the file's content with @p size bytes at @p data. @returns false on failure.
    bool write(const std::uint8_t* data, std::size_t size) const {
        std::FILE* f = std::fopen(m_path.c_str(), "wb");
        if (!f)
            return false;
        const bool ok = std::fwrite(data, 1, size, f) == size;
        return std::fclose(f) == 0 && ok;
    }

  private:
    std::string m_path;
};

}  // namespace cm::fuzz
