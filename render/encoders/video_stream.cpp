#include "video_stream.hpp"

#include <cerrno>
#include <memory>

#include "geodata/files/output_target.hpp"
#include "geodata/model/error.hpp"

namespace cm {
namespace {

using Dictionary = std::unique_ptr<AVDictionary*, void (*)(AVDictionary**)>;

Dictionary make_dictionary(const AvOptions& options, AVDictionary*& storage) {
    for (const auto& [key, value] : options)
        av_dict_set(&storage, key.c_str(), value.c_str(), 0);
    return Dictionary(&storage, av_dict_free);
}

}  // namespace

EncodingStream::EncodingStream(const std::string& path, const std::string& shown_path,
                               const StreamSpec& spec)
    : m_shown(shown_path), m_packet(av_packet_alloc()) {
    AVFormatContext* raw = nullptr;
    if (const int rc =
            avformat_alloc_output_context2(&raw, nullptr, spec.container.c_str(), path.c_str());
        rc < 0 || !raw)
        fail("no '" + spec.container + "' muxer", rc);
    m_format.reset(raw);
    m_format->flags |= AVFMT_FLAG_BITEXACT;
    open_encoder(spec);
    if (const int rc = avio_open(&m_format->pb, path.c_str(), AVIO_FLAG_WRITE); rc < 0)
        fail("cannot open for writing", rc);
    AVDictionary* storage = nullptr;
    const Dictionary options = make_dictionary(spec.muxer_options, storage);
    if (const int rc = avformat_write_header(m_format.get(), &storage); rc < 0)
        fail("cannot write the " + spec.container + " header", rc);
}

void EncodingStream::open_encoder(const StreamSpec& spec) {
    const AVCodec* codec = avcodec_find_encoder_by_name(spec.encoder.c_str());
    if (!codec)
        fail("this FFmpeg has no '" + spec.encoder + "' encoder", 0);
    m_codec.reset(avcodec_alloc_context3(codec));
    if (!m_codec || !m_packet)
        fail("out of memory", AVERROR(ENOMEM));
    m_codec->width = spec.width;
    m_codec->height = spec.height;
    m_codec->pix_fmt = spec.pixel_format;
    m_codec->framerate = spec.frame_rate;
    m_codec->time_base = av_inv_q(spec.frame_rate);
    m_codec->flags |= AV_CODEC_FLAG_BITEXACT;
    if (m_format->oformat->flags & AVFMT_GLOBALHEADER)
        m_codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (spec.configure)
        spec.configure(*m_codec);
    AVDictionary* storage = nullptr;
    const Dictionary options = make_dictionary(spec.encoder_options, storage);
    if (const int rc = avcodec_open2(m_codec.get(), codec, &storage); rc < 0)
        fail("the '" + spec.encoder + "' encoder refused the settings", rc);
    m_stream = avformat_new_stream(m_format.get(), nullptr);
    if (!m_stream)
        fail("out of memory", AVERROR(ENOMEM));
    m_stream->time_base = m_codec->time_base;
    m_stream->avg_frame_rate = spec.frame_rate;
    if (const int rc = avcodec_parameters_from_context(m_stream->codecpar, m_codec.get()); rc < 0)
        fail("cannot describe the stream", rc);
}

void EncodingStream::write(AVFrame& frame) {
    frame.pts = m_next_pts++;
    if (const int rc = avcodec_send_frame(m_codec.get(), &frame); rc < 0)
        fail("cannot encode a frame", rc);
    drain(false);
}

void EncodingStream::finish() {
    if (const int rc = avcodec_send_frame(m_codec.get(), nullptr); rc < 0)
        fail("cannot flush the encoder", rc);
    drain(true);
    if (const int rc = av_write_trailer(m_format.get()); rc < 0)
        fail("cannot complete the file", rc);
    if (const int rc = avio_closep(&m_format->pb); rc < 0)
        fail("cannot close the file", rc);
}

void EncodingStream::drain(bool flushing) {
    for (;;) {
        const int rc = avcodec_receive_packet(m_codec.get(), m_packet.get());
        if (rc == AVERROR(EAGAIN) || (flushing && rc == AVERROR_EOF))
            return;
        if (rc < 0)
            fail("cannot encode a frame", rc);
        av_packet_rescale_ts(m_packet.get(), m_codec->time_base, m_stream->time_base);
        m_packet->stream_index = m_stream->index;
        if (const int w = av_interleaved_write_frame(m_format.get(), m_packet.get()); w < 0)
            fail("cannot write to the file", w);
    }
}

void EncodingStream::fail(const std::string& what, int code) const {
    for (const int full : {EFBIG, ENOSPC, EDQUOT})
        if (code == AVERROR(full))
            throw OutputError(m_shown, write_failure(full));
    throw OutputError(m_shown, code == 0 ? what : what + ": " + av::error_text(code));
}

}  // namespace cm
