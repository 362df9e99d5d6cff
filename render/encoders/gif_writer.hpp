#pragma once

// Writes an animated GIF (looping forever) through libavcodec's GIF encoder and
// libavformat's GIF muxer, from frames already mapped onto one shared palette
// (gif_palette.hpp). Unchanged areas between frames are stored once by the encoder.

#include <memory>
#include <string>

#include "geodata/files/atomic_file.hpp"
#include "render/encoders/gif_palette.hpp"
#include "render/encoders/video_libav.hpp"
#include "render/encoders/video_stream.hpp"

namespace cm {

class GifWriter {
  public:
    /// Starts writing @p target (through a temporary file beside it) at @p fps.
    /// @throws OutputError when the directory is unwritable.
    GifWriter(const std::string& target, int width, int height, double fps);
    GifWriter(const GifWriter&) = delete;
    GifWriter& operator=(const GifWriter&) = delete;
    ~GifWriter();

    /// Adds the next frame. @pre it has the writer's size.
    void add_frame(const IndexedImage& image);
    /// Completes the file and renames it over the target.
    void finish();

  private:
    AtomicFile m_file;
    int m_width;
    int m_height;
    std::unique_ptr<EncodingStream> m_stream;
    av::Frame m_frame;
};

}  // namespace cm
