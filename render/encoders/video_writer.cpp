#include "video_writer.hpp"

#include <algorithm>
#include <cmath>

#include "geodata/model/error.hpp"

namespace cm {
namespace {

int even(int n) {
    return n & ~1;
}

void tag_bt709(AVCodecContext& c) {
    c.color_range = AVCOL_RANGE_MPEG;
    c.colorspace = AVCOL_SPC_BT709;
    c.color_primaries = AVCOL_PRI_BT709;
    c.color_trc = AVCOL_TRC_BT709;
}

StreamSpec h264_spec() {
    StreamSpec spec;
    spec.container = "mp4";
    spec.encoder = "libx264";
    // Maps are flat colour and sharp type: 'animation' keeps edges; crf 20 is visually clean.
    spec.encoder_options = {
        {"preset", "faster"}, {"tune", "animation"}, {"crf", "20"}, {"profile", "high"}};
    spec.muxer_options = {{"movflags", "+faststart"}};
    return spec;
}

StreamSpec vp9_spec() {
    StreamSpec spec;
    spec.container = "webm";
    spec.encoder = "libvpx-vp9";
    spec.encoder_options = {
        {"deadline", "good"}, {"cpu-used", "5"}, {"row-mt", "1"}, {"crf", "32"}, {"b", "0"}};
    return spec;
}

StreamSpec spec_for(const VideoSettings& s) {
    StreamSpec spec = s.codec == VideoCodec::h264 ? h264_spec() : vp9_spec();
    spec.width = even(s.width);
    spec.height = even(s.height);
    spec.frame_rate = av_d2q(s.fps, 100000);
    const int keyframe_every = std::max(1, static_cast<int>(std::lround(s.fps * 4)));
    spec.configure = [keyframe_every](AVCodecContext& c) {
        tag_bt709(c);
        c.gop_size = keyframe_every;
    };
    return spec;
}

/// ARGB32 (native-endian, as Cairo stores it) to yuv420p with BT.709 limited-range matrices.
av::ScaleContext make_converter(int width, int height, const std::string& shown) {
    av::ScaleContext sws(sws_getContext(width, height, AV_PIX_FMT_RGB32, width, height,
                                        AV_PIX_FMT_YUV420P, SWS_BILINEAR | SWS_ACCURATE_RND,
                                        nullptr, nullptr, nullptr));
    if (!sws)
        throw OutputError(shown, "cannot set up the colour conversion");
    const int* bt709 = sws_getCoefficients(SWS_CS_ITU709);
    sws_setColorspaceDetails(sws.get(), bt709, 1, bt709, 0, 0, 1 << 16, 1 << 16);
    return sws;
}

}  // namespace

VideoWriter::VideoWriter(const std::string& target, const VideoSettings& settings)
    : m_settings(settings), m_file(target) {
    if (even(settings.width) < 2 || even(settings.height) < 2)
        throw OutputError(target, "frames too small for a video");
    const StreamSpec spec = spec_for(settings);
    m_stream = std::make_unique<EncodingStream>(m_file.temp_path(), target, spec);
    m_scale = make_converter(spec.width, spec.height, target);
    m_frame = av::make_frame(AV_PIX_FMT_YUV420P, spec.width, spec.height, target);
}

VideoWriter::~VideoWriter() = default;

void VideoWriter::add_frame(const RasterImage& image) {
    if (image.width != m_settings.width || image.height != m_settings.height)
        throw OutputError(m_file.target(), "frame size changed during the animation");
    if (const int rc = av_frame_make_writable(m_frame.get()); rc < 0)
        throw OutputError(m_file.target(), "cannot reuse a video frame: " + av::error_text(rc));
    const std::uint8_t* src[1] = {image.pixels.data()};
    const int src_stride[1] = {image.stride};
    sws_scale(m_scale.get(), src, src_stride, 0, m_frame->height, m_frame->data, m_frame->linesize);
    m_stream->write(*m_frame);
}

void VideoWriter::finish() {
    m_stream->finish();
    m_stream.reset();
    m_file.commit();
}

}  // namespace cm
