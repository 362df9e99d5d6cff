#pragma once

// Writes an animation as a video file that plays everywhere: MP4 (H.264 via libx264,
// yuv420p, BT.709 limited range, +faststart, the combination PowerPoint, Keynote and
// browsers all accept) or WebM (VP9). Frames arrive as Cairo ARGB32 images; odd widths or
// heights lose their last column or row, since yuv420p needs even dimensions.

#include <memory>
#include <string>

#include "geodata/files/atomic_file.hpp"
#include "render/canvas/raster_image.hpp"
#include "render/encoders/video_libav.hpp"
#include "render/encoders/video_stream.hpp"
#include "render/output/encoders.hpp"

namespace cm {

class VideoWriter {
  public:
    /// Starts writing @p target (through a temporary file beside it).
    /// @throws OutputError when the directory is unwritable or the encoder is missing.
    VideoWriter(const std::string& target, const VideoSettings& settings);
    VideoWriter(const VideoWriter&) = delete;
    VideoWriter& operator=(const VideoWriter&) = delete;
    ~VideoWriter();

    /// Encodes the next frame. @pre the image has the settings' size.
    void add_frame(const RasterImage& image);
    /// Completes the file and renames it over the target. Without it nothing is left.
    void finish();

  private:
    VideoSettings m_settings;
    AtomicFile m_file;
    std::unique_ptr<EncodingStream> m_stream;
    av::ScaleContext m_scale;
    av::Frame m_frame;
};

}  // namespace cm
