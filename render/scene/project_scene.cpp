#include "render/scene/project_scene.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "geodata/model/error.hpp"

#include "render/layers/route_course.hpp"
#include "render/layers/route_geometry.hpp"
#include "render/project/densify.hpp"
#include "render/project/projecting.hpp"
#include "render/scene/graticule_lines.hpp"

namespace cm {
namespace {

constexpr double kExtentMargin = 0.12;
/// Narrowest map box, in points (1 cm), that a page may leave for the map.
constexpr double kMinMapPt = 10.0 * kPtPerMm;

std::vector<PageArea> project_territories(const detail::PageProjector& to_page,
                                          const std::vector<SceneTerritory>& territories) {
    std::vector<PageArea> out;
    for (const SceneTerritory& t : territories) {
        PageArea a;
        a.id = t.polity_id, a.name = t.polity_name, a.colour_key = t.colour_key;
        a.certainty = t.certainty;
        a.shape = to_page.shape(t.geometry);
        a.label_at = detail::label_point(a.shape);
        if (!a.shape.rings.empty())
            out.push_back(std::move(a));
    }
    return out;
}

std::vector<PageBorder> project_borders(const detail::PageProjector& to_page,
                                        const std::vector<SceneBorder>& borders) {
    std::vector<PageBorder> out;
    for (const SceneBorder& b : borders) {
        PageBorder p{b.id, to_page.line(b.line.points), b.certainty, b.left_colour_key,
                     b.right_colour_key};
        if (!p.lines.empty())
            out.push_back(std::move(p));
    }
    return out;
}

std::vector<PageArea> project_changes(const detail::PageProjector& to_page,
                                      const std::vector<SceneChange>& changes) {
    std::vector<PageArea> out;
    for (const SceneChange& c : changes) {
        PageArea a;
        a.id = c.region_id, a.name = c.region_name;
        a.colour_key = c.to_colour_key, a.former_colour_key = c.from_colour_key;
        a.shape = to_page.shape(c.geometry);
        a.label_at = detail::label_point(a.shape);
        if (!a.shape.rings.empty())
            out.push_back(std::move(a));
    }
    return out;
}

/// Room a partly shown sea's name keeps from the frame (a short name at a lake font's size is
/// some 40 pt wide): its label may reach over the shore, not out of the map.
constexpr double kWaterEdgeRoomPt = 22.0;

/// @p p moved, where needed, to at least kWaterEdgeRoomPt inside @p box.
PagePt room_from_edges(PagePt p, const PageBox& box) {
    if (box.width() < 2 * kWaterEdgeRoomPt || box.height() < 2 * kWaterEdgeRoomPt ||
        !box.contains(p))
        return p;
    p.x = std::clamp(p.x, box.x0 + kWaterEdgeRoomPt, box.x1 - kWaterEdgeRoomPt);
    p.y = std::clamp(p.y, box.y0 + kWaterEdgeRoomPt / 2, box.y1 - kWaterEdgeRoomPt / 2);
    return p;
}

void project_feature(const detail::PageProjector& to_page, const SceneFeature& f, PageMap& map) {
    if (f.type == PlaceType::river) {
        PageLine river{f.id, f.name, f.rank, {}};
        if (const auto* l = std::get_if<LineGeometry>(&f.geometry))
            river.lines = to_page.line(l->points);
        if (const auto* ml = std::get_if<MultiLineGeometry>(&f.geometry))
            for (const auto& part : ml->lines)
                for (auto& piece : to_page.line(part))
                    river.lines.push_back(std::move(piece));
        if (!river.lines.empty())
            map.rivers.push_back(std::move(river));
        return;
    }
    PageArea area;
    area.id = f.id, area.name = f.name;
    if (const auto* pg = std::get_if<PolygonGeometry>(&f.geometry)) {
        area.shape = to_page.shape(*pg);
        area.label_at = detail::label_point(area.shape);
    } else if (auto at = to_page.point(anchor_of(f.geometry))) {
        area.label_at = *at;
    } else {
        return;
    }
    const bool water = f.type == PlaceType::lake || f.type == PlaceType::sea;
    if (water && !map.frame.map_box.contains(area.label_at))  // partly shown: name what shows
        area.label_at =
            room_from_edges(detail::label_point(detail::clip_to_box(area.shape, map.frame.map_box)),
                            map.frame.map_box);
    if (!map.frame.map_box.contains(area.label_at))
        return;
    (water ? map.water : map.regions).push_back(std::move(area));
}

std::vector<PagePlace> project_settlements(const detail::PageProjector& to_page, const Scene& scene,
                                           const PageBox& box) {
    std::vector<PagePlace> out;
    auto involved = [&](const std::string& id) {
        for (const SceneEvent& e : scene.events)
            if (e.place_id == id)
                return true;
        for (const SceneRoute& r : scene.routes)
            for (const std::string& p : r.place_ids)
                if (p == id)
                    return true;
        return false;
    };
    for (const SceneFeature& s : scene.settlements) {
        auto at = to_page.point(anchor_of(s.geometry));
        if (at && box.contains(*at))
            out.push_back(PagePlace{s.id, s.name, *at, involved(s.id)});
    }
    return out;
}

std::vector<PageEvent> project_events(const detail::PageProjector& to_page, const Scene& scene) {
    std::vector<PageEvent> out;
    for (const SceneEvent& e : scene.events)
        if (auto at = to_page.point(e.at))
            out.push_back(PageEvent{e, *at});
    return out;
}

}  // namespace

PageBox map_box_of(const PageSize& page, const Style& style) {
    const double m = style.page.margin_mm * kPtPerMm;
    const PageBox box{m, m + style.page.header_mm * kPtPerMm, page.width_pt - m,
                      page.height_pt - m - style.page.footer_mm * kPtPerMm};
    if (!(box.width() >= kMinMapPt && box.height() >= kMinMapPt))
        throw RenderError("the page is too small for the style's margins, header and footer: " +
                          std::to_string(std::lround(box.width() / kPtPerMm)) + " x " +
                          std::to_string(std::lround(box.height() / kPtPerMm)) +
                          " mm would be left for the map");
    return box;
}

Bounds extent_of(const Bounds& involved, const MapSpec& spec) {
    if (spec.extent)
        return *spec.extent;
    const Bounds& b = involved;
    return auto_extent({{b.west, b.south}, {b.east, b.north}}, kExtentMargin);
}

Bounds extent_of(const Scene& scene, const MapSpec& spec) {
    return extent_of(scene.involved, spec);
}

Projection projection_of(const MapSpec& spec, const Bounds& extent) {
    if (spec.projection.empty() || spec.projection == "auto")
        return Projection::from_definition(fit_conic(extent));
    return Projection::from_definition(spec.projection);
}

PageMap project_scene(const Scene& scene, const MapSpec& spec, const Style& style,
                      const Projection& projection, const PageFrame& frame) {
    PageMap map;
    map.page = spec.page;
    map.scene = scene;
    map.projection = projection.definition();
    map.frame = frame;
    map.extent = visible_extent(projection, map.frame);
    const detail::PageProjector to_page(projection, map.frame, grow(map.extent, 0.05));
    map.territories = project_territories(to_page, scene.territories);
    map.borders = project_borders(to_page, scene.borders);
    map.changes = project_changes(to_page, scene.changes);
    for (const SceneFeature& f : scene.features)
        project_feature(to_page, f, map);
    map.settlements = project_settlements(to_page, scene, map.frame.map_box);
    map.events = project_events(to_page, scene);
    map.routes = project_routes(scene.routes, style.routes, to_page);
    stop_routes_short(map.routes, map.events, map.settlements, style);
    map.graticule = graticule_lines(to_page, map.extent);
    if (map.extent.west < -180.0 || map.extent.east > 180.0) {
        const double seam = map.extent.east > 180.0 ? 180.0 : -180.0;
        map.seams = to_page.line({{seam, map.extent.south}, {seam, map.extent.north}});
    }
    return map;
}

}  // namespace cm
