#include "gif_writer.hpp"

#include <cstring>

#include "geodata/model/error.hpp"

namespace cm {

GifWriter::GifWriter(const std::string& target, int width, int height, double fps)
    : m_file(target), m_width(width), m_height(height) {
    StreamSpec spec;
    spec.container = "gif";
    spec.encoder = "gif";
    spec.pixel_format = AV_PIX_FMT_PAL8;
    spec.width = width;
    spec.height = height;
    // GIF delays are whole hundredths of a second.
    spec.frame_rate = av_d2q(fps, 100);
    m_stream = std::make_unique<EncodingStream>(m_file.temp_path(), target, spec);
    m_frame = av::make_frame(AV_PIX_FMT_PAL8, width, height, target);
}

GifWriter::~GifWriter() = default;

void GifWriter::add_frame(const IndexedImage& image) {
    if (image.width != m_width || image.height != m_height)
        throw OutputError(m_file.target(), "frame size changed during the animation");
    if (const int rc = av_frame_make_writable(m_frame.get()); rc < 0)
        throw OutputError(m_file.target(), "cannot reuse a frame: " + av::error_text(rc));
    for (int y = 0; y < m_height; ++y)
        std::memcpy(m_frame->data[0] + static_cast<std::ptrdiff_t>(y) * m_frame->linesize[0],
                    image.indices.data() + static_cast<std::size_t>(y) * m_width,
                    static_cast<std::size_t>(m_width));
    std::memcpy(m_frame->data[1], image.palette.data(), AVPALETTE_SIZE);
    m_stream->write(*m_frame);
}

void GifWriter::finish() {
    m_stream->finish();
    m_stream.reset();
    m_file.commit();
}

}  // namespace cm
