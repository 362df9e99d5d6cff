// The same inputs give the same route geometry: two independent runs (the data, the heights
// and the legs' courses loaded and computed afresh for each) draw every leg of both demo wars'
// maps, in both styles, on a slide and on A4, to the same bytes. Skips without ETOPO5 (package
// ferret-datasets).

#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/relief_loader.hpp"
#include "geodata/routing/courses.hpp"
#include "render/canvas/fonts.hpp"
#include "render/layers/route_geometry.hpp"
#include "render/scene/compose_map.hpp"
#include "render/style/style_loader.hpp"

namespace cm {
namespace {

void append(std::string& bytes, PagePt p) {
    char raw[2 * sizeof(double)];
    std::memcpy(raw, &p.x, sizeof(double));
    std::memcpy(raw + sizeof(double), &p.y, sizeof(double));
    bytes.append(raw, sizeof raw);
}

/// Every leg of @p map as drawn, one after another: its name, its points, its curve and its
/// arrowhead, as the doubles' bytes.
std::string drawn_bytes(const PageMap& map, const Style& style) {
    std::string bytes;
    for (const PageRoute& r : map.routes) {
        bytes += r.route.campaign_id + "/" + std::to_string(r.route.leg) + ":" +
                 std::to_string(r.points.size()) + ";";
        for (const PagePt& p : r.points)
            append(bytes, p);
        const RouteShape shape = route_shape(r.points, r.width_pt, style.routes);
        for (const Bezier& b : shape.body)
            for (const PagePt& p : {b.p0, b.c1, b.c2, b.p3})
                append(bytes, p);
        for (const PagePt& p : {shape.tip, shape.left, shape.right})
            append(bytes, p);
    }
    return bytes;
}

/// One whole run from the files: the atlas, the war's heights and courses, and each map.
std::vector<std::string> run_once() {
    pin_fonts();
    const Atlas atlas = load_atlas(std::string(CM_SOURCE_DIR) + "/geodata");
    std::vector<std::string> out;
    for (const War& war : atlas.wars) {
        const Bounds window = terrain_window(atlas, war.years);
        const ElevationGrid grid =
            load_elevation(default_relief_path(), window, terrain_grid_size(window));
        for (const char* style_name : {"slides", "publication"})
            for (const auto& [page, dpi] :
                 {std::pair{"slide", 96}, std::pair{"a4-landscape", 300}}) {
                MapSpec spec;
                spec.years = war.years;
                spec.extent = war.extent;
                spec.page = parse_page(page, dpi);
                spec.relief = false;
                const Style style = load_style(resolve_style_path(style_name));
                MapPlan plan = plan_map(atlas, spec, style);
                attach_courses(plan, route_courses(atlas, war.years, terrain_of(atlas, &grid),
                                                   course_generalise_km(plan, style)));
                const PageMap map =
                    compose_unlabelled_map(plan, spec, style, Basemap{}, nullptr, nullptr);
                out.push_back(drawn_bytes(map, style));
            }
    }
    return out;
}

TEST(RouteDeterminism, TwoRunsDrawEveryLegOfEveryDemoMapToTheSameBytes) {
    if (!std::filesystem::exists(default_relief_path()))
        GTEST_SKIP() << "ETOPO5 (package ferret-datasets) is missing";
    const std::vector<std::string> first = run_once();
    const std::vector<std::string> second = run_once();
    ASSERT_EQ(first.size(), 8u);
    ASSERT_EQ(second.size(), first.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        EXPECT_GT(first[i].size(), 1000u) << "map " << i << " draws almost no legs";
        EXPECT_TRUE(first[i] == second[i]) << "map " << i << " differs between the runs";
    }
}

}  // namespace
}  // namespace cm
