#include "gif_palette.hpp"

#include <libimagequant.h>

#include "geodata/model/error.hpp"

namespace cm {
namespace {

constexpr int kQuantiseSpeed = 5;  // libimagequant's default trade-off of quality and time
constexpr float kDithering = 0.75f;

struct AttrDeleter {
    void operator()(liq_attr* a) const { liq_attr_destroy(a); }
};
struct HistogramDeleter {
    void operator()(liq_histogram* h) const { liq_histogram_destroy(h); }
};
struct ImageDeleter {
    void operator()(liq_image* i) const { liq_image_destroy(i); }
};
struct ResultDeleter {
    void operator()(liq_result* r) const { liq_result_destroy(r); }
};
using LiqImage = std::unique_ptr<liq_image, ImageDeleter>;

/// A liq_image reads its pixels lazily: @p rgba must outlive it.
LiqImage make_liq_image(liq_attr* attr, const std::vector<std::uint8_t>& rgba, int w, int h) {
    LiqImage image(liq_image_create_rgba(attr, rgba.data(), w, h, 0.0));
    if (!image)
        throw RenderError("libimagequant: cannot read a frame");
    return image;
}

std::uint8_t unpremultiply(std::uint8_t c, std::uint8_t a) {
    return static_cast<std::uint8_t>(a == 0 ? 0 : (c * 255 + a / 2) / a);
}

}  // namespace

struct GifPalette::Quantiser {
    std::unique_ptr<liq_attr, AttrDeleter> attr{liq_attr_create()};
    std::unique_ptr<liq_histogram, HistogramDeleter> histogram;
    std::unique_ptr<liq_result, ResultDeleter> result;
};

std::vector<std::uint8_t> to_straight_rgba(const RasterImage& image) {
    std::vector<std::uint8_t> rgba(static_cast<std::size_t>(image.width) * image.height * 4);
    std::uint8_t* out = rgba.data();
    for (int y = 0; y < image.height; ++y) {
        const auto* row =
            reinterpret_cast<const std::uint32_t*>(image.pixels.data() + y * image.stride);
        for (int x = 0; x < image.width; ++x, out += 4) {
            const std::uint32_t p = row[x];
            const auto a = static_cast<std::uint8_t>(p >> 24);
            out[0] = unpremultiply(static_cast<std::uint8_t>(p >> 16), a);
            out[1] = unpremultiply(static_cast<std::uint8_t>(p >> 8), a);
            out[2] = unpremultiply(static_cast<std::uint8_t>(p), a);
            out[3] = a;
        }
    }
    return rgba;
}

GifPalette::GifPalette() : m_q(new Quantiser) {
    if (!m_q->attr)
        throw RenderError("libimagequant: cannot start");
    liq_set_max_colors(m_q->attr.get(), 256);
    liq_set_speed(m_q->attr.get(), kQuantiseSpeed);
    m_q->histogram.reset(liq_histogram_create(m_q->attr.get()));
    if (!m_q->histogram)
        throw RenderError("libimagequant: cannot start");
}

void GifPalette::add_sample(const RasterImage& sample) {
    const std::vector<std::uint8_t> rgba = to_straight_rgba(sample);
    const LiqImage image = make_liq_image(m_q->attr.get(), rgba, sample.width, sample.height);
    if (liq_histogram_add_image(m_q->histogram.get(), m_q->attr.get(), image.get()) != LIQ_OK)
        throw RenderError("libimagequant: cannot sample a frame");
}

void GifPalette::choose() {
    liq_result* result = nullptr;
    if (liq_histogram_quantize(m_q->histogram.get(), m_q->attr.get(), &result) != LIQ_OK || !result)
        throw RenderError("libimagequant: cannot choose a palette");
    m_q->result.reset(result);
    liq_set_dithering_level(result, kDithering);
}

GifPalette::~GifPalette() = default;

int GifPalette::colour_count() const {
    return static_cast<int>(liq_get_palette(m_q->result.get())->count);
}

IndexedImage GifPalette::remap(const RasterImage& image) const {
    const std::vector<std::uint8_t> rgba = to_straight_rgba(image);
    const LiqImage liq = make_liq_image(m_q->attr.get(), rgba, image.width, image.height);
    IndexedImage out;
    out.width = image.width;
    out.height = image.height;
    out.indices.resize(static_cast<std::size_t>(image.width) * image.height);
    if (liq_write_remapped_image(m_q->result.get(), liq.get(), out.indices.data(),
                                 out.indices.size()) != LIQ_OK)
        throw RenderError("libimagequant: cannot remap a frame");
    const liq_palette* palette = liq_get_palette(m_q->result.get());
    for (unsigned i = 0; i < palette->count; ++i) {
        const liq_color c = palette->entries[i];
        out.palette[i] =
            std::uint32_t{c.a} << 24 | std::uint32_t{c.r} << 16 | std::uint32_t{c.g} << 8 | c.b;
    }
    return out;
}

}  // namespace cm
