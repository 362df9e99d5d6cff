#pragma once

// One encoded video stream in one container file: opens the muxer and the encoder, numbers
// the frames, drains packets into the file and writes the trailer. The MP4, WebM and GIF
// writers differ only in the StreamSpec they give it.

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "render/encoders/video_libav.hpp"

namespace cm {

using AvOptions = std::vector<std::pair<std::string, std::string>>;

struct StreamSpec {
    std::string container;  ///< libavformat muxer name: "mp4", "webm", "gif"
    std::string encoder;    ///< libavcodec encoder name: "libx264", "libvpx-vp9", "gif"
    AVPixelFormat pixel_format = AV_PIX_FMT_YUV420P;
    int width = 0;
    int height = 0;
    AVRational frame_rate{2, 1};
    AvOptions encoder_options;  ///< the encoder's private options (preset, crf...)
    AvOptions muxer_options;    ///< e.g. movflags=+faststart
    std::function<void(AVCodecContext&)> configure;  ///< colour tags, GOP, ...
};

class EncodingStream {
  public:
    /// Opens @p path for writing; errors name @p shown_path (the user's target).
    /// @throws OutputError when the muxer or encoder is missing or refuses the settings.
    EncodingStream(const std::string& path, const std::string& shown_path, const StreamSpec& spec);
    EncodingStream(const EncodingStream&) = delete;
    EncodingStream& operator=(const EncodingStream&) = delete;

    /// Encodes @p frame (of the spec's format and size) as the next frame.
    void write(AVFrame& frame);
    /// Flushes the encoder and completes the file. No more writes after this.
    void finish();

  private:
    void open_encoder(const StreamSpec& spec);
    void drain(bool flushing);
    [[noreturn]] void fail(const std::string& what, int code) const;

    std::string m_shown;
    av::OutputFormat m_format;
    av::CodecContext m_codec;
    av::Packet m_packet;
    AVStream* m_stream = nullptr;
    std::int64_t m_next_pts = 0;
};

}  // namespace cm
