#include "render/writers/png_encoder.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <future>
#include <memory>

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include "geodata/model/error.hpp"

namespace cm {
namespace {

constexpr int kZlibLevel = 2;
constexpr int kSliceRows = 128;
constexpr std::uint8_t kFilterUp = 2;

int channels_of(bool opaque) {
    return opaque ? 3 : 4;
}

/// One row of Cairo's native-endian premultiplied ARGB to straight RGB(A) bytes in @p out
/// (width * channels_of(opaque) bytes).
void unpremultiply_row(const std::uint8_t* in, int width, bool opaque, std::uint8_t* out) {
    const int channels = channels_of(opaque);
    const auto* px = reinterpret_cast<const std::uint32_t*>(in);
    for (int x = 0; x < width; ++x) {
        const std::uint32_t p = px[x];
        const unsigned a = p >> 24, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
        std::uint8_t* o = out + static_cast<std::size_t>(x) * channels;
        if (opaque || a == 255) {
            o[0] = r, o[1] = g, o[2] = b;
        } else if (a == 0) {
            o[0] = o[1] = o[2] = 0;
        } else {
            o[0] = (r * 255 + a / 2) / a, o[1] = (g * 255 + a / 2) / a,
            o[2] = (b * 255 + a / 2) / a;
        }
        if (!opaque)
            o[3] = static_cast<std::uint8_t>(a);
    }
}

/// A slice of rows as raw deflate data, with what joining the slices needs.
struct Slice {
    std::vector<std::uint8_t> deflated;
    uLong adler = 1;        ///< Adler-32 of the slice's filtered bytes
    z_off_t raw_bytes = 0;  ///< how many filtered bytes it holds
};

struct DeflateEnd {
    void operator()(z_stream* z) const { deflateEnd(z); }
};

/// Raw deflate data as it is written: @p used bytes of @p bytes, grown ahead of them (a
/// row's output is appended in place, not through a zeroed buffer of its own).
struct DeflateOutput {
    std::vector<std::uint8_t> bytes;
    std::size_t used = 0;
};

/// Feeds @p in (or nothing) to @p z with @p flush, appending the output to @p out.
void deflate_into(z_stream& z, const std::uint8_t* in, std::size_t size, int flush,
                  DeflateOutput& out) {
    constexpr std::size_t kRoom = 65536;
    z.next_in = const_cast<Bytef*>(in);
    z.avail_in = static_cast<uInt>(size);
    do {
        if (out.bytes.size() - out.used < kRoom)
            out.bytes.resize(std::max(2 * out.bytes.size(), out.used + kRoom));
        z.next_out = out.bytes.data() + out.used;
        z.avail_out = static_cast<uInt>(out.bytes.size() - out.used);
        deflate(&z, flush);
        out.used = out.bytes.size() - z.avail_out;
    } while (z.avail_out == 0 || z.avail_in > 0);
}

/// Filters and deflates the rows [@p first, @p end) of @p image. The last slice of the image
/// ends the deflate stream; the others end on a byte boundary (sync flush), so the slices
/// join into one stream.
Slice deflate_slice(const RasterImage& image, bool opaque, int first, int end) {
    const std::size_t row_bytes = static_cast<std::size_t>(image.width) * channels_of(opaque);
    std::vector<std::uint8_t> above(row_bytes, 0), row(row_bytes), line(row_bytes + 1);
    const auto pixels_of = [&](int y) {
        return &image.pixels[static_cast<std::size_t>(y) * image.stride];
    };
    if (first > 0)
        unpremultiply_row(pixels_of(first - 1), image.width, opaque, above.data());
    z_stream z{};
    if (deflateInit2(&z, kZlibLevel, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw RenderError("cannot start PNG compression");
    const std::unique_ptr<z_stream, DeflateEnd> owner(&z);
    DeflateOutput out;
    out.bytes.resize(row_bytes * static_cast<std::size_t>(end - first) / 4);
    Slice slice;
    line[0] = kFilterUp;
    for (int y = first; y < end; ++y) {
        unpremultiply_row(pixels_of(y), image.width, opaque, row.data());
        for (std::size_t i = 0; i < row_bytes; ++i)
            line[i + 1] = static_cast<std::uint8_t>(row[i] - above[i]);
        slice.adler = adler32(slice.adler, line.data(), static_cast<uInt>(line.size()));
        deflate_into(z, line.data(), line.size(), Z_NO_FLUSH, out);
        std::swap(row, above);
    }
    deflate_into(z, nullptr, 0, end == image.height ? Z_FINISH : Z_SYNC_FLUSH, out);
    out.bytes.resize(out.used);
    slice.deflated = std::move(out.bytes);
    slice.raw_bytes = static_cast<z_off_t>((row_bytes + 1) * static_cast<std::size_t>(end - first));
    return slice;
}

/// Deflates every slice of @p image, @p threads at a time, in order.
std::vector<Slice> deflate_slices(const RasterImage& image, bool opaque, int threads) {
    const int count = (image.height + kSliceRows - 1) / kSliceRows;
    std::vector<Slice> slices(static_cast<std::size_t>(count));
    std::atomic<int> next{0};
    const auto work = [&] {
        for (int i = next++; i < count; i = next++)
            slices[static_cast<std::size_t>(i)] = deflate_slice(
                image, opaque, i * kSliceRows, std::min(image.height, (i + 1) * kSliceRows));
    };
    std::vector<std::future<void>> helpers;
    for (int t = 1; t < std::min(threads, count); ++t)
        helpers.push_back(std::async(std::launch::async, work));
    work();
    for (auto& h : helpers)
        h.get();
    return slices;
}

void put_u32(std::vector<std::uint8_t>& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<std::uint8_t>(v >> shift));
}

/// Appends a chunk: length, type, @p data (and @p tail, e.g. the stream's Adler-32), CRC.
void put_chunk(std::vector<std::uint8_t>& out, const char (&type)[5],
               const std::vector<std::uint8_t>& data, const std::vector<std::uint8_t>& tail = {}) {
    put_u32(out, static_cast<std::uint32_t>(data.size() + tail.size()));
    const std::size_t start = out.size();
    out.insert(out.end(), type, type + 4);
    out.insert(out.end(), data.begin(), data.end());
    out.insert(out.end(), tail.begin(), tail.end());
    put_u32(out, static_cast<std::uint32_t>(
                     crc32(0, out.data() + start, static_cast<uInt>(out.size() - start))));
}

std::vector<std::uint8_t> header_of(const RasterImage& image, bool opaque) {
    std::vector<std::uint8_t> ihdr;
    put_u32(ihdr, static_cast<std::uint32_t>(image.width));
    put_u32(ihdr, static_cast<std::uint32_t>(image.height));
    const std::uint8_t rgb = 2, rgba = 6;
    ihdr.insert(ihdr.end(), {8, opaque ? rgb : rgba, 0, 0, 0});  // 8 bits, deflate, no interlace
    return ihdr;
}

/// sRGB (perceptual intent) with the gAMA that PNG readers without colour management use,
/// and, for a density, pHYs in pixels per metre (300 dpi: 11811).
void put_colour_and_density(std::vector<std::uint8_t>& png, double pixels_per_inch) {
    put_chunk(png, "sRGB", {0});
    std::vector<std::uint8_t> gamma;
    put_u32(gamma, 45455);  // 1/2.2, as the PNG specification gives for sRGB
    put_chunk(png, "gAMA", gamma);
    if (!(pixels_per_inch > 0.0) || !std::isfinite(pixels_per_inch))
        return;
    std::vector<std::uint8_t> phys;
    const auto per_metre = static_cast<std::uint32_t>(std::lround(pixels_per_inch / 0.0254));
    put_u32(phys, per_metre);
    put_u32(phys, per_metre);
    phys.push_back(1);  // unit: the metre
    put_chunk(png, "pHYs", phys);
}

}  // namespace

std::vector<std::uint8_t> encode_png(const RasterImage& image, bool opaque, int threads,
                                     double pixels_per_inch) {
    if (image.width <= 0 || image.height <= 0)
        throw RenderError("cannot encode an empty image as PNG");
    std::vector<Slice> slices = deflate_slices(image, opaque, std::max(1, threads));
    std::vector<std::uint8_t> png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    put_chunk(png, "IHDR", header_of(image, opaque));
    put_colour_and_density(png, pixels_per_inch);
    // zlib header: deflate with a 32 KB window, no dictionary (0x7801 is a multiple of 31).
    slices.front().deflated.insert(slices.front().deflated.begin(), {0x78, 0x01});
    uLong adler = 1;
    for (const Slice& s : slices)
        adler = adler32_combine(adler, s.adler, s.raw_bytes);
    std::vector<std::uint8_t> adler_bytes;
    put_u32(adler_bytes, static_cast<std::uint32_t>(adler));
    for (std::size_t i = 0; i < slices.size(); ++i)
        put_chunk(png, "IDAT", slices[i].deflated,
                  i + 1 == slices.size() ? adler_bytes : std::vector<std::uint8_t>{});
    put_chunk(png, "IEND", {});
    return png;
}

}  // namespace cm
