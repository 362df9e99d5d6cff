#pragma once

// Test helpers for the animation tests: decode a video or GIF with libavformat/libavcodec
// into RGB frames, and draw synthetic frames whose colours say which year they show.

#include <cstdint>
#include <string>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

#include "render/animate/frame_plan.hpp"
#include "render/canvas/raster_image.hpp"

namespace cm::test {

struct DecodedVideo {
    std::string codec;
    AVPixelFormat pixel_format = AV_PIX_FMT_NONE;
    int width = 0;
    int height = 0;
    std::vector<std::vector<std::uint8_t>> frames_rgb;  ///< width*height*3 each
};

inline DecodedVideo decode_video(const std::string& path) {
    DecodedVideo out;
    AVFormatContext* fmt = nullptr;
    if (avformat_open_input(&fmt, path.c_str(), nullptr, nullptr) < 0)
        return out;
    avformat_find_stream_info(fmt, nullptr);
    const int si = av_find_best_stream(fmt, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    const AVCodec* codec = avcodec_find_decoder(fmt->streams[si]->codecpar->codec_id);
    AVCodecContext* dec = avcodec_alloc_context3(codec);
    avcodec_parameters_to_context(dec, fmt->streams[si]->codecpar);
    avcodec_open2(dec, codec, nullptr);
    out.codec = codec->name;
    out.pixel_format = static_cast<AVPixelFormat>(fmt->streams[si]->codecpar->format);
    out.width = dec->width;
    out.height = dec->height;
    AVPacket* pkt = av_packet_alloc();
    AVFrame* frame = av_frame_alloc();
    SwsContext* sws = nullptr;
    auto receive = [&] {
        while (avcodec_receive_frame(dec, frame) == 0) {
            sws = sws_getCachedContext(sws, frame->width, frame->height,
                                       static_cast<AVPixelFormat>(frame->format), frame->width,
                                       frame->height, AV_PIX_FMT_RGB24, SWS_BILINEAR, nullptr,
                                       nullptr, nullptr);
            const int space = frame->colorspace == AVCOL_SPC_BT709 ? SWS_CS_ITU709 : SWS_CS_DEFAULT;
            const int* table = sws_getCoefficients(space);
            sws_setColorspaceDetails(sws, table, frame->color_range == AVCOL_RANGE_JPEG, table, 1,
                                     0, 1 << 16, 1 << 16);
            std::vector<std::uint8_t> rgb(static_cast<std::size_t>(frame->width) * frame->height *
                                          3);
            std::uint8_t* dst[1] = {rgb.data()};
            const int dst_stride[1] = {frame->width * 3};
            sws_scale(sws, frame->data, frame->linesize, 0, frame->height, dst, dst_stride);
            out.frames_rgb.push_back(std::move(rgb));
        }
    };
    while (av_read_frame(fmt, pkt) >= 0) {
        if (pkt->stream_index == si) {
            avcodec_send_packet(dec, pkt);
            receive();
        }
        av_packet_unref(pkt);
    }
    avcodec_send_packet(dec, nullptr);
    receive();
    sws_freeContext(sws);
    av_frame_free(&frame);
    av_packet_free(&pkt);
    avcodec_free_context(&dec);
    avformat_close_input(&fmt);
    return out;
}

/// The colour a synthetic frame of @p year is filled with (opaque, 0xAARRGGBB).
inline std::uint32_t year_colour(int year) {
    const std::uint32_t k = static_cast<std::uint32_t>(year % 8);
    return 0xff000000u | ((k & 1) ? 0xe0u << 16 : 0x20u << 16) |
           ((k & 2) ? 0xe0u << 8 : 0x20u << 8) | ((k & 4) ? 0xe0u : 0x20u);
}

/// A frame filled with the year's colour and a grey bar whose length is the progress.
inline RasterImage synthetic_frame(const PlannedFrame& f, int width, int height) {
    RasterImage image{width, height, width * 4, {}};
    image.pixels.resize(static_cast<std::size_t>(image.stride) * height);
    auto* px = reinterpret_cast<std::uint32_t*>(image.pixels.data());
    const int bar = static_cast<int>(f.progress * width);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            px[y * width + x] = (y < height / 8 && x < bar) ? 0xff808080u : year_colour(f.year);
    return image;
}

/// The decoded pixel at (x, y) as 0xRRGGBB.
inline std::uint32_t rgb_at(const DecodedVideo& v, std::size_t frame, int x, int y) {
    const std::uint8_t* p = v.frames_rgb.at(frame).data() + (y * v.width + x) * 3;
    return std::uint32_t{p[0]} << 16 | std::uint32_t{p[1]} << 8 | p[2];
}

/// True when each channel of two 0xRRGGBB colours differs by at most @p tolerance.
inline bool near_colour(std::uint32_t a, std::uint32_t b, int tolerance) {
    for (int shift : {0, 8, 16}) {
        const int d = static_cast<int>((a >> shift) & 0xff) - static_cast<int>((b >> shift) & 0xff);
        if (d > tolerance || d < -tolerance)
            return false;
    }
    return true;
}

}  // namespace cm::test
