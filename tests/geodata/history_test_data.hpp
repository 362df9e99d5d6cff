#pragma once

// The project's history with the test gazetteer (tests/fixtures/history/gazetteer.geojson,
// which holds every place id the history uses), loaded once per test binary.

#include <string>

#include "geodata/io/gazetteer_loader.hpp"
#include "geodata/io/history_loader.hpp"
#include "geodata/model/atlas.hpp"

namespace cm::test {

inline const std::string& history_dir() {
    static const std::string dir = std::string(CM_SOURCE_DIR) + "/geodata/history";
    return dir;
}

inline const Atlas& project_atlas() {
    static const Atlas atlas = [] {
        Atlas a;
        a.places = load_gazetteer(std::string(CM_TEST_FIXTURES) + "/history/gazetteer.geojson");
        load_history(history_dir(), a);
        return a;
    }();
    return atlas;
}

/// A place with a point geometry.
inline Place point_place(const std::string& id, double lon, double lat) {
    Place p;
    p.id = id;
    p.name = id;
    p.geometry = PointGeometry{{lon, lat}};
    return p;
}

/// A square region [lon, lon + size] x [lat, lat + size].
inline Region square_region(const std::string& id, double lon, double lat, double size = 1.0) {
    Region r;
    r.id = id;
    r.name = id;
    r.geometry.polygons.push_back({{{{lon, lat},
                                     {lon + size, lat},
                                     {lon + size, lat + size},
                                     {lon, lat + size},
                                     {lon, lat}}}});
    return r;
}

}  // namespace cm::test
