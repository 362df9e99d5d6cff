#pragma once

// Colour science for checking and matching colours: sRGB (IEC 61966-2-1) to linear RGB, CIE
// XYZ (D65) and CIELAB; the CIEDE2000 colour difference (Sharma, Wu & Dalal 2005); and the
// simulation of dichromacy of Machado, Oliveira & Fernandes (2009) at severity 1.0, applied
// in linear RGB. Plain functions of values; alpha is ignored everywhere.

#include "render/canvas/colour.hpp"

namespace cm::colour {

/// Linear-light RGB, each channel 0..1 for colours inside the sRGB gamut.
struct LinearRgb {
    double r = 0.0, g = 0.0, b = 0.0;
};

/// CIE 1931 XYZ, Y of the white point 1.
struct Xyz {
    double x = 0.0, y = 0.0, z = 0.0;
};

/// CIE 1976 L*a*b* relative to D65 (L* 0..100).
struct Lab {
    double l = 0.0, a = 0.0, b = 0.0;
};

/// The sRGB transfer function and its inverse, on one channel.
double srgb_to_linear(double encoded);
double linear_to_srgb(double linear);

LinearRgb to_linear(const Colour& srgb);
/// @returns the sRGB colour of @p linear, each channel clamped to 0..1, alpha 1.
Colour to_srgb(const LinearRgb& linear);

Xyz to_xyz(const LinearRgb& linear);
LinearRgb to_linear(const Xyz& xyz);
Lab to_lab(const Xyz& xyz);
Xyz to_xyz(const Lab& lab);

/// @returns the CIELAB coordinates of an sRGB colour.
Lab lab_of(const Colour& srgb);

/// @returns L*, the lightness of @p srgb in a greyscale rendering (0 black .. 100 white).
double lightness(const Colour& srgb);

/// @returns the CIEDE2000 difference of two colours (kL = kC = kH = 1).
double ciede2000(const Lab& first, const Lab& second);
double ciede2000(const Colour& first, const Colour& second);

enum class Dichromacy { protanopia, deuteranopia, tritanopia };

/// @returns @p srgb as a reader with @p kind sees it (Machado 2009, severity 1.0, in linear
/// RGB, clamped to the gamut).
Colour simulate(const Colour& srgb, Dichromacy kind);

/// @returns @p top laid at @p opacity over the opaque @p under, blended as Cairo blends:
/// on the sRGB-encoded channels.
Colour over(const Colour& top, double opacity, const Colour& under);

}  // namespace cm::colour
