// CIEDE2000 as Sharma, Wu & Dalal (2005) give it, equations (1) to (22), with their notes on
// the mean hue and the hue difference where one colour has no chroma.

#include <cmath>
#include <numbers>

#include "render/colour/colour_science.hpp"

namespace cm::colour {
namespace {

constexpr double kPi = std::numbers::pi;

double degrees(double radians) {
    return radians * 180.0 / kPi;
}

double radians(double degrees) {
    return degrees * kPi / 180.0;
}

/// The hue angle h' in degrees, 0..360 (0 for a colour without chroma).
double hue(double b, double a_prime) {
    if (b == 0.0 && a_prime == 0.0)
        return 0.0;
    const double h = degrees(std::atan2(b, a_prime));
    return h < 0.0 ? h + 360.0 : h;
}

/// Δh' of equation (10).
double hue_difference(double c1, double c2, double h1, double h2) {
    if (c1 * c2 == 0.0)
        return 0.0;
    const double d = h2 - h1;
    if (std::abs(d) <= 180.0)
        return d;
    return d > 180.0 ? d - 360.0 : d + 360.0;
}

/// The mean hue h̄' of equation (14).
double mean_hue(double c1, double c2, double h1, double h2) {
    if (c1 * c2 == 0.0)
        return h1 + h2;
    if (std::abs(h1 - h2) <= 180.0)
        return (h1 + h2) / 2.0;
    return h1 + h2 < 360.0 ? (h1 + h2 + 360.0) / 2.0 : (h1 + h2 - 360.0) / 2.0;
}

}  // namespace

double ciede2000(const Lab& x, const Lab& y) {
    const double c_mean = (std::hypot(x.a, x.b) + std::hypot(y.a, y.b)) / 2.0;
    const double c7 = std::pow(c_mean, 7.0);
    const double g = 0.5 * (1.0 - std::sqrt(c7 / (c7 + std::pow(25.0, 7.0))));
    const double a1 = (1.0 + g) * x.a, a2 = (1.0 + g) * y.a;
    const double c1 = std::hypot(a1, x.b), c2 = std::hypot(a2, y.b);
    const double h1 = hue(x.b, a1), h2 = hue(y.b, a2);

    const double dl = y.l - x.l, dc = c2 - c1;
    const double dh =
        2.0 * std::sqrt(c1 * c2) * std::sin(radians(hue_difference(c1, c2, h1, h2)) / 2.0);

    const double l_mean = (x.l + y.l) / 2.0, c_prime_mean = (c1 + c2) / 2.0;
    const double h_mean = mean_hue(c1, c2, h1, h2);
    const double t = 1.0 - 0.17 * std::cos(radians(h_mean - 30.0)) +
                     0.24 * std::cos(radians(2.0 * h_mean)) +
                     0.32 * std::cos(radians(3.0 * h_mean + 6.0)) -
                     0.20 * std::cos(radians(4.0 * h_mean - 63.0));
    const double d_theta = 30.0 * std::exp(-std::pow((h_mean - 275.0) / 25.0, 2.0));
    const double cp7 = std::pow(c_prime_mean, 7.0);
    const double r_c = 2.0 * std::sqrt(cp7 / (cp7 + std::pow(25.0, 7.0)));
    const double l50 = (l_mean - 50.0) * (l_mean - 50.0);
    const double s_l = 1.0 + 0.015 * l50 / std::sqrt(20.0 + l50);
    const double s_c = 1.0 + 0.045 * c_prime_mean;
    const double s_h = 1.0 + 0.015 * c_prime_mean * t;
    const double r_t = -std::sin(radians(2.0 * d_theta)) * r_c;

    const double tl = dl / s_l, tc = dc / s_c, th = dh / s_h;
    return std::sqrt(tl * tl + tc * tc + th * th + r_t * tc * th);
}

double ciede2000(const Colour& first, const Colour& second) {
    return ciede2000(lab_of(first), lab_of(second));
}

}  // namespace cm::colour
