#include "render/scene/graticule_lines.hpp"

#include <algorithm>
#include <cmath>

namespace cm {

double graticule_step_deg(const Bounds& extent) {
    const double span = std::max(extent.east - extent.west, extent.north - extent.south);
    return span > 40.0 ? 10.0 : span > 12.0 ? 5.0 : 2.0;
}

std::vector<GraticuleLine> graticule_lines(const detail::PageProjector& to_page,
                                           const Bounds& extent) {
    std::vector<GraticuleLine> out;
    const double step = graticule_step_deg(extent);
    const Bounds& w = to_page.window();
    auto add = [&](bool meridian, double degrees, const std::vector<LonLat>& line) {
        for (auto& part : to_page.line(line))
            out.push_back({meridian, degrees, std::move(part)});
    };
    for (double lon = std::ceil(w.west / step) * step; lon <= w.east; lon += step)
        add(true, lon, {{lon, w.south}, {lon, w.north}});
    for (double lat = std::ceil(w.south / step) * step; lat <= w.north; lat += step)
        add(false, lat, {{w.west, lat}, {w.east, lat}});
    return out;
}

}  // namespace cm
