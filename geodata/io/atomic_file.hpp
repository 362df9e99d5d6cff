#pragma once

// Every output campaignmap writes (maps, frames, videos, datasets) goes through an
// AtomicFile: written under a temporary name in the target's directory, renamed over
// the target only when complete. A crash or kill leaves the previous file or none.

#include <string>

namespace cm {

class AtomicFile {
  public:
    /// Reserves a temporary file beside @p target (created empty, mode 0644 less umask).
    /// @throws OutputError when the directory is missing or not writable.
    explicit AtomicFile(std::string target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// The name to write to. It keeps the target's extension, so libraries that pick a
    /// format by extension choose the same one. Writers that must create the file
    /// themselves may remove it first.
    const std::string& temp_path() const { return m_temp; }
    const std::string& target() const { return m_target; }

    /// Flushes the temporary file to disk and renames it over the target.
    /// @throws OutputError when the file is missing, empty or the rename fails.
    void commit();

  private:
    std::string m_target;
    std::string m_temp;
    bool m_committed = false;
};

/// Writes @p bytes to @p target atomically.
/// @throws OutputError on any failure (disk full included); the target is then untouched.
void write_file_atomically(const std::string& target, const std::string& bytes);

}  // namespace cm
