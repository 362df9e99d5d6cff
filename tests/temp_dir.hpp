#pragma once

// A scratch directory for one test: made fresh under the system's temporary directory and
// removed with all it holds (its permissions restored first) when the test ends.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace cm::test {

struct TempDir {
    std::filesystem::path path;

    explicit TempDir(const std::string& prefix = "cm-test") {
        std::string pattern =
            (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
        path = ::mkdtemp(pattern.data());
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::permissions(path, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ec);
        std::filesystem::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    /// The path of @p name inside the directory.
    std::string operator/(const std::string& name) const { return (path / name).string(); }
    /// Writes @p bytes to @p name inside the directory.
    void write(const std::string& name, const std::string& bytes) const {
        std::ofstream(path / name, std::ios::binary) << bytes;
    }
};

}  // namespace cm::test
