#include "render/project/scale.hpp"

#include <cassert>
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
    const MapXY centre{(frame.min.x + frame.max.x) / 2.0, (frame.min.y + frame.max.y) / 2.0};
    const auto at = projection.inverse(centre);
    if (!at)
        throw RenderError("projection '" + projection.definition() +
                          "': the map's centre has no longitude and latitude");
    constexpr double kHalfStepDeg = 0.25;
    const LonLat west{at->lon - kHalfStepDeg, at->lat};
    const LonLat east{at->lon + kHalfStepDeg, at->lat};
    const PagePt a = frame.to_page(projection.forward(west));
    const PagePt b = frame.to_page(projection.forward(east));
    const double page_pt = std::hypot(b.x - a.x, b.y - a.y);
    return geodesic_km(west, east) / page_pt;
}

double round_scale_length_km(double max_km) {
    assert(max_km > 0.0);
    const double power = std::pow(10.0, std::floor(std::log10(max_km)));
    for (const double step : {5.0, 2.0, 1.0})
        if (step * power <= max_km)
            return step * power;
    return power;
}

}  // namespace cm
