#pragma once

// Every output campaignmap writes (maps, frames, videos, datasets) goes through an
// AtomicFile: written under a temporary name in the target's directory, renamed over
// the target only when complete. A crash or kill leaves the previous file or none; a stop
// signal removes the temporary file too (it is registered in temp_files.hpp while it lives).
// A target that exists must be a regular file (or a link to one, which is followed): devices,
// FIFOs and directories are refused (output_target.hpp).

#include <string>

#include "geodata/files/temp_files.hpp"

namespace cm {

class AtomicFile {
  public:
    /// Reserves a temporary file beside @p target (created empty, mode 0666 less umask).
    /// @throws OutputError when the directory is missing or not writable, or @p target
    /// exists and is not a regular file; UsageError for "-" (standard output). Errors name
    /// @p shown when given (e.g. the frame of a directory still being built), else @p target.
    explicit AtomicFile(std::string target, std::string shown = "");
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// The name to write to. It keeps the target's extension, so libraries that pick a
    /// format by extension choose the same one. Writers that must create the file
    /// themselves may remove it first.
    const std::string& temp_path() const { return m_temp; }
    const std::string& target() const { return m_target; }

    /// Writes @p bytes to the temporary file (every write and the close checked), then
    /// commits. @throws OutputError as commit(), or when a write fails.
    void commit_bytes(const std::string& bytes);

    /// Flushes the temporary file to disk and renames it over the target.
    /// @throws OutputError when the file is missing, empty, cannot be flushed (disk full)
    /// or the rename fails.
    void commit();

  private:
    std::string m_target;
    std::string m_shown;  ///< the name errors give
    std::string m_temp;
    std::string m_final;  ///< the file replaced: the target, its links followed
    LiveTempPath m_live;
    bool m_committed = false;
};

/// Writes @p bytes to @p target atomically, checking every write, the close and the flush.
/// @throws OutputError on any failure ("cannot write (disk full?)" for a full disk or the
/// file-size limit); the target is then untouched and no temporary file remains.
/// Errors name @p shown when given, else @p target.
void write_file_atomically(const std::string& target, const std::string& bytes,
                           const std::string& shown = "");

}  // namespace cm
