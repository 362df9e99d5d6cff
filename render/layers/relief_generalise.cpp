#include "render/layers/relief_generalise.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <limits>

namespace cm::relief {

namespace {

/// Running-sum box average of @p n values spaced @p stride apart, edges clamped.
void box_line(const float* in, float* out, int n, std::size_t stride, int r) {
    double sum = 0.0;
    const auto at = [&](int i) {
        return in[static_cast<std::size_t>(std::clamp(i, 0, n - 1)) * stride];
    };
    for (int i = -r; i <= r; ++i)
        sum += at(i);
    const double norm = 1.0 / (2 * r + 1);
    for (int i = 0; i < n; ++i) {
        out[static_cast<std::size_t>(i) * stride] = static_cast<float>(sum * norm);
        sum += at(i + r + 1) - at(i - r);
    }
}

void box_pass(std::vector<float>& values, int width, int height, int r) {
    std::vector<float> tmp(values.size());
    for (int y = 0; y < height; ++y) {
        const std::size_t o = static_cast<std::size_t>(y) * width;
        box_line(values.data() + o, tmp.data() + o, width, 1, r);
    }
    for (int x = 0; x < width; ++x)
        box_line(tmp.data() + x, values.data() + x, height, static_cast<std::size_t>(width), r);
}

/// Cubic B-spline weights for a sample at fraction @p t between taps 1 and 2.
std::array<float, 4> bspline(double t) {
    const double t2 = t * t;
    const double t3 = t2 * t;
    return {static_cast<float>((1 - t) * (1 - t) * (1 - t) / 6.0),
            static_cast<float>((3 * t3 - 6 * t2 + 4) / 6.0),
            static_cast<float>((-3 * t3 + 3 * t2 + 3 * t + 1) / 6.0), static_cast<float>(t3 / 6.0)};
}

/// Catmull-Rom weights for a sample at fraction @p t between taps 1 and 2 (weight 1 on tap 1
/// at t = 0: the curve passes through the data).
std::array<float, 4> catmull_rom(double t) {
    const double t2 = t * t;
    const double t3 = t2 * t;
    return {static_cast<float>((-t3 + 2 * t2 - t) / 2.0),
            static_cast<float>((3 * t3 - 5 * t2 + 2) / 2.0),
            static_cast<float>((-3 * t3 + 4 * t2 + t) / 2.0), static_cast<float>((t3 - t2) / 2.0)};
}

/// For output index i: the first of the four coarse taps and their weights.
struct Taps {
    int first = 0;
    std::array<float, 4> weights{};
};

Taps taps_for(int i, double scale, Cubic cubic) {
    const double u = (i + 0.5) / scale - 0.5;
    const double k = std::floor(u);
    return {static_cast<int>(k) - 1, cubic == Cubic::bspline ? bspline(u - k) : catmull_rom(u - k)};
}

/// The weighted sum of four taps, written as offsets from the second one so that equal taps
/// give exactly their value (flat ground stays exactly flat, whatever the float rounding).
inline float blend(const std::array<float, 4>& w, float a, float b, float c, float d) {
    return b + w[0] * (a - b) + w[2] * (c - b) + w[3] * (d - b);
}

/// The blend kept within the range of its four taps: the Catmull-Rom's negative lobes would
/// otherwise ring beside every step (a dark and a bright line along a cliff, a rim of
/// overshoot along a coast); the curve still passes through every tap, so a ridge of one cell
/// keeps its height and its sharpness. A B-spline's weights are never negative: no-op there.
inline float blend_within(const std::array<float, 4>& w, float a, float b, float c, float d) {
    const float low = std::min(std::min(a, b), std::min(c, d));
    const float high = std::max(std::max(a, b), std::max(c, d));
    return std::clamp(blend(w, a, b, c, d), low, high);
}

}  // namespace

ElevationGrid smooth(const ElevationGrid& grid, int radius_cells) {
    ElevationGrid out = grid;
    if (radius_cells < 1 || grid.width < 2 || grid.height < 2)
        return out;
    box_pass(out.metres, out.width, out.height, radius_cells);
    box_pass(out.metres, out.width, out.height, radius_cells);
    return out;
}

float sample_height(const ElevationGrid& grid, const LonLat& p) {
    double lon = p.lon;
    if (lon < grid.west - 180.0)
        lon += 360.0;
    if (lon > grid.east + 180.0)
        lon -= 360.0;
    const double u = (lon - grid.west) / grid.cell_width_deg();
    const double v = (grid.north - p.lat) / grid.cell_height_deg();
    if (!(u >= 0.0 && v >= 0.0 && u <= grid.width - 1 && v <= grid.height - 1))
        return std::numeric_limits<float>::quiet_NaN();
    const int c = std::min(static_cast<int>(u), grid.width - 2);
    const int r = std::min(static_cast<int>(v), grid.height - 2);
    const float fu = static_cast<float>(u - c);
    const float fv = static_cast<float>(v - r);
    const float top = grid.at(c, r) * (1 - fu) + grid.at(c + 1, r) * fu;
    const float bottom = grid.at(c, r + 1) * (1 - fu) + grid.at(c + 1, r + 1) * fu;
    return top * (1 - fv) + bottom * fv;
}

CubicUpsampler::CubicUpsampler(const HeightRaster& coarse, double scale, int width_px,
                               int height_px, Cubic cubic)
    : m_scale(scale), m_cubic(cubic), m_height_px(height_px) {
    assert(scale >= 1.0 && coarse.width > 0 && coarse.height > 0);
    m_wide.width = width_px;
    m_wide.height = coarse.height;
    m_wide.metres.resize(static_cast<std::size_t>(width_px) * coarse.height);
    for (int x = 0; x < width_px; ++x) {
        const Taps taps = taps_for(x, scale, cubic);
        std::array<int, 4> cols{};
        for (int k = 0; k < 4; ++k)
            cols[k] = std::clamp(taps.first + k, 0, coarse.width - 1);
        for (int y = 0; y < coarse.height; ++y) {
            const float* in = coarse.metres.data() + static_cast<std::size_t>(y) * coarse.width;
            m_wide.metres[static_cast<std::size_t>(y) * width_px + x] =
                blend_within(taps.weights, in[cols[0]], in[cols[1]], in[cols[2]], in[cols[3]]);
        }
    }
}

void CubicUpsampler::row(int y, float* out) const {
    assert(y >= 0 && y < m_height_px);
    const Taps taps = taps_for(y, m_scale, m_cubic);
    std::array<const float*, 4> rows{};
    for (int k = 0; k < 4; ++k) {
        const int r = std::clamp(taps.first + k, 0, m_wide.height - 1);
        rows[k] = m_wide.metres.data() + static_cast<std::size_t>(r) * m_wide.width;
    }
    const auto& w = taps.weights;
    if (m_cubic == Cubic::bspline) {
        for (int x = 0; x < m_wide.width; ++x)
            out[x] = blend(w, rows[0][x], rows[1][x], rows[2][x], rows[3][x]);
        return;
    }
    for (int x = 0; x < m_wide.width; ++x)
        out[x] = blend_within(w, rows[0][x], rows[1][x], rows[2][x], rows[3][x]);
}

}  // namespace cm::relief
