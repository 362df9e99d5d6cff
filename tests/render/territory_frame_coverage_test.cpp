// The whole frame is somebody's: every point of Natural Earth's land (the shipped extract)
// inside the frame of each demo map (README, Maps and Animations) lies in a region of the
// history, and the neighbours a reader expects have their holders in the years they held them.

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/basemap_loader.hpp"
#include "geodata/query/control.hpp"
#include "render/animate/timeline_bar.hpp"
#include "render/scene/compose_map.hpp"
#include "render/style/page.hpp"
#include "render/style/style_loader.hpp"

namespace cm {
namespace {

/// Sample points across each frame, this many along its width and its height.
constexpr int kColumns = 96, kRows = 54;
/// A coast point this close to a region counts as in it (the region's coast is Natural
/// Earth's, simplified for 1:5M: about 0.5 mm on such a map).
constexpr double kCoastKm = 3.0;

const Atlas& shipped_atlas() {
    static const Atlas atlas = load_atlas(std::string(CM_SOURCE_DIR) + "/geodata");
    return atlas;
}

const Basemap& shipped_basemap() {
    static const Basemap basemap = load_natural_earth(
        std::string(CM_SOURCE_DIR) + "/geodata/basemap", natural_earth_extract_window());
    return basemap;
}

struct DemoMap {
    std::string name;
    MapPlan plan;
};

MapPlan plan_of(YearRange years, std::optional<Bounds> extent, const std::string& style_name,
                PageSize page) {
    MapSpec spec;
    spec.years = years;
    spec.extent = extent;
    spec.page = page;
    spec.relief = false;
    return plan_map(shipped_atlas(), spec, load_style(resolve_style_path(style_name)));
}

/// The maps of build.sh demo: each war in publication (A4) and slides (a slide), and the
/// animation of 1635-1697 (slides, --extent 50,37,100,54, the map above its timeline).
std::vector<DemoMap> demo_maps() {
    std::vector<DemoMap> out;
    for (const War& war : shipped_atlas().wars) {
        out.push_back({"war " + war.id + " publication",
                       plan_of(war.years, war.extent, "publication", parse_page("a4-landscape"))});
        out.push_back({"war " + war.id + " slides",
                       plan_of(war.years, war.extent, "slides", parse_page("slide"))});
    }
    Bounds animation;
    animation.extend(LonLat{50.0, 37.0});
    animation.extend(LonLat{100.0, 54.0});
    const Style slides = load_style(resolve_style_path("slides"));
    out.push_back(
        {"animation 1635-1697", plan_of({1635, 1697}, animation, "slides",
                                        page_above_timeline(parse_page("slide"), slides))});
    return out;
}

double to_segment_km(const LonLat& p, const LonLat& a, const LonLat& b) {
    const double k = std::cos(p.lat * M_PI / 180.0) * 111.32, m = 110.57;
    const double ax = (a.lon - p.lon) * k, ay = (a.lat - p.lat) * m;
    const double bx = (b.lon - p.lon) * k, by = (b.lat - p.lat) * m;
    const double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp(-(ax * dx + ay * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(ax + t * dx, ay + t * dy);
}

bool near_outline(const PolygonGeometry& g, const LonLat& p, double km) {
    for (const Polygon& polygon : g.polygons)
        for (const Ring& ring : polygon.rings)
            for (std::size_t i = 1; i < ring.size(); ++i)
                if (to_segment_km(p, ring[i - 1], ring[i]) <= km)
                    return true;
    return false;
}

/// Islands of a sea are the sea's (the regions stop at its shore): land of a Natural Earth
/// polygon smaller than this each way, off every region, is such an island.
constexpr double kIslandDeg = 0.5;

bool on_an_island(const LonLat& p) {
    for (const Polygon& polygon : shipped_basemap().land.polygons) {
        if (!polygon_contains(polygon, p))
            continue;
        Bounds b;
        for (const LonLat& q : polygon.rings.front())
            b.extend(q);
        return b.east - b.west < kIslandDeg && b.north - b.south < kIslandDeg;
    }
    return false;
}

bool in_some_region(const Atlas& atlas, const LonLat& p) {
    for (const Region& r : atlas.regions)
        if (polygons_contain(r.geometry, p))
            return true;
    for (const Region& r : atlas.regions)
        if (near_outline(r.geometry, p, kCoastKm))
            return true;
    return false;
}

/// The id of the polity holding @p p in @p year ("" when no region or record holds it).
std::string holder_at(const Atlas& atlas, const LonLat& p, int year) {
    for (const Region& r : atlas.regions)
        if (polygons_contain(r.geometry, p)) {
            const Control* c = holder_in_year(atlas, r.id, year);
            return c ? c->polity_id : "";
        }
    return "";
}

}  // namespace

TEST(TerritoryFrameCoverage, EveryLandPointOfEveryDemoFrameLiesInARegion) {
    const Atlas& atlas = shipped_atlas();
    for (const DemoMap& m : demo_maps()) {
        const PageBox box = m.plan.frame.map_box;
        int land = 0, outside = 0;
        for (int row = 0; row < kRows; ++row)
            for (int col = 0; col < kColumns; ++col) {
                const PagePt pt{box.x0 + (col + 0.5) * box.width() / kColumns,
                                box.y0 + (row + 0.5) * box.height() / kRows};
                const auto ll = m.plan.projection.inverse(m.plan.frame.to_map(pt));
                ASSERT_TRUE(ll) << m.name;
                if (!polygons_contain(shipped_basemap().land, *ll))
                    continue;
                ++land;
                if (in_some_region(atlas, *ll) || on_an_island(*ll))
                    continue;
                if (++outside <= 5)
                    ADD_FAILURE() << m.name << ": land at lon " << ll->lon << ", lat " << ll->lat
                                  << " lies in no region";
            }
        EXPECT_GT(land, kColumns * kRows / 2) << m.name;
        EXPECT_EQ(outside, 0) << m.name << ": land points in no region, of " << land;
    }
}

TEST(TerritoryFrameCoverage, TheNeighboursAReaderExpectsHaveTheirHolders) {
    const Atlas& atlas = shipped_atlas();
    struct Expected {
        const char* what;
        LonLat at;
        int first, last;
        const char* holder;
    };
    const Expected expected[] = {
        {"between the lower Volga and the Yaik", {49.0, 47.8}, 1640, 1697, "kalmyks"},
        {"the Emba's right bank", {54.5, 47.6}, 1640, 1697, "kalmyks"},
        {"Khiva (Khwarazm)", {60.4, 41.4}, 1623, 1697, "khanate-of-khiva"},
        {"Urgench on the Amu Darya", {60.63, 41.55}, 1623, 1697, "khanate-of-khiva"},
        {"Xining", {101.78, 36.62}, 1623, 1643, "ming"},
        {"Xining", {101.78, 36.62}, 1644, 1697, "qing"},
        {"Hexi corridor (Ganzhou)", {100.45, 38.93}, 1623, 1643, "ming"},
        {"Hexi corridor (Ganzhou)", {100.45, 38.93}, 1644, 1697, "qing"},
        {"Tomsk", {84.97, 56.49}, 1623, 1697, "tsardom-of-russia"},
        {"Tara on the Irtysh", {74.38, 56.9}, 1623, 1697, "tsardom-of-russia"},
        {"Ufa", {55.96, 54.73}, 1623, 1697, "tsardom-of-russia"},
        {"Nagqu (northern Tibet)", {92.06, 31.48}, 1623, 1697, "tibet"},
        {"Urga", {106.92, 47.92}, 1623, 1686, "khalkha-mongols"},
        {"Urga", {106.92, 47.92}, 1691, 1697, "qing"},
    };
    for (const Expected& e : expected)
        for (int year = e.first; year <= e.last; ++year)
            EXPECT_EQ(holder_at(atlas, e.at, year), e.holder) << e.what << " in " << year;
}

}  // namespace cm
