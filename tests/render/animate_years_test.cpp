// Year Y's frame shows year Y's territories: the real atlas, prepared once for two years,
// rendered through the animation pipeline into PNG frames, sampled inside a region that
// changed hands between them.

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <set>
#include <sstream>

#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/basemap_loader.hpp"
#include "geodata/query/control.hpp"
#include "render/animate/timeline_bar.hpp"
#include "render/animate/write_animation.hpp"
#include "render/canvas/fonts.hpp"
#include "render/output/frame_dir.hpp"
#include "render/output/raster.hpp"
#include "render/project/projection.hpp"
#include "render/scene/prepared_map.hpp"
#include "render/style/style_loader.hpp"
#include "render/style/styled_page.hpp"
#include "tests/temp_dir.hpp"

using namespace cm;
namespace fs = std::filesystem;

namespace {

/// The project's atlas, read once, the fonts pinned; nullptr without its history data.
const Atlas* project_atlas() {
    static const std::optional<Atlas> atlas = []() -> std::optional<Atlas> {
        const std::string data = std::string(CM_SOURCE_DIR) + "/geodata";
        if (!fs::exists(data + "/history/control.toml"))
            return std::nullopt;
        pin_fonts();
        return load_atlas(data);
    }();
    return atlas ? &*atlas : nullptr;
}

/// Points on a grid inside the outer rings of @p region.
std::vector<LonLat> points_inside(const PolygonGeometry& region) {
    const Bounds b = bounds_of(Geometry{region});
    std::vector<LonLat> points;
    for (double lon = b.west; lon <= b.east; lon += (b.east - b.west) / 24)
        for (double lat = b.south; lat <= b.north; lat += (b.north - b.south) / 24)
            for (const Polygon& poly : region.polygons)
                if (!poly.rings.empty() && cm::ring_encloses(poly.rings[0], {lon, lat}))
                    points.push_back({lon, lat});
    return points;
}

double distance(std::uint32_t px, const Colour& c) {
    const double r = ((px >> 16) & 0xff) / 255.0 - c.r, g = ((px >> 8) & 0xff) / 255.0 - c.g,
                 b = (px & 0xff) / 255.0 - c.b;
    return r * r + g * g + b * b;
}

Colour blend(const Colour& top, double opacity, const Colour& under) {
    return {top.r * opacity + under.r * (1 - opacity), top.g * opacity + under.g * (1 - opacity),
            top.b * opacity + under.b * (1 - opacity), 1.0};
}

/// Of the sampled pixels inside the frame, the share that looks like @p a's fill rather
/// than @p b's (-1 when fewer than 20 samples fall inside).
double share_like(const RasterImage& frame, const std::vector<PagePt>& at, double px_per_pt,
                  const Colour& a, const Colour& b, const Style& style) {
    int votes = 0, considered = 0;
    for (const PagePt& p : at) {
        const int x = static_cast<int>(p.x * px_per_pt), y = static_cast<int>(p.y * px_per_pt);
        if (x < 0 || y < 0 || x >= frame.width || y >= frame.height)
            continue;
        const auto px =
            *reinterpret_cast<const std::uint32_t*>(frame.pixels.data() + y * frame.stride + x * 4);
        ++considered;
        double da = 1e9, db = 1e9;
        for (const Colour& under : {style.basemap.land, style.basemap.sea, style.page.paper}) {
            da = std::min(da, distance(px, blend(a, style.territories.fill_opacity, under)));
            db = std::min(db, distance(px, blend(b, style.territories.fill_opacity, under)));
        }
        votes += da < db ? 1 : 0;
    }
    return considered < 20 ? -1.0 : static_cast<double>(votes) / considered;
}

/// What a year's layers draw, as text: each territory, border, change, route and event with
/// its points (to 0.01 pt).
std::string drawn(const YearLayers& l) {
    std::ostringstream out;
    out.precision(2);
    out << std::fixed;
    auto points = [&](const std::vector<PagePt>& line) {
        for (const PagePt& p : line)
            out << ' ' << p.x << ',' << p.y;
        out << '\n';
    };
    for (const auto* areas : {&l.territories, &l.changes})
        for (const PageArea& a : *areas) {
            out << "area " << a.id << ' ' << a.colour_key;
            for (const auto& ring : a.shape.rings)
                points(ring);
        }
    for (const PageBorder& b : l.borders) {
        out << "border " << b.id;
        for (const auto& line : b.lines)
            points(line);
    }
    for (const PageRoute& r : l.routes) {
        out << "route " << r.route.campaign_id << '#' << r.route.leg;
        points(r.points);
    }
    for (const PageEvent& e : l.events) {
        out << "event " << e.event.id;
        points({e.at});
    }
    return out.str();
}

}  // namespace

TEST(AnimateYears, EachYearsFrameShowsThatYearsHolder) {
    const Atlas* loaded = project_atlas();
    if (!loaded)
        GTEST_SKIP() << "no history data";
    const Atlas& atlas = *loaded;
    const Style style = load_style(resolve_style_path("slides"));
    int year = 0;
    RegionChange change;
    for (int y = 1636; y <= 1697 && !year; ++y)
        for (const RegionChange& c : region_changes(atlas, y))
            if (!year && find_polity(atlas, c.from_polity) && find_polity(atlas, c.to_polity))
                year = y, change = c;  // between two holders with colours ("unknown" has none)
    ASSERT_NE(year, 0) << "no region changed hands";

    // 640x360 pixels laid out like a 1920x1080 slide (32 dpi instead of 96).
    MapSpec spec;
    spec.years = {year - 1, year};
    spec.page = page_above_timeline(parse_page("640x360", 32), style);
    spec.relief = false;
    const PreparedMap map =
        prepare_map(atlas, plan_map(atlas, spec, style), spec, style, Basemap{}, nullptr, nullptr);
    const test::TempDir scratch("cm-animate-years");
    const std::string dir = scratch / "frames";
    AnimationJob job{make_frame_plan(spec.years, 4, 0.5), 640, 360, dir, {}, false};
    write_animation(job, [&](const PlannedFrame& f) {
        return frame_with_timeline(
            render_raster(frame_map(map, {f.year, f.progress}), style, false),
            parse_page("640x360", 32), timeline_of(atlas, spec.years), style, f.year, f.progress);
    });

    const Projection projection = Projection::from_definition(map.base.projection);
    std::vector<PagePt> at;
    for (const LonLat& p : points_inside(find_region(atlas, change.region_id)->geometry))
        at.push_back(map.base.frame.to_page(projection.forward(p)));
    ASSERT_GT(at.size(), 20u) << change.region_id;
    const Colour before = polity_colour(style, find_polity(atlas, change.from_polity)->colour_key);
    const Colour after = polity_colour(style, find_polity(atlas, change.to_polity)->colour_key);
    const RasterImage last_of_before = read_frame(dir, 1);  // year - 1, progress 1
    const RasterImage last_of_year = read_frame(dir, 3);    // year, progress 1
    EXPECT_GT(share_like(last_of_before, at, map.base.page.px_per_pt, before, after, style), 0.7)
        << change.region_id << " in " << year - 1;
    EXPECT_GT(share_like(last_of_year, at, map.base.page.px_per_pt, after, before, style), 0.7)
        << change.region_id << " in " << year;
    // Half-way through the year the region is between the two states: fewer samples look
    // like the new holder than at the year's end.
    EXPECT_LT(share_like(read_frame(dir, 2), at, map.base.page.px_per_pt, after, before, style),
              share_like(last_of_year, at, map.base.page.px_per_pt, after, before, style));
}

// The years of a run are prepared on several threads at once: each comes out as it does when
// prepared alone, in its own place.
TEST(AnimateYears, EveryYearOfARunIsTheYearPreparedAlone) {
    const Atlas* loaded = project_atlas();
    if (!loaded)
        GTEST_SKIP() << "no history data";
    const Atlas& atlas = *loaded;
    const Style style = load_style(resolve_style_path("slides"));
    MapSpec run;
    run.years = {1640, 1653};
    run.page = page_above_timeline(parse_page("640x360", 32), style);
    run.relief = false;
    const MapPlan plan = plan_map(atlas, run, style);
    const PreparedMap all = prepare_map(atlas, plan, run, style, Basemap{}, nullptr, nullptr);
    ASSERT_EQ(all.years.size(), 14u);
    std::set<std::string> distinct;
    for (int year = run.years.first; year <= run.years.last; ++year) {
        MapSpec one = run;
        one.years = {year, year};
        const PreparedMap alone = prepare_map(atlas, plan, one, style, Basemap{}, nullptr, nullptr);
        ASSERT_EQ(alone.years.count(year), 1u);
        const std::string expected = drawn(alone.years.at(year));
        EXPECT_EQ(drawn(all.years.at(year)), expected) << year;
        distinct.insert(expected);
    }
    EXPECT_GT(distinct.size(), 5u) << "the years of the run hardly differ: a weak test";
}

// On a small page the list of a year's numbered events keeps clear of the names that stay on
// every frame (towns, rivers, passes): they were placed before it and cannot move.
TEST(AnimateYears, TheEventListHidesNoFixedNameAt800x600) {
    const Atlas* loaded = project_atlas();
    if (!loaded)
        GTEST_SKIP() << "no history data";
    const Atlas& atlas = *loaded;
    const Style style = load_style(resolve_style_path("slides"));
    MapSpec run;
    run.years = {1635, 1697};
    run.page = page_above_timeline(styled_page("800x600", 0, style), style);
    run.relief = false;
    run.run = true;
    const MapPlan plan = plan_map(atlas, run, style);
    const Basemap basemap =
        load_natural_earth(std::string(CM_SOURCE_DIR) + "/geodata/basemap", plan.window);
    const PreparedMap prepared = prepare_map(atlas, plan, run, style, basemap, nullptr, nullptr);
    int listed = 0;
    for (const auto& [year, layers] : prepared.years) {
        if (layers.event_list.lines.empty())
            continue;
        ++listed;
        for (const PlacedLabel& name : prepared.base.labels)
            for (const PageBox& b : name.boxes)
                EXPECT_FALSE(layers.event_list.box.intersects(b))
                    << year << ": the list hides " << name.id;
    }
    EXPECT_GE(listed, 3) << "too few years with a list: a weak test";
}
