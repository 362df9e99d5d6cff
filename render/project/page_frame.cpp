#include "render/project/page_frame.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "geodata/model/error.hpp"
#include "render/project/densify.hpp"

namespace cm {

namespace {

/// The extent's outline, each edge with vertices every 0.25°.
std::vector<LonLat> outline_of(const Bounds& e) {
    const std::vector<LonLat> corners = {{e.west, e.south},
                                         {e.east, e.south},
                                         {e.east, e.north},
                                         {e.west, e.north},
                                         {e.west, e.south}};
    return densify(corners, 0.25);
}

}  // namespace

PageFrame fit_frame(const Projection& projection, const Bounds& extent, const PageBox& map_box) {
    if (extent.empty || !(extent.east > extent.west) || !(extent.north > extent.south))
        throw RenderError("the map extent is empty or degenerate");
    double min_x = std::numeric_limits<double>::infinity();
    double min_y = min_x;
    double max_x = -min_x;
    double max_y = -min_x;
    for (const MapXY& p : projection.forward(outline_of(extent))) {
        min_x = std::min(min_x, p.x);
        max_x = std::max(max_x, p.x);
        min_y = std::min(min_y, p.y);
        max_y = std::max(max_y, p.y);
    }
    const double width_m = max_x - min_x;
    const double height_m = max_y - min_y;
    if (!(width_m > 0.0) || !(height_m > 0.0))
        throw RenderError("projection '" + projection.definition() +
                          "' maps the extent to a line or a point");
    PageFrame frame;
    frame.map_box = map_box;
    frame.pt_per_m = std::min(map_box.width() / width_m, map_box.height() / height_m);
    const double half_w = map_box.width() / frame.pt_per_m / 2.0;
    const double half_h = map_box.height() / frame.pt_per_m / 2.0;
    const MapXY centre{(min_x + max_x) / 2.0, (min_y + max_y) / 2.0};
    frame.min = {centre.x - half_w, centre.y - half_h};
    frame.max = {centre.x + half_w, centre.y + half_h};
    return frame;
}

Bounds auto_extent(const std::vector<LonLat>& places, double margin_fraction) {
    if (places.empty())
        throw UsageError("no places to fit the map extent to");
    Bounds b;
    for (const LonLat& p : places)
        b.extend(p);
    constexpr double kMinSpanDeg = 1.0;
    const double mid_lon = (b.west + b.east) / 2.0;
    const double mid_lat = (b.south + b.north) / 2.0;
    const double half_lon = std::max(b.east - b.west, kMinSpanDeg) / 2.0;
    const double half_lat = std::max(b.north - b.south, kMinSpanDeg) / 2.0;
    Bounds spanned{mid_lon - half_lon, mid_lat - half_lat, mid_lon + half_lon, mid_lat + half_lat,
                   false};
    Bounds out = grow(spanned, margin_fraction);
    out.south = std::max(out.south, -89.0);
    out.north = std::min(out.north, 89.0);
    return out;
}

namespace {

/// @p lon moved by whole turns to within half a turn of @p reference.
double near_lon(double lon, double reference) {
    if (!std::isfinite(lon) || !std::isfinite(reference))
        return lon;
    return reference + std::remainder(lon - reference, 360.0);  // no loop for huge values
}

}  // namespace

Bounds visible_extent(const Projection& projection, const PageFrame& frame) {
    constexpr int kSteps = 32;
    // Longitudes are taken in one run around the centre's, so that a map across the
    // antimeridian sees 170..190, not -180..180.
    const auto centre =
        projection.inverse({(frame.min.x + frame.max.x) / 2.0, (frame.min.y + frame.max.y) / 2.0});
    const double reference = centre ? centre->lon : 0.0;
    Bounds b;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = static_cast<double>(i) / kSteps;
        const double x = frame.min.x + (frame.max.x - frame.min.x) * t;
        const double y = frame.min.y + (frame.max.y - frame.min.y) * t;
        for (const MapXY& p : {MapXY{x, frame.min.y}, MapXY{x, frame.max.y}, MapXY{frame.min.x, y},
                               MapXY{frame.max.x, y}}) {
            if (const auto q = projection.inverse(p))
                b.extend(LonLat{near_lon(q->lon, reference), q->lat});
        }
    }
    if (b.empty)
        throw RenderError("projection '" + projection.definition() +
                          "': no point of the map frame has a longitude and latitude");
    return b;
}

}  // namespace cm
