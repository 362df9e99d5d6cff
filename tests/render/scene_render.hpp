#pragma once

// Renders the fixture atlas (scene_fixture.hpp) without basemap or relief, as the renderer's
// tests need it: a PageMap for a page of W x H pixels at a scale (1 = 96 dpi, 2 = 192 dpi).

#include "geodata/model/basemap.hpp"
#include "render/canvas/fonts.hpp"
#include "render/scene/compose_map.hpp"
#include "render/style/style_loader.hpp"
#include "scene_fixture.hpp"

namespace cm::test {

/// A page of @p width_px by @p height_px at @p dpi, all times @p scale (a slides case is laid
/// out as the slide it stands for: 960x540 at 48 dpi is the 1920x1080 slide at 96).
inline MapSpec fixture_spec(int width_px, int height_px, int scale, YearRange years, int dpi = 96) {
    MapSpec spec;
    spec.years = years;
    spec.page = parse_page(
        std::to_string(width_px * scale) + "x" + std::to_string(height_px * scale), dpi * scale);
    spec.relief = false;
    return spec;
}

inline Style fixture_style(const std::string& name = "publication") {
    pin_fonts();
    return load_style(resolve_style_path(name));
}

inline PageMap fixture_map(const MapSpec& spec, const Style& style) {
    const Atlas atlas = fixture_atlas();
    const MapPlan plan = plan_map(atlas, spec, style);
    Basemap land;
    land.land.polygons.push_back(square(55.0, 35.0, 75.0, 52.0));
    land.credits = {"Test land"};
    return compose_map(plan, spec, style, land, nullptr, nullptr);
}

}  // namespace cm::test
