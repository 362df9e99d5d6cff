#include "render/project/scale.hpp"

#include <algorithm>
#include <cmath>

#include <geodesic.h>

#include "geodata/model/error.hpp"

namespace cm {

double geodesic_km(const LonLat& a, const LonLat& b) {
    geod_geodesic wgs84{};
    geod_init(&wgs84, 6378137.0, 1.0 / 298.257223563);
    double metres = 0.0;
    geod_inverse(&wgs84, a.lat, a.lon, b.lat, b.lon, &metres, nullptr, nullptr);
    return metres / 1000.0;
}

double scale_at_centre(const Projection& projection, const PageFrame& frame) {
    const PageBox& box = frame.map_box;
    const PagePt centre{(box.x0 + box.x1) / 2.0, (box.y0 + box.y1) / 2.0};
    if (!projection.inverse(frame.to_map(centre)))
        throw RenderError("projection '" + projection.definition() +
                          "': the map's centre has no longitude and latitude");
    // A short stretch of the page's horizontal through the centre, measured on the ground:
    // well defined everywhere, a pole at the centre included (where a parallel is a point).
    const double half_pt = std::max(box.width(), 1.0) / 100.0;
    const auto west = projection.inverse(frame.to_map({centre.x - half_pt, centre.y}));
    const auto east = projection.inverse(frame.to_map({centre.x + half_pt, centre.y}));
    if (!west || !east)
        return 0.0;
    const double km_per_pt = geodesic_km(*west, *east) / (2.0 * half_pt);
    return std::isfinite(km_per_pt) && km_per_pt > 0.0 ? km_per_pt : 0.0;
}

double round_scale_length_km(double max_km) {
    if (!std::isfinite(max_km) || !(max_km > 0.0))
        return 0.0;
    const double power = std::pow(10.0, std::floor(std::log10(max_km)));
    for (const double step : {5.0, 2.0, 1.0})
        if (step * power <= max_km)
            return step * power;
    return power;
}

}  // namespace cm
