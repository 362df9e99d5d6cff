// Regions as the faces of the borders (declared in region_faces.hpp).

#include <cstddef>

#include "geodata/model/error.hpp"

#include "geodata/io/ogr.hpp"
#include "geodata/io/region_faces.hpp"

namespace cm {
namespace {

/// The region whose face holds @p p, or "".
std::string region_at(const std::vector<Region>& regions, const std::vector<Bounds>& boxes,
                      const LonLat& p) {
    for (std::size_t i = 0; i < regions.size(); ++i) {
        const Bounds& b = boxes[i];
        if (b.empty || p.lon < b.west || p.lon > b.east || p.lat < b.south || p.lat > b.north)
            continue;
        if (polygons_contain(regions[i].geometry, p))
            return regions[i].id;
    }
    return {};
}

void set_sides(Atlas& atlas) {
    std::vector<Bounds> boxes;
    for (const Region& r : atlas.regions)
        boxes.push_back(bounds_of(Geometry{r.geometry}));
    for (Border& b : atlas.borders) {
        const auto [left, right] = beside_longest_step(b.line.points);
        b.left_region = region_at(atlas.regions, boxes, left);
        b.right_region = region_at(atlas.regions, boxes, right);
    }
}

}  // namespace

std::vector<Polygon> border_faces(const std::vector<Border>& borders) {
    OGRGeometryCollection lines;
    for (const Border& b : borders)
        lines.addGeometryDirectly(ogr::to_ogr(Geometry{b.line}).release());
    const ogr::GeometryPtr faces(lines.Polygonize());
    if (!faces)  // GDAL built without GEOS, or GEOS failed on the lines
        throw DataError("history/borders.geojson", "",
                        "the borders could not be polygonised (GDAL needs GEOS for this)");
    return ogr::to_polygons(*faces).polygons;
}

void build_regions(Atlas& atlas) {
    atlas.faces = border_faces(atlas.borders);
    const std::vector<Polygon>& faces = atlas.faces;
    std::vector<bool> taken(faces.size(), false);
    for (Region& region : atlas.regions) {
        region.geometry = {};
        for (std::size_t f = 0; f < faces.size(); ++f)
            if (!taken[f] && polygon_contains(faces[f], region.at)) {
                region.geometry.polygons.push_back(faces[f]);
                taken[f] = true;
                break;
            }
    }
    set_sides(atlas);
}

}  // namespace cm
