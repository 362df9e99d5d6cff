#include "render/writers/detail/svg_relief.hpp"

#include <algorithm>
#include <cmath>

#include "render/writers/png_encoder.hpp"

namespace cm::detail {
namespace {

/// The average of the @p factor x @p factor block of @p image at block (@p bx, @p by), each
/// of the four bytes of a pixel on its own (premultiplied, so averaging is exact).
void average_block(const RasterImage& image, int factor, int bx, int by, std::uint8_t* out) {
    unsigned sum[4] = {0, 0, 0, 0};
    unsigned count = 0;
    for (int y = by * factor; y < std::min(image.height, (by + 1) * factor); ++y)
        for (int x = bx * factor; x < std::min(image.width, (bx + 1) * factor); ++x) {
            const std::uint8_t* p =
                &image.pixels[static_cast<std::size_t>(y) * image.stride + 4 * x];
            for (int c = 0; c < 4; ++c)
                sum[c] += p[c];
            ++count;
        }
    for (int c = 0; c < 4; ++c)
        out[c] = static_cast<std::uint8_t>((sum[c] + count / 2) / std::max(count, 1u));
}

}  // namespace

RasterImage relief_for_svg(const RasterImage& image, const PageBox& box) {
    const double dpi = box.width() > 0.0 ? image.width / box.width() * 72.0 : 0.0;
    const int factor = static_cast<int>(std::ceil(dpi / kSvgReliefDpi - 1e-9));
    if (factor <= 1)
        return image;
    RasterImage out;
    out.width = (image.width + factor - 1) / factor;
    out.height = (image.height + factor - 1) / factor;
    out.stride = out.width * 4;
    out.pixels.resize(static_cast<std::size_t>(out.stride) * out.height);
    for (int y = 0; y < out.height; ++y)
        for (int x = 0; x < out.width; ++x)
            average_block(image, factor, x, y,
                          &out.pixels[static_cast<std::size_t>(y) * out.stride + 4 * x]);
    return out;
}

std::vector<std::uint8_t> relief_png(const RasterImage& image) {
    bool opaque = true;
    for (int y = 0; y < image.height && opaque; ++y)
        for (int x = 0; x < image.width && opaque; ++x)
            opaque = image.pixels[static_cast<std::size_t>(y) * image.stride + 4 * x + 3] == 255;
    return encode_png(image, opaque, 1);
}

}  // namespace cm::detail
