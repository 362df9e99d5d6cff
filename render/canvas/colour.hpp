#pragma once

namespace cm {

/// A colour with alpha, each channel 0..1 (sRGB, not premultiplied).
struct Colour {
    double r = 0.0, g = 0.0, b = 0.0, a = 1.0;
    friend bool operator==(const Colour&, const Colour&) = default;
};

}  // namespace cm
