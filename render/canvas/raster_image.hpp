#pragma once

#include <cstdint>
#include <vector>

namespace cm {

/// A rendered frame in memory: Cairo's ARGB32 layout (native-endian 32-bit pixels,
/// premultiplied alpha), rows of `stride` bytes. The hand-over type between the
/// renderer and the encoders (PNG, video, GIF).
struct RasterImage {
    int width = 0;
    int height = 0;
    int stride = 0;
    std::vector<std::uint8_t> pixels;
};

}  // namespace cm
