#include "render/scene/compose_map.hpp"

#include <algorithm>
#include <cmath>

#include "render/layers/locator.hpp"
#include "render/layers/relief.hpp"
#include "render/project/densify.hpp"
#include "render/project/orientation.hpp"
#include "render/project/projecting.hpp"
#include "render/project/scale.hpp"
#include "render/scene/build_scene.hpp"
#include "render/scene/generalise_page.hpp"
#include "render/scene/label_requests.hpp"
#include "render/scene/legend_panel.hpp"
#include "render/scene/project_basemap.hpp"
#include "render/scene/project_scene.hpp"

namespace cm {
namespace {

/// 1:N of a map whose scale is @p km_per_pt (0 when it has none).
double scale_denominator(double km_per_pt) {
    return km_per_pt * 1e6 / (25.4 / 72.0);
}

/// The relief's shading for @p basemap: over a basemap with land, the basemap's shoreline says
/// where the sea is (draw_land fills it), so the relief tints every height as land and draws no
/// second shore of its own (ETOPO5's Caspian at -30 m is not Natural Earth's).
ReliefStyle relief_shading(ReliefStyle shading, const Basemap& basemap) {
    constexpr double kBelowEveryDepthM = -100'000.0;  // still above the grid's "no data"
    if (!basemap.land.polygons.empty())
        shading.sea_floor_below_m = kBelowEveryDepthM;
    return shading;
}

/// A plate carrée inset: @p ll to the locator box, x shrunk by the cosine of its middle.
PagePt inset_point(const LonLat& ll, const Bounds& area, const PageBox& box) {
    const double k = std::cos((area.south + area.north) / 2.0 * M_PI / 180.0);
    const double w = (area.east - area.west) * k, h = area.north - area.south;
    const double s = std::min(box.width() / w, box.height() / h);
    const double cx = (box.x0 + box.x1) / 2, cy = (box.y0 + box.y1) / 2;
    const double mx = (area.west + area.east) / 2, my = (area.south + area.north) / 2;
    return {cx + (ll.lon - mx) * k * s, cy - (ll.lat - my) * s};
}

/// Across the antimeridian the area runs on past 180, and land beyond it (read as -180..)
/// follows it there: @returns 360 for a ring wholly in the part of the world the area reaches
/// round the back, 0 otherwise. Whole rings move, so none is torn across the inset.
double ring_turn(const Ring& ring, const Bounds& area) {
    if (ring.empty() || area.east <= 180.0)
        return 0.0;
    const double middle = (area.west + area.east) / 2.0;
    for (const LonLat& p : ring)
        if (p.lon > middle - 180.0)
            return 0.0;
    return 360.0;
}

void add_locator(PageMap& map, const Style& style, const Basemap& locator) {
    map.locator_box = locator_box_of(map.frame.map_box, style);
    const Bounds area = grow(map.extent, 1.2);
    for (const Polygon& polygon : locator.land.polygons) {
        PageShape shape;
        for (const Ring& ring : polygon.rings) {
            const double turn = ring_turn(ring, area);
            std::vector<PagePt> r;
            for (const LonLat& p : ring)
                r.push_back(inset_point({p.lon + turn, p.lat}, area, map.locator_box));
            shape.rings.push_back(std::move(r));
        }
        map.locator_land.push_back(std::move(shape));
    }
    const Bounds& e = map.extent;
    std::vector<PagePt> outline;
    for (const LonLat& p : densify({{e.west, e.south},
                                    {e.west, e.north},
                                    {e.east, e.north},
                                    {e.east, e.south},
                                    {e.west, e.south}},
                                   1.0))
        outline.push_back(inset_point(p, area, map.locator_box));
    map.locator_extent.rings.push_back(std::move(outline));
}

}  // namespace

MapPlan plan_map(const Atlas& atlas, const MapSpec& spec, const Style& style) {
    Scene scene = build_scene(atlas, spec);
    const Bounds extent = extent_of(scene, spec);
    Projection projection = projection_of(spec, extent);
    const PageBox full = map_box_of(spec.page, style);
    PageFrame frame = fit_frame(projection, extent, full);
    require_orientation(projection, extent);
    const PageBox panel = plan_legend_panel(scene, spec, style, projection, frame);
    if (panel.width() > 0)
        frame = fit_frame(projection, extent, beside_panel(full, panel));
    const Bounds window = visible_extent(projection, frame);
    return MapPlan{std::move(scene), extent, std::move(projection), frame, window, panel, nullptr};
}

PageMap compose_unlabelled_map(const MapPlan& plan, const MapSpec& spec, const Style& style,
                               const Basemap& basemap, const ElevationGrid* relief,
                               const Basemap* locator) {
    PageMap map = project_scene(plan.scene, spec, style, plan.projection, plan.frame);
    map.legend_panel = plan.legend_panel;
    const detail::PageProjector to_page(plan.projection, map.frame, grow(map.extent, 0.05));
    map.km_per_pt = scale_at_centre(plan.projection, map.frame);
    detail::add_basemap(map, to_page, basemap, style, scale_denominator(map.km_per_pt));
    detail::generalise_history(map, detail::page_nodes(to_page, plan.scene.borders, basemap));
    detail::mark_basemap_water(map, plan.scene, basemap);
    detail::mark_basemap_rivers(map, plan.scene, basemap);
    if (relief && spec.relief && style.relief.enabled)
        map.relief = std::make_shared<const RasterImage>(
            shade_relief(*relief, plan.projection, map.frame, spec.page.px_per_pt,
                         relief_shading(style.relief.shading, basemap)));
    if (locator && style.furniture.locator)
        add_locator(map, style, *locator);
    return map;
}

PageMap compose_map(const MapPlan& plan, const MapSpec& spec, const Style& style,
                    const Basemap& basemap, const ElevationGrid* relief, const Basemap* locator) {
    PageMap map = compose_unlabelled_map(plan, spec, style, basemap, relief, locator);
    place_map_labels(map, style);
    return map;
}

}  // namespace cm
