#include "render/layers/relief.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <numbers>
#include <optional>

#include <cairo.h>

#include "geodata/model/error.hpp"
#include "render/layers/relief_generalise.hpp"
#include "render/layers/relief_no_data.hpp"
#include "render/project/lonlat_mesh.hpp"

namespace cm {

namespace {

/// The tint table covers this range of heights in steps of kTintStepM.
constexpr double kTintLowM = -1000.0;
constexpr double kTintStepM = 4.0;
constexpr int kTintEntries = 2800;  // up to 10 200 m
constexpr float kTintLowMf = static_cast<float>(kTintLowM);
constexpr float kTintPerM = static_cast<float>(1.0 / kTintStepM);

struct Rgb {
    float r = 0, g = 0, b = 0;
};

Rgb rgb(const Colour& c) {
    return {static_cast<float>(c.r), static_cast<float>(c.g), static_cast<float>(c.b)};
}

Rgb tint_at(const std::vector<TintStop>& stops, double metres) {
    if (stops.empty())
        return {0.8f, 0.8f, 0.8f};
    if (metres <= stops.front().metres)
        return rgb(stops.front().colour);
    for (std::size_t i = 1; i < stops.size(); ++i) {
        const TintStop& a = stops[i - 1];
        const TintStop& b = stops[i];
        if (metres > b.metres)
            continue;
        const double t = (metres - a.metres) / std::max(b.metres - a.metres, 1e-9);
        return {static_cast<float>(a.colour.r + (b.colour.r - a.colour.r) * t),
                static_cast<float>(a.colour.g + (b.colour.g - a.colour.g) * t),
                static_cast<float>(a.colour.b + (b.colour.b - a.colour.b) * t)};
    }
    return rgb(stops.back().colour);
}

std::vector<Rgb> tint_table(const ReliefStyle& style) {
    std::vector<Rgb> table(kTintEntries);
    for (int i = 0; i < kTintEntries; ++i)
        table[i] = tint_at(style.tint, kTintLowM + i * kTintStepM);
    return table;
}

/// A light as a unit vector (x east, y north, z up) and its share of the illumination.
struct Light {
    float x = 0, y = 0, z = 0, weight = 0;
};

std::vector<Light> lights_of(const ReliefStyle& style) {
    const double alt = style.light_altitude_deg * std::numbers::pi / 180.0;
    std::vector<std::pair<double, double>> spread = {{0.0, 1.0}};
    if (style.multidirectional)
        spread = {{-60.0, 0.2}, {-25.0, 0.25}, {0.0, 0.35}, {30.0, 0.2}};
    std::vector<Light> lights;
    for (const auto& [offset, weight] : spread) {
        const double az = (style.light_azimuth_deg + offset) * std::numbers::pi / 180.0;
        lights.push_back({static_cast<float>(std::sin(az) * std::cos(alt)),
                          static_cast<float>(std::cos(az) * std::cos(alt)),
                          static_cast<float>(std::sin(alt)), static_cast<float>(weight)});
    }
    return lights;
}

int output_size(double pt, double px_per_pt) {
    return std::max(1, static_cast<int>(std::lround(pt * px_per_pt)));
}

/// Heights at the centres of coarse cells of @p scale output pixels, from the smoothed grid;
/// NaN where there is none (outside the grid or the projection's domain).
relief::HeightRaster coarse_heights(const ElevationGrid& grid, const Projection& projection,
                                    const PageFrame& frame, int width, int height, int scale) {
    relief::HeightRaster coarse;
    coarse.width = (width + scale - 1) / scale;
    coarse.height = (height + scale - 1) / scale;
    coarse.metres.resize(static_cast<std::size_t>(coarse.width) * coarse.height);
    const LonLatMesh mesh(projection, frame, width, height, 2 * scale);
    for (int j = 0; j < coarse.height; ++j) {
        for (int i = 0; i < coarse.width; ++i) {
            const auto at = mesh.at((i + 0.5) * scale, (j + 0.5) * scale);
            coarse.metres[static_cast<std::size_t>(j) * coarse.width + i] =
                at ? relief::sample_height(grid, *at) : std::numeric_limits<float>::quiet_NaN();
        }
    }
    return coarse;
}

/// Everything the per-pixel loop needs, computed once. Tints are kept in 0..255 and the
/// lights' weights already divided by the flat-ground illumination and scaled by the opacity.
struct Shader {
    std::vector<Rgb> tint;
    std::vector<Light> lights;
    std::uint32_t water = 0;
    float sea_floor = 0;
    float base = 1;          // 1 - opacity: the share of the tint that no shade touches
    float slope_k = 1;       // z_factor / (2 * metres per coarse cell)
    float brightest = 1.4f;  // the brightest shade: 1 when the shade only darkens

    /// The shade of ground whose height rises by @p dzdx eastwards and @p dzdy northwards
    /// over two cells: 1 for flat ground, darker or brighter on slopes.
    float shade(float dzdx, float dzdy) const;
    /// The pixel of ground at @p h under @p shade; water below the sea floor.
    std::uint32_t pixel(float h, float shade) const;
};

/// An opaque ARGB32 pixel from channels in 0..255 (never negative here).
std::uint32_t pack(float r, float g, float b) {
    const auto channel = [](float v) {
        return static_cast<std::uint32_t>(std::min(v, 255.0f) + 0.5f);
    };
    return 0xFF000000u | channel(r) << 16 | channel(g) << 8 | channel(b);
}

float Shader::shade(float dzdx, float dzdy) const {
    const float nx = -dzdx * slope_k;
    const float ny = -dzdy * slope_k;
    const float inv = 1.0f / std::sqrt(nx * nx + ny * ny + 1.0f);
    float light = 0.0f;
    for (const Light& l : lights)
        light += l.weight * std::max(0.0f, nx * l.x + ny * l.y + l.z);
    return std::clamp(base + light * inv, 0.0f, brightest);
}

std::uint32_t Shader::pixel(float h, float shade) const {
    if (h < sea_floor)
        return water;
    const float factor = std::clamp(shade, 0.0f, brightest);
    const float position =
        std::clamp((h - kTintLowMf) * kTintPerM + 0.5f, 0.0f, kTintEntries - 1.0f);
    const Rgb& c = tint[static_cast<std::size_t>(position)];
    return pack(c.r * factor, c.g * factor, c.b * factor);
}

Shader make_shader(const ReliefStyle& style, double metres_per_cell) {
    Shader s;
    s.tint = tint_table(style);
    if (!style.hypsometric_tint)
        std::fill(s.tint.begin(), s.tint.end(), rgb(style.grey));
    for (Rgb& c : s.tint)
        c = {c.r * 255.0f, c.g * 255.0f, c.b * 255.0f};
    s.lights = lights_of(style);
    const Rgb water = rgb(style.water);
    s.water = pack(water.r * 255.0f, water.g * 255.0f, water.b * 255.0f);
    s.sea_floor = static_cast<float>(style.sea_floor_below_m);
    const float opacity = static_cast<float>(std::clamp(style.hillshade_opacity, 0.0, 1.0));
    float flat = 0.0f;
    for (const Light& l : s.lights)
        flat += l.weight * l.z;
    for (Light& l : s.lights)
        l.weight *= opacity / std::max(flat, 1e-3f);
    s.base = 1.0f - opacity;
    s.slope_k = static_cast<float>(style.z_factor / (2.0 * metres_per_cell));
    s.brightest = style.highlights ? 1.4f : 1.0f;
    return s;
}

/// How coarse the relief is drawn: the size of a coarse cell in output pixels and the radius
/// of the smoothing of the source, in source cells.
struct Generalisation {
    int scale_px = 4;
    int radius_cells = 1;
};

/// A coarse cell is the DEM's own cell on the page (the shade is computed at the data's
/// resolution, never finer), and at least 1 / generalise_fraction pixels. Where a coarse cell
/// spans several source cells (a DEM finer than the page), the source is first averaged over
/// them, so that it does not alias.
Generalisation generalisation_for(const ElevationGrid& grid, double metres_per_px,
                                  const ReliefStyle& style) {
    constexpr double kMetresPerDegree = 111'320.0;
    const double cell_px = grid.cell_height_deg() * kMetresPerDegree / metres_per_px;
    const double by_output = 1.0 / std::max(style.generalise_fraction, 1e-3);
    const double by_source = style.coarse_cell_min_source_cells * cell_px;
    Generalisation g;
    g.scale_px = std::max(1, static_cast<int>(std::lround(std::max(by_output, by_source))));
    const double coarse_cells = g.scale_px / cell_px;
    g.radius_cells =
        std::max(style.smoothing_min_cells, static_cast<int>(std::floor(coarse_cells / 2.0)));
    return g;
}

/// The shade of each coarse cell from its neighbours' heights (edges and water repeat the
/// cell's own height, so no shore or grid edge casts a false slope).
relief::HeightRaster coarse_shade(const relief::HeightRaster& h, const Shader& shader) {
    relief::HeightRaster out{h.width, h.height, std::vector<float>(h.metres.size())};
    const auto at = [&](int i, int j, float own) {
        if (i < 0 || j < 0 || i >= h.width || j >= h.height)
            return own;
        const float v = h.metres[static_cast<std::size_t>(j) * h.width + i];
        return v < shader.sea_floor ? own : v;
    };
    for (int j = 0; j < h.height; ++j)
        for (int i = 0; i < h.width; ++i) {
            const float own = h.metres[static_cast<std::size_t>(j) * h.width + i];
            const float dzdx = at(i + 1, j, own) - at(i - 1, j, own);
            const float dzdy = at(i, j - 1, own) - at(i, j + 1, own);  // row above is north
            out.metres[static_cast<std::size_t>(j) * h.width + i] = shader.shade(dzdx, dzdy);
        }
    return out;
}

/// The upsampled rasters of the relief; `valid` only where some coarse cells have no data.
struct Upsampled {
    relief::CubicUpsampler heights;
    relief::CubicUpsampler shades;
    std::optional<relief::CubicUpsampler> valid;
};

/// Each output pixel: the tint of its upsampled height under its upsampled shade, or the
/// water where the upsampled mask says it has no data (nearer a cell without data than one
/// with it).
void shade_rows(const Upsampled& up, const Shader& shader, RasterImage& image) {
    const int w = image.width;
    std::vector<float> h(static_cast<std::size_t>(w)), s(static_cast<std::size_t>(w));
    std::vector<float> valid(up.valid ? static_cast<std::size_t>(w) : 0);
    for (int y = 0; y < image.height; ++y) {
        up.heights.row(y, h.data());
        up.shades.row(y, s.data());
        auto* out = reinterpret_cast<std::uint32_t*>(image.pixels.data() +
                                                     static_cast<std::size_t>(y) * image.stride);
        if (!up.valid) {
            for (int x = 0; x < w; ++x)
                out[x] = shader.pixel(h[x], s[x]);
            continue;
        }
        up.valid->row(y, valid.data());
        for (int x = 0; x < w; ++x)
            out[x] = valid[x] >= 0.5f ? shader.pixel(h[x], s[x]) : shader.water;
    }
}

/// Every pixel of @p image the water: a relief with no height anywhere.
void fill_water(RasterImage& image, const Shader& shader) {
    for (int y = 0; y < image.height; ++y) {
        auto* out = reinterpret_cast<std::uint32_t*>(image.pixels.data() +
                                                     static_cast<std::size_t>(y) * image.stride);
        std::fill(out, out + image.width, shader.water);
    }
}

}  // namespace

GridSize relief_grid_limit(const PageFrame& frame, double px_per_pt) {
    constexpr int kFewestCells = 1024;
    return {std::max(kFewestCells, 2 * output_size(frame.map_box.width(), px_per_pt)),
            std::max(kFewestCells, 2 * output_size(frame.map_box.height(), px_per_pt))};
}

RasterImage shade_relief(const ElevationGrid& grid, const Projection& projection,
                         const PageFrame& frame, double px_per_pt, const ReliefStyle& style) {
    if (grid.width < 2 || grid.height < 2 || grid.metres.empty())
        throw RenderError("relief: the height grid is empty");
    RasterImage image;
    image.width = output_size(frame.map_box.width(), px_per_pt);
    image.height = output_size(frame.map_box.height(), px_per_pt);
    image.stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, image.width);
    image.pixels.resize(static_cast<std::size_t>(image.stride) * image.height);

    const double metres_per_px = 1.0 / (frame.pt_per_m * px_per_pt);
    const Generalisation g = generalisation_for(grid, metres_per_px, style);
    const ElevationGrid smoothed = relief::smooth(grid, g.radius_cells);
    const relief::FilledRaster coarse = relief::fill_no_data(
        coarse_heights(smoothed, projection, frame, image.width, image.height, g.scale_px));
    const Shader shader = make_shader(style, metres_per_px * g.scale_px);
    if (coarse.empty) {
        fill_water(image, shader);
        return image;
    }
    const relief::HeightRaster shade = coarse_shade(coarse.heights, shader);
    const auto up = [&](const relief::HeightRaster& r) {
        return relief::CubicUpsampler(r, g.scale_px, image.width, image.height,
                                      relief::Cubic::catmull_rom);
    };
    const Upsampled upsampled{up(coarse.heights), up(shade),
                              coarse.complete ? std::nullopt : std::optional(up(coarse.valid))};
    shade_rows(upsampled, shader, image);
    return image;
}

}  // namespace cm
