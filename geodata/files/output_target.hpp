#pragma once

// What an output path may name, checked before anything is written: "-" is standard output;
// an existing file must be a regular file (a device, FIFO, socket or directory is refused,
// inspected with stat and never opened, so a FIFO cannot hang the run); and an output is
// never one of the run's own inputs.

#include <optional>
#include <string>
#include <vector>

#include "geodata/files/atomic_file.hpp"

namespace cm {

/// @returns true for "-", which names standard output (GNU convention).
bool is_standard_output(const std::string& path);

/// @returns the extension of @p path, lowercased (".PNG" -> ".png"), which picks a format.
std::string lower_extension(const std::string& path);

/// @returns the file @p path names: @p path itself, or where its symbolic links lead (the
/// link is kept, its target replaced).
/// @throws OutputError naming @p path when it exists and is not a regular file, or is a
/// symbolic link that leads nowhere.
std::string output_file_for(const std::string& path);

/// @throws OutputError naming @p output and the input when @p output exists and is the same
/// file (device and inode, links followed) as one of @p inputs or, for an input that is a
/// directory, as one of the files directly inside it.
void refuse_overwriting_inputs(const std::string& output, const std::vector<std::string>& inputs);

/// @throws UsageError when @p output is "-", standard output is a terminal and @p format is
/// binary (PNG, PDF, GeoPackage): such bytes would only garble the terminal.
void refuse_binary_on_terminal(const std::string& output, const std::string& format);

/// @returns the message for a failed write with errno @p error: "cannot write (disk full?)"
/// for a full disk, quota or file-size limit, else "cannot write: <reason>".
std::string write_failure(int error);

/// An output whose bytes come at the end: for a file, its AtomicFile is reserved at once (an
/// unwritable directory fails before any work, and the temporary file is there, registered,
/// while the work goes on); for "-", standard output.
class PendingOutput {
  public:
    /// @throws OutputError as AtomicFile does.
    explicit PendingOutput(const std::string& path);

    /// Writes @p bytes and completes the output (renames the file into place). Once.
    /// @throws OutputError on any failure; the target is then untouched.
    void write(const std::string& bytes);

  private:
    std::string m_path;
    std::optional<AtomicFile> m_file;
};

/// Writes @p bytes to @p path: to standard output for "-", else atomically.
/// @throws OutputError on any failure.
void write_output(const std::string& path, const std::string& bytes);

}  // namespace cm
