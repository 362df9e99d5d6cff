#pragma once

// RAII for the FFmpeg (libavformat, libavcodec, libavutil, libswscale) handles the
// animation encoders use. Every handle is owned once, here; errors become OutputError.

#include <memory>
#include <string>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

namespace cm::av {

struct CodecContextDeleter {
    void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
struct FrameDeleter {
    void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct PacketDeleter {
    void operator()(AVPacket* p) const { av_packet_free(&p); }
};
struct ScaleDeleter {
    void operator()(SwsContext* s) const { sws_freeContext(s); }
};
/// An output container: closes its file (if opened) and frees the context.
struct OutputFormatDeleter {
    void operator()(AVFormatContext* f) const {
        if (f->pb && !(f->oformat->flags & AVFMT_NOFILE))
            avio_closep(&f->pb);
        avformat_free_context(f);
    }
};
/// An input container opened with avformat_open_input.
struct InputFormatDeleter {
    void operator()(AVFormatContext* f) const { avformat_close_input(&f); }
};
struct DictionaryDeleter {
    void operator()(AVDictionary* d) const { av_dict_free(&d); }
};

using CodecContext = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
using Frame = std::unique_ptr<AVFrame, FrameDeleter>;
using Packet = std::unique_ptr<AVPacket, PacketDeleter>;
using ScaleContext = std::unique_ptr<SwsContext, ScaleDeleter>;
using OutputFormat = std::unique_ptr<AVFormatContext, OutputFormatDeleter>;
using InputFormat = std::unique_ptr<AVFormatContext, InputFormatDeleter>;

/// FFmpeg's text for an AVERROR code.
std::string error_text(int code);

/// Allocates a frame of @p format and size with its buffers.
/// @throws OutputError naming @p what on failure.
Frame make_frame(AVPixelFormat format, int width, int height, const std::string& what);

}  // namespace cm::av
