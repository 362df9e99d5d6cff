// The PNG encoder: what it writes decodes (by Cairo's own reader, i.e. libpng) to the pixels
// it was given, in slices or not, opaque or not; its bytes do not depend on the thread count.

#include <cstring>
#include <memory>

#include <cairo.h>
#include <gtest/gtest.h>

#include "geodata/model/error.hpp"
#include "render/writers/png_encoder.hpp"

namespace cm {
namespace {

/// A pattern with edges, gradients and (when @p with_alpha) translucent pixels, premultiplied
/// as Cairo stores them.
RasterImage pattern_image(int width, int height, bool with_alpha) {
    RasterImage image;
    image.width = width;
    image.height = height;
    image.stride = width * 4 + 8;  // padding rows, as Cairo may
    image.pixels.assign(static_cast<std::size_t>(image.stride) * height, 0xEE);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const unsigned a = with_alpha ? (x * 7 + y) % 256 : 255;
            const unsigned r = (x * 255 / width) * a / 255, g = ((x ^ y) & 0xff) * a / 255,
                           b = (y % 2 ? 200 : 30) * a / 255;
            const std::uint32_t p = (a << 24) | (r << 16) | (g << 8) | b;
            std::memcpy(&image.pixels[static_cast<std::size_t>(y) * image.stride + x * 4], &p, 4);
        }
    return image;
}

struct Reading {
    const std::vector<std::uint8_t>* bytes;
    std::size_t at = 0;
};

cairo_status_t read_bytes(void* closure, unsigned char* data, unsigned int length) {
    auto* r = static_cast<Reading*>(closure);
    if (r->at + length > r->bytes->size())
        return CAIRO_STATUS_READ_ERROR;
    std::memcpy(data, r->bytes->data() + r->at, length);
    r->at += length;
    return CAIRO_STATUS_SUCCESS;
}

/// Decodes @p png with Cairo and compares every pixel with @p image (straight alpha is
/// premultiplied again by the reader, so a round trip may move a colour by one level).
void expect_decodes_to(const std::vector<std::uint8_t>& png, const RasterImage& image) {
    Reading reading{&png};
    std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> s(
        cairo_image_surface_create_from_png_stream(read_bytes, &reading), cairo_surface_destroy);
    ASSERT_EQ(cairo_surface_status(s.get()), CAIRO_STATUS_SUCCESS);
    ASSERT_EQ(cairo_image_surface_get_width(s.get()), image.width);
    ASSERT_EQ(cairo_image_surface_get_height(s.get()), image.height);
    const unsigned char* data = cairo_image_surface_get_data(s.get());
    const int stride = cairo_image_surface_get_stride(s.get());
    int worst = 0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width * 4; ++x) {
            const int want = image.pixels[static_cast<std::size_t>(y) * image.stride + x];
            const int got = data[static_cast<std::size_t>(y) * stride + x];
            worst = std::max(worst, std::abs(want - got));
        }
    EXPECT_LE(worst, 1);
}

TEST(PngEncoder, OpaqueImageDecodesToItsPixelsAcrossSlices) {
    for (int height : {1, 127, 128, 129, 300}) {
        const RasterImage image = pattern_image(97, height, false);
        expect_decodes_to(encode_png(image, true, 2), image);
    }
}

TEST(PngEncoder, TranslucentImageDecodesToItsPixels) {
    const RasterImage image = pattern_image(64, 260, true);
    expect_decodes_to(encode_png(image, false, 3), image);
}

TEST(PngEncoder, BytesDoNotDependOnTheThreadCount) {
    const RasterImage image = pattern_image(200, 700, false);
    const std::vector<std::uint8_t> one = encode_png(image, true, 1);
    for (int threads : {2, 3, 8})
        EXPECT_EQ(encode_png(image, true, threads), one) << threads << " threads";
}

TEST(PngEncoder, EmptyImageIsAnError) {
    EXPECT_THROW(encode_png(RasterImage{}, true, 1), RenderError);
}

}  // namespace
}  // namespace cm
