#include "render/scene/project_basemap.hpp"

#include <algorithm>
#include <cmath>

#include "geodata/model/geometry.hpp"
#include "render/scene/generalise_page.hpp"

namespace cm::detail {
namespace {

constexpr double kFullRankAt10M = 8.0;

double shape_area(const std::vector<std::vector<PagePt>>& rings) {
    double total = 0.0;  // outer rings and holes wind oppositely once closed: signed sum
    for (const auto& ring : rings) {
        double a = 0.0;
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
            a += (ring[j].x + ring[i].x) * (ring[j].y - ring[i].y);
        total += a / 2.0;
    }
    return std::abs(total);
}

/// Each lake polygon of @p lakes on the page, without those under @p min_pt2.
PageShape readable_lakes(const PageProjector& to_page, const PolygonGeometry& lakes,
                         double min_pt2) {
    PageShape out;
    for (const Polygon& lake : lakes.polygons) {
        PageShape shape = to_page.shape(PolygonGeometry{{lake}});
        if (shape.rings.empty() || shape_area(shape.rings) < min_pt2)
            continue;
        for (auto& ring : shape.rings)
            out.rings.push_back(std::move(ring));
    }
    return out;
}

/// A point inside @p ring: the middle of the widest span of the parallel through the middle
/// of its latitudes (the centre of the box may lie outside, as for a crescent).
LonLat inner_point(const Ring& ring) {
    Bounds b;
    for (const LonLat& p : ring)
        b.extend(p);
    const double lat = (b.south + b.north) / 2.0;
    std::vector<double> crossings;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const LonLat& a = ring[i];
        const LonLat& c = ring[j];
        if ((a.lat > lat) != (c.lat > lat))
            crossings.push_back(a.lon + (c.lon - a.lon) * (lat - a.lat) / (c.lat - a.lat));
    }
    std::sort(crossings.begin(), crossings.end());
    LonLat best{(b.west + b.east) / 2.0, lat};
    double widest = -1.0;
    for (std::size_t i = 0; i + 1 < crossings.size(); i += 2)
        if (crossings[i + 1] - crossings[i] > widest) {
            widest = crossings[i + 1] - crossings[i];
            best = {(crossings[i] + crossings[i + 1]) / 2.0, lat};
        }
    return best;
}

const SceneFeature* feature_of(const Scene& scene, const std::string& id) {
    for (const SceneFeature& f : scene.features)
        if (f.id == id)
            return &f;
    return nullptr;
}

}  // namespace

double river_opacity(int scalerank, double denominator) {
    if (!(denominator > 0.0))
        return 1.0;
    const double full = kFullRankAt10M + 2.0 * std::log2(10e6 / denominator);
    return std::clamp(full + 1.0 - scalerank, 0.0, 1.0);
}

int river_width_class(int scalerank) {
    return std::clamp(scalerank / 3, 0, 3);
}

void add_basemap(PageMap& map, const PageProjector& to_page, const Basemap& basemap,
                 const Style& style, double denominator) {
    const PageNodes nodes = page_nodes(to_page, map.scene.borders, basemap);
    const double tolerance = generalise_tolerance_pt(map.page);
    map.land = to_page.shape(basemap.land);
    generalise_shape(map.land, nodes, tolerance);
    map.lakes =
        readable_lakes(to_page, basemap.lakes, style.basemap.lake_min_mm2 * kPtPerMm * kPtPerMm);
    generalise_shape(map.lakes, nodes, tolerance);
    for (const Basemap::River& r : basemap.rivers) {
        const double opacity = river_opacity(r.rank, denominator);
        if (opacity <= 0.0)
            continue;
        PageLine river{"ne:" + r.name, r.name, river_width_class(r.rank), {}};
        river.opacity = opacity;
        river.labelled = false;  // names come from the gazetteer
        for (const auto& part : r.line.lines)
            for (auto& piece : to_page.line(part))
                river.lines.push_back(std::move(piece));
        generalise_lines(river.lines, nodes, tolerance);
        if (!river.lines.empty())
            map.rivers.push_back(std::move(river));
    }
    map.basemap_credits = basemap.credits;
}

void mark_basemap_water(PageMap& map, const Scene& scene, const Basemap& basemap) {
    if (basemap.land.polygons.empty())
        return;
    for (PageArea& water : map.water) {
        const SceneFeature* f = feature_of(scene, water.id);
        const auto* outline = f ? std::get_if<PolygonGeometry>(&f->geometry) : nullptr;
        if (!outline || outline->polygons.empty() || outline->polygons[0].rings.empty())
            continue;
        const LonLat p = inner_point(outline->polygons[0].rings[0]);
        water.label_only = polygons_contain(basemap.lakes, p) || !polygons_contain(basemap.land, p);
    }
}

void mark_basemap_rivers(PageMap& map, const Scene& scene, const Basemap& basemap) {
    if (!basemap.natural_earth)
        return;
    for (PageLine& river : map.rivers) {
        const SceneFeature* f = feature_of(scene, river.id);
        if (f && f->basemap_course)
            river.stroked = false;
    }
}

}  // namespace cm::detail
