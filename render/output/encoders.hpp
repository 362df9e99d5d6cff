#pragma once

// The video and GIF encoders of `animate`. They need FFmpeg and libimagequant, which bring some
// ninety shared libraries: linked into campaignmap, loading them would cost every command
// (render, geocode, check) about 30 ms at start-up. So they live in a module of their own,
// libcm_encoders.so, loaded by encoders() on first use; only `animate` ever asks for it.

#include <memory>
#include <string>

#include "render/canvas/raster_image.hpp"

namespace cm {

enum class VideoCodec { h264, vp9 };

struct VideoSettings {
    int width = 0;  ///< of the frames given; the video's is rounded down to even
    int height = 0;
    double fps = 2.0;
    VideoCodec codec = VideoCodec::h264;
};

/// Encodes frames, in order, into one file written atomically: finish() completes it and
/// renames it over the target; an encoder destroyed before that leaves nothing behind.
class FrameEncoder {
  public:
    FrameEncoder() = default;
    FrameEncoder(const FrameEncoder&) = delete;
    FrameEncoder& operator=(const FrameEncoder&) = delete;
    virtual ~FrameEncoder() = default;

    /// Encodes the next frame. @pre the image has the size the encoder was opened with.
    virtual void add_frame(const RasterImage& image) = 0;
    virtual void finish() = 0;
};

/// A GIF encoder: one palette for the whole animation, chosen from the samples given before
/// the first frame (typically each year's full state), every frame dithered onto it.
class GifEncoder : public FrameEncoder {
  public:
    /// Adds @p sample to the colours the palette is chosen from. @pre no frame added yet.
    virtual void add_sample(const RasterImage& sample) = 0;
};

/// What the module offers. Each function throws OutputError when the directory is
/// unwritable or the encoder refuses the settings.
struct Encoders {
    std::unique_ptr<FrameEncoder> (*open_video)(const std::string& target,
                                                const VideoSettings& settings);
    std::unique_ptr<GifEncoder> (*open_gif)(const std::string& target, int width, int height,
                                            double fps);
};

/// The encoders, loaded on the first call (thread-safe).
/// @throws RenderError when the module cannot be loaded (naming it, with the loader's reason).
const Encoders& encoders();

}  // namespace cm

namespace cm {
struct TempRegistry;
}

/// The module's one exported symbol, looked up by encoders(). The module registers its
/// temporary files in @p host_registry, the host's (geodata/files/temp_files.hpp), so that the
/// host's stop handlers remove them too.
extern "C" const cm::Encoders* cm_encoders_entry(cm::TempRegistry* host_registry);
