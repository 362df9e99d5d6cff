#include "render/output/png_encoder.hpp"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <vector>

#include <png.h>

#include "geodata/model/error.hpp"

namespace cm {
namespace {

constexpr int kZlibLevel = 2;

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

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

/// Encodes @p image row by row through @p row. Nothing here may own memory: a libpng error
/// longjmps out of this frame without running destructors.
void encode(png_structp png, png_infop info, const RasterImage& image, bool opaque,
            std::uint8_t* row) {
    png_set_IHDR(png, info, image.width, image.height, 8,
                 opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, kZlibLevel);
    png_set_filter(png, 0, PNG_FILTER_UP);
    png_write_info(png, info);
    for (int y = 0; y < image.height; ++y) {
        unpremultiply_row(&image.pixels[static_cast<std::size_t>(y) * image.stride], image.width,
                          opaque, row);
        png_write_row(png, row);
    }
    png_write_end(png, nullptr);
}

/// libpng's errors end the encoding through setjmp below; its messages are not printed
/// (the caller reports one line of its own), and its warnings are of no use to a user.
[[noreturn]] void on_png_error(png_structp png, png_const_charp) {
    png_longjmp(png, 1);
}
void on_png_warning(png_structp, png_const_charp) {}

}  // namespace

void write_png(const RasterImage& image, const std::string& path, const std::string& shown_path,
               bool opaque) {
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "wb"));
    if (!file)
        throw OutputError(shown_path, "cannot open for writing");
    // Sized before setjmp and never resized after it, so a longjmp leaves it intact.
    std::vector<std::uint8_t> row(static_cast<std::size_t>(image.width) * channels_of(opaque));
    png_structp png =
        png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, on_png_error, on_png_warning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!png || !info) {
        png_destroy_write_struct(&png, &info);
        throw OutputError(shown_path, "cannot start PNG encoding");
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        throw OutputError(shown_path, "cannot write the PNG (disk full?)");
    }
    png_init_io(png, file.get());
    encode(png, info, image, opaque, row.data());
    png_destroy_write_struct(&png, &info);
    if (std::fflush(file.get()) != 0)
        throw OutputError(shown_path, "cannot write (disk full?)");
}

}  // namespace cm
