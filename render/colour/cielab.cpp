#include <algorithm>
#include <cmath>

#include "render/colour/colour_science.hpp"

namespace cm::colour {
namespace {

// D65 white point of sRGB (IEC 61966-2-1), Y = 1.
constexpr double kWhiteX = 0.95047;
constexpr double kWhiteY = 1.0;
constexpr double kWhiteZ = 1.08883;
constexpr double kEpsilon = 216.0 / 24389.0;  // (6/29)^3
constexpr double kKappa = 24389.0 / 27.0;     // (29/3)^3

double lab_f(double t) {
    return t > kEpsilon ? std::cbrt(t) : (kKappa * t + 16.0) / 116.0;
}

double lab_f_inverse(double f) {
    const double cube = f * f * f;
    return cube > kEpsilon ? cube : (116.0 * f - 16.0) / kKappa;
}

}  // namespace

double srgb_to_linear(double encoded) {
    return encoded <= 0.04045 ? encoded / 12.92 : std::pow((encoded + 0.055) / 1.055, 2.4);
}

double linear_to_srgb(double linear) {
    return linear <= 0.0031308 ? linear * 12.92 : 1.055 * std::pow(linear, 1.0 / 2.4) - 0.055;
}

LinearRgb to_linear(const Colour& srgb) {
    return {srgb_to_linear(srgb.r), srgb_to_linear(srgb.g), srgb_to_linear(srgb.b)};
}

Colour to_srgb(const LinearRgb& linear) {
    const auto channel = [](double v) { return std::clamp(linear_to_srgb(v), 0.0, 1.0); };
    return {channel(linear.r), channel(linear.g), channel(linear.b), 1.0};
}

Xyz to_xyz(const LinearRgb& c) {
    return {0.4124564 * c.r + 0.3575761 * c.g + 0.1804375 * c.b,
            0.2126729 * c.r + 0.7151522 * c.g + 0.0721750 * c.b,
            0.0193339 * c.r + 0.1191920 * c.g + 0.9503041 * c.b};
}

LinearRgb to_linear(const Xyz& c) {
    return {3.2404542 * c.x - 1.5371385 * c.y - 0.4985314 * c.z,
            -0.9692660 * c.x + 1.8760108 * c.y + 0.0415560 * c.z,
            0.0556434 * c.x - 0.2040259 * c.y + 1.0572252 * c.z};
}

Lab to_lab(const Xyz& c) {
    const double fx = lab_f(c.x / kWhiteX), fy = lab_f(c.y / kWhiteY), fz = lab_f(c.z / kWhiteZ);
    return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

Xyz to_xyz(const Lab& c) {
    const double fy = (c.l + 16.0) / 116.0;
    const double fx = fy + c.a / 500.0, fz = fy - c.b / 200.0;
    return {kWhiteX * lab_f_inverse(fx), kWhiteY * lab_f_inverse(fy), kWhiteZ * lab_f_inverse(fz)};
}

Lab lab_of(const Colour& srgb) {
    return to_lab(to_xyz(to_linear(srgb)));
}

double lightness(const Colour& srgb) {
    return lab_of(srgb).l;
}

Colour over(const Colour& top, double opacity, const Colour& under) {
    const double k = std::clamp(opacity * top.a, 0.0, 1.0);
    const auto mix = [k](double t, double u) { return t * k + u * (1.0 - k); };
    return {mix(top.r, under.r), mix(top.g, under.g), mix(top.b, under.b), 1.0};
}

}  // namespace cm::colour
