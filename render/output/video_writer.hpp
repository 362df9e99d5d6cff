#pragma once

// Writes an animation as a video file that plays everywhere: MP4 (H.264 via libx264,
// yuv420p, BT.709 limited range, +faststart, the combination PowerPoint, Keynote and
// browsers all accept) or WebM (VP9). Frames arrive as Cairo ARGB32 images; odd widths or
// heights lose their last column or row, since yuv420p needs even dimensions.

#include <memory>
#include <string>

#include "geodata/io/atomic_file.hpp"
#include "render/canvas/raster_image.hpp"
#include "render/output/video_libav.hpp"
#include "render/output/video_stream.hpp"

namespace cm {

enum class VideoCodec { h264, vp9 };

struct VideoSettings {
    int width = 0;  ///< of the frames given; the video's is rounded down to even
    int height = 0;
    double fps = 2.0;
    VideoCodec codec = VideoCodec::h264;
};

/// @returns the codec a video path asks for: .mp4/.m4v/.mov → H.264, .webm → VP9.
/// @throws UsageError for any other extension.
VideoCodec video_codec_for(const std::string& path);

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
