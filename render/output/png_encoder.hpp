#pragma once

// PNG encoding with libpng at a deliberately fast setting: zlib level 2 with the "up" filter
// is about four times faster than Cairo's default (level 6, adaptive filters) for a map page
// and gives files some 15% larger. Output bytes depend only on the pixels.

#include <string>

#include "render/canvas/raster_image.hpp"

namespace cm {

/// Writes @p image (Cairo ARGB32, premultiplied) to @p path as 8-bit RGBA, or RGB when
/// @p opaque.
/// @throws OutputError naming @p shown_path (the file the user asked for, when @p path is
/// its temporary file) when it cannot be written.
void write_png(const RasterImage& image, const std::string& path, const std::string& shown_path,
               bool opaque);

}  // namespace cm
