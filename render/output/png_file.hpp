#pragma once

// A PNG written straight to a file (the tests' golden images and their diffs); maps go through
// write_map.hpp, atomically.

#include <string>

#include "render/canvas/raster_image.hpp"

namespace cm {

/// Writes encode_png(@p image, @p opaque, @p threads) to @p path.
/// @throws OutputError naming @p shown_path (the file the user asked for, when @p path is
/// its temporary file) when it cannot be written.
void write_png(const RasterImage& image, const std::string& path, const std::string& shown_path,
               bool opaque, int threads);

}  // namespace cm
