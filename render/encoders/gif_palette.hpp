#pragma once

// One 256-colour palette for a whole GIF animation, chosen by libimagequant from sample
// frames, and the remapping of every frame onto it (with dithering, so relief shading and
// fades stay smooth). A shared palette keeps colours steady between frames and lets the GIF
// encoder store only the pixels that changed, which keeps the file small.

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "render/canvas/raster_image.hpp"

namespace cm {

/// A frame as palette indices, ready for a GIF encoder.
struct IndexedImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> indices;  ///< width * height, rows without padding
    /// 0xAARRGGBB per entry, as FFmpeg's PAL8 frames hold it (unused entries 0).
    std::array<std::uint32_t, 256> palette{};
};

class GifPalette {
  public:
    /// @throws RenderError when libimagequant cannot start.
    GifPalette();
    ~GifPalette();
    GifPalette(const GifPalette&) = delete;
    GifPalette& operator=(const GifPalette&) = delete;

    /// Counts the colours of @p sample (typically each year's full state). Before choose().
    void add_sample(const RasterImage& sample);
    /// Chooses the palette from the samples. @throws RenderError when libimagequant fails.
    void choose();

    /// Maps @p image onto the palette (dithered). After choose(); not thread-safe.
    IndexedImage remap(const RasterImage& image) const;

    /// The number of colours chosen (at most 256).
    int colour_count() const;

  private:
    struct Quantiser;
    std::unique_ptr<Quantiser> m_q;
};

/// @returns the straight (not premultiplied) RGBA bytes of a Cairo ARGB32 image.
std::vector<std::uint8_t> to_straight_rgba(const RasterImage& image);

}  // namespace cm
