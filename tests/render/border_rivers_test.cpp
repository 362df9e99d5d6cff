// A border that follows a river lies on the river the map draws: on the demo maps (both
// wars, publication A4 and slides) and on a close-up of the Syr Darya, every vertex of every
// drawn border whose segment follows a Natural Earth course, and the middle of every step
// between two, lies within 0.05 mm of the basemap's river line on the page (where the
// basemap draws the river at that scale). Uses the shipped data and Natural Earth extract.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>

#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/basemap_loader.hpp"
#include "render/canvas/fonts.hpp"
#include "render/scene/compose_map.hpp"
#include "render/style/style_loader.hpp"

namespace cm {
namespace {

constexpr double kToleranceMm = 0.05;

const Atlas& shipped_atlas() {
    static const Atlas atlas = load_atlas(std::string(CM_SOURCE_DIR) + "/geodata");
    return atlas;
}

const Basemap& shipped_basemap() {
    static const Basemap basemap = load_natural_earth(
        std::string(CM_SOURCE_DIR) + "/geodata/basemap", natural_earth_extract_window());
    return basemap;
}

double to_segment(const PagePt& p, const PagePt& a, const PagePt& b) {
    const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
    const double t =
        len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/// Distance (pt) from @p p to the nearest drawn basemap river.
double to_drawn_river(const PageMap& map, const PagePt& p) {
    double best = 1e9;
    for (const PageLine& river : map.rivers) {
        if (river.id.rfind("ne:", 0) != 0)
            continue;
        for (const auto& line : river.lines)
            for (std::size_t i = 0; i + 1 < line.size(); ++i) {
                const PagePt& a = line[i];
                const PagePt& b = line[i + 1];
                if (p.x < std::min(a.x, b.x) - 1 || p.x > std::max(a.x, b.x) + 1 ||
                    p.y < std::min(a.y, b.y) - 1 || p.y > std::max(a.y, b.y) + 1)
                    continue;
                best = std::min(best, to_segment(p, a, b));
            }
    }
    return best;
}

bool follows_natural_earth(const Atlas& atlas, const std::string& border_id) {
    for (const Border& b : atlas.borders)
        if (b.id == border_id && !b.follows.empty()) {
            const Place* river = find_place(atlas, b.follows);
            return river && river->course == "natural-earth";
        }
    return false;
}

/// @returns how many border vertices were compared.
int expect_borders_on_rivers(const std::string& style_name, const std::string& page,
                             YearRange years, std::optional<Bounds> extent) {
    pin_fonts();
    MapSpec spec;
    spec.years = years;
    spec.page = parse_page(page, 300);
    spec.relief = false;
    spec.extent = extent;
    const Style style = load_style(resolve_style_path(style_name));
    const MapPlan plan = plan_map(shipped_atlas(), spec, style);
    const PageMap map =
        compose_unlabelled_map(plan, spec, style, shipped_basemap(), nullptr, nullptr);
    int compared = 0;
    double worst_mm = 0.0;
    std::string worst;
    int undrawn = 0;
    for (const PageBorder& b : map.borders) {
        if (!follows_natural_earth(shipped_atlas(), b.id))
            continue;
        for (const auto& line : b.lines)
            for (std::size_t i = 0; i < line.size(); ++i) {
                // each vertex, and the middle of each step: the line between, not only its ends
                const PagePt& v = line[i];
                const PagePt p = i + 1 < line.size()
                                     ? PagePt{(v.x + line[i + 1].x) / 2, (v.y + line[i + 1].y) / 2}
                                     : v;
                if (!map.frame.map_box.contains(p))
                    continue;
                const double mm = to_drawn_river(map, p) / kPtPerMm;
                if (mm > 1.0) {  // no river drawn here at this scale (a faded branch)
                    ++undrawn;
                    continue;
                }
                if (mm > worst_mm)
                    worst = b.id + " at page " + std::to_string(p.x) + ", " + std::to_string(p.y);
                worst_mm = std::max(worst_mm, mm);
                ++compared;
            }
    }
    EXPECT_LE(worst_mm, kToleranceMm) << style_name << " " << page << ": border " << worst;
    std::printf("%s %s: %d border vertices on drawn rivers, %d where none is drawn\n",
                style_name.c_str(), page.c_str(), compared, undrawn);
    return compared;
}

TEST(BordersOnRivers, BorderAlongANaturalEarthRiverLiesOnTheDrawnLine) {
    if (!std::filesystem::exists(std::string(CM_SOURCE_DIR) + "/geodata/basemap"))
        GTEST_SKIP() << "no Natural Earth extract";
    EXPECT_GT(expect_borders_on_rivers("publication", "a4-landscape", {1635, 1658}, {}), 100);
    EXPECT_GT(expect_borders_on_rivers("slides", "slide", {1681, 1684}, {}), 100);
    // A close-up of the Syr Darya towns, at about 1:2.5M.
    EXPECT_GT(expect_borders_on_rivers("publication", "a4-landscape", {1681, 1684},
                                       Bounds{66.0, 41.0, 70.0, 45.0, false}),
              100);
}

}  // namespace
}  // namespace cm
