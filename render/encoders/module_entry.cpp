// The entry point of libcm_encoders.so: the FrameEncoder and GifEncoder of
// render/output/encoders.hpp over the FFmpeg video writer, the GIF palette and the GIF writer.

extern "C" {
#include <libavutil/log.h>
}

#include "geodata/files/temp_files.hpp"
#include "geodata/model/error.hpp"
#include "render/encoders/gif_palette.hpp"
#include "render/encoders/gif_writer.hpp"
#include "render/encoders/video_writer.hpp"
#include "render/output/encoders.hpp"

namespace cm {
namespace {

class VideoEncoder final : public FrameEncoder {
  public:
    VideoEncoder(const std::string& target, const VideoSettings& settings)
        : m_writer(target, settings) {}
    void add_frame(const RasterImage& image) override { m_writer.add_frame(image); }
    void finish() override { m_writer.finish(); }

  private:
    VideoWriter m_writer;
};

class PaletteGifEncoder final : public GifEncoder {
  public:
    PaletteGifEncoder(const std::string& target, int width, int height, double fps)
        : m_writer(target, width, height, fps) {}

    void add_sample(const RasterImage& sample) override {
        if (m_palette_chosen)
            throw RenderError("GIF palette sample given after the first frame");
        m_palette.add_sample(sample);
    }
    void add_frame(const RasterImage& image) override {
        if (!m_palette_chosen) {
            m_palette.choose();
            m_palette_chosen = true;
        }
        m_writer.add_frame(m_palette.remap(image));
    }
    void finish() override { m_writer.finish(); }

  private:
    GifPalette m_palette;
    bool m_palette_chosen = false;
    GifWriter m_writer;
};

std::unique_ptr<FrameEncoder> open_video(const std::string& target, const VideoSettings& settings) {
    return std::make_unique<VideoEncoder>(target, settings);
}

std::unique_ptr<GifEncoder> open_gif(const std::string& target, int width, int height, double fps) {
    return std::make_unique<PaletteGifEncoder>(target, width, height, fps);
}

}  // namespace
}  // namespace cm

extern "C" __attribute__((visibility("default"))) const cm::Encoders* cm_encoders_entry(
    cm::TempRegistry* host_registry) {
    cm::use_temp_registry(host_registry);
    // FFmpeg's own messages would break campaignmap's one-line errors.
    av_log_set_level(AV_LOG_ERROR);
    static const cm::Encoders encoders{cm::open_video, cm::open_gif};
    return &encoders;
}
