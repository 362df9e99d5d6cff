// Territory fills are flat tints over a neutral grey hillshade: on flat land the map shows
// its legend's swatch. For each war of the demo data and each shipped style, the war map is
// drawn with the ETOPO5 relief; points of flat land are taken from the DEM (heights within
// 40 m over 7 x 7 cells, some 60 km), and wherever such a point lies inside a territory, on a
// plain patch of the map (no label, line or hatch), its pixel is within CIEDE2000 3 of the
// pixel of that polity's legend swatch.

#include <algorithm>
#include <filesystem>
#include <map>

#include <gtest/gtest.h>

#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/relief_loader.hpp"
#include "render/colour/colour_science.hpp"
#include "render/layers/legend.hpp"
#include "render/layers/relief.hpp"
#include "render/layers/scale_bar.hpp"
#include "render/layers/territory_tint.hpp"
#include "render/output/raster.hpp"
#include "render/scene/compose_map.hpp"
#include "scene_render.hpp"

namespace cm {
namespace {

Colour pixel_at(const RasterImage& image, int x, int y) {
    const auto* row = image.pixels.data() + static_cast<std::size_t>(y) * image.stride;
    const std::uint32_t p = reinterpret_cast<const std::uint32_t*>(row)[x];
    return {((p >> 16) & 0xFF) / 255.0, ((p >> 8) & 0xFF) / 255.0, (p & 0xFF) / 255.0, 1.0};
}

/// Whether the 9 x 9 pixels around (x, y) are all within two levels of it: no label, line,
/// symbol or hatch passes there.
bool plain_patch(const RasterImage& image, int x, int y) {
    if (x < 4 || y < 4 || x + 4 >= image.width || y + 4 >= image.height)
        return false;
    const Colour c = pixel_at(image, x, y);
    for (int j = -4; j <= 4; ++j)
        for (int i = -4; i <= 4; ++i) {
            const Colour o = pixel_at(image, x + i, y + j);
            if (std::max({std::abs(o.r - c.r), std::abs(o.g - c.g), std::abs(o.b - c.b)}) >
                2.5 / 255.0)
                return false;
        }
    return true;
}

bool box_contains(const PageBox& b, PagePt p) {
    return p.x >= b.x0 && p.y >= b.y0 && p.x <= b.x1 && p.y <= b.y1;
}

bool shape_contains(const PageShape& shape, PagePt p);

/// Whether @p p lies on the map's land (not in a lake of the gazetteer, whose flat surface
/// the DEM gives too) and under none of the boxes drawn over the map (@p covers).
bool on_open_land(const PageMap& map, const std::vector<PageBox>& covers, PagePt p) {
    if (!box_contains(map.frame.map_box, p) ||
        std::any_of(covers.begin(), covers.end(),
                    [&](const PageBox& b) { return box_contains(b, p); }))
        return false;
    return std::none_of(map.water.begin(), map.water.end(),
                        [&](const PageArea& w) { return shape_contains(w.shape, p); });
}

bool shape_contains(const PageShape& shape, PagePt p) {
    bool inside = false;
    for (const auto& ring : shape.rings)
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
            if ((ring[i].y > p.y) != (ring[j].y > p.y) &&
                p.x < ring[j].x +
                          (p.y - ring[j].y) * (ring[i].x - ring[j].x) / (ring[i].y - ring[j].y))
                inside = !inside;
    return inside;
}

/// Cell centres of @p grid where the land is flat: every height of the 7 x 7 cells around
/// within 40 m, and above the Caspian's surface.
std::vector<LonLat> flat_land(const ElevationGrid& grid) {
    std::vector<LonLat> out;
    for (int row = 3; row + 3 < grid.height; row += 2)
        for (int col = 3; col + 3 < grid.width; col += 2) {
            float low = 1e9f, high = -1e9f;
            for (int j = -3; j <= 3; ++j)
                for (int i = -3; i <= 3; ++i)
                    low = std::min(low, grid.at(col + i, row + j)),
                    high = std::max(high, grid.at(col + i, row + j));
            if (high - low <= 40.0f && low > -20.0f)
                out.push_back({grid.west + col * grid.cell_width_deg(),
                               grid.north - row * grid.cell_height_deg()});
        }
    return out;
}

struct Drawn {
    PageMap map;
    RasterImage image;
    ElevationGrid heights;
};

Drawn draw_war(const Atlas& atlas, const War& war, const Style& style) {
    MapSpec spec;
    spec.years = war.years, spec.war_id = war.id, spec.extent = war.extent;
    // Each style on the page it is made for: the slides style's legend, with every neighbour
    // of the frame, is too tall for A4 and is left out there (render/layers/legend.cpp).
    spec.page = style.name == "slides" ? parse_page("slide") : parse_page("a4-landscape", 150);
    const MapPlan plan = plan_map(atlas, spec, style);
    Drawn d;
    d.heights = load_elevation(default_relief_path(), plan.window,
                               relief_grid_limit(plan.frame, spec.page.px_per_pt));
    const ElevationGrid* relief = style.relief.enabled ? &d.heights : nullptr;
    Basemap land;  // land over the whole window: the ground of a map without relief
    const Bounds& w = plan.window;
    land.land.polygons.push_back(test::square(w.west, w.south, w.east, w.north));
    d.map = compose_map(plan, spec, style, land, relief, nullptr);
    d.image = render_raster(d.map, style, false);
    return d;
}

/// The number of plain flat-land pixels checked, by colour key.
std::map<std::string, int> check_flat_land(const Drawn& d, const Style& style) {
    std::map<std::string, Colour> swatch;
    const double k = d.map.page.px_per_pt;
    for (const LegendSwatch& s : legend_swatches(d.map, style)) {
        swatch[s.colour_key] = pixel_at(d.image, static_cast<int>((s.box.x0 + s.box.x1) / 2 * k),
                                        static_cast<int>((s.box.y0 + s.box.y1) / 2 * k));
        const Colour computed = territory_flat_tint(style, s.colour_key, d.map.relief != nullptr);
        EXPECT_LE(colour::ciede2000(swatch[s.colour_key], computed), 1.0) << s.colour_key;
    }
    const Projection projection = Projection::from_definition(d.map.projection);
    const std::vector<PageBox> covers = {legend_box(d.map, style), d.map.locator_box,
                                         scale_bar_box(d.map, style), d.map.event_list.box};
    std::map<std::string, int> checked;
    for (const LonLat& at : flat_land(d.heights)) {
        const PagePt p = d.map.frame.to_page(projection.forward(at));
        const int x = static_cast<int>(p.x * k), y = static_cast<int>(p.y * k);
        if (!plain_patch(d.image, x, y) || !on_open_land(d.map, covers, p))
            continue;
        for (const PageArea& t : d.map.territories) {
            if (!shape_contains(t.shape, p) || !swatch.contains(t.colour_key))
                continue;
            const double difference =
                colour::ciede2000(pixel_at(d.image, x, y), swatch[t.colour_key]);
            EXPECT_LE(difference, 3.0)
                << style.name << ": " << t.colour_key << " at lon " << at.lon << ", lat " << at.lat;
            ++checked[t.colour_key];
        }
    }
    return checked;
}

TEST(TerritoryFlatColour, FlatLandShowsTheLegendSwatchInEveryStyle) {
    if (!std::filesystem::exists(default_relief_path()))
        GTEST_SKIP() << "ETOPO5 (package ferret-datasets) is not installed";
    const Atlas atlas = load_atlas(std::string(CM_SOURCE_DIR) + "/geodata");
    ASSERT_GE(atlas.wars.size(), 2u);
    for (const std::string name : {"publication", "slides", "wikipedia"}) {
        const Style style = test::fixture_style(name);
        for (const War& war : atlas.wars) {
            const std::map<std::string, int> checked =
                check_flat_land(draw_war(atlas, war, style), style);
            int polities = 0;
            for (const auto& [key, count] : checked) {
                std::printf("%s, %s: %s %d flat points\n", name.c_str(), war.id.c_str(),
                            key.c_str(), count);
                polities += count >= 5 ? 1 : 0;
            }
            EXPECT_GE(polities, 2) << name << ", " << war.id << ": too little flat land checked";
        }
    }
}

}  // namespace
}  // namespace cm
