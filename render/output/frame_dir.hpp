#pragma once

// An animation as a directory of numbered PNG frames (frame_00001.png, ...) plus
// animation.toml saying how to play them (frame count, rate, size, years). Used for
// editing frames by hand, and by `--shard K/N`: every shard writes its frames into the
// same directory, and `animate --frames DIR` encodes the set like a single run would.

#include <optional>
#include <string>

#include "geodata/files/temp_files.hpp"
#include "geodata/model/years.hpp"
#include "render/canvas/raster_image.hpp"
#include "render/output/frame_manifest.hpp"

namespace cm {

/// "frame_00001.png" for index 0.
std::string frame_file_name(int index);

/// Reads frame @p index of @p dir as a Cairo ARGB32 image.
/// @throws DataError naming the file when it is missing, not a regular file, or not a PNG.
RasterImage read_frame(const std::string& dir, int index);

/// The same, for a frame that must be @p width x @p height pixels: its PNG header is
/// checked before the pixels are decoded (a small file cannot ask for gigabytes).
/// @throws DataError naming the file and both sizes when they differ.
RasterImage read_frame(const std::string& dir, int index, int width, int height);

/// Writes the frames of one run into a directory. A whole run builds a temporary directory
/// beside the target and renames it into place at the end (an existing frame directory is
/// replaced); a shard writes each frame atomically into the shared target directory.
class FrameDirWriter {
  public:
    enum class Mode { whole, shard };

    /// @throws OutputError when the parent directory is missing or unwritable, or the
    /// target exists and is not a frame directory (checked before any frame is drawn).
    FrameDirWriter(const std::string& target, const FrameDirManifest& manifest, Mode mode);
    ~FrameDirWriter();
    FrameDirWriter(const FrameDirWriter&) = delete;
    FrameDirWriter& operator=(const FrameDirWriter&) = delete;

    void add_frame(int index, const RasterImage& image);
    /// Writes the manifest and (whole runs) moves the directory into place.
    void finish();

  private:
    std::string m_target;
    std::string m_dir;  ///< where frames go now: the temporary directory or the target
    FrameDirManifest m_manifest;
    Mode m_mode;
    LiveTempPath m_live;  ///< the temporary directory, for the stop signals to remove
    bool m_finished = false;
};

}  // namespace cm
