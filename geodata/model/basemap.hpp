#pragma once

// The physical background of a map: land, lakes and rivers, cut to the map's window, with the
// names of the data sources for the credits line.

#include <string>
#include <vector>

#include "geodata/model/geometry.hpp"

namespace cm {

struct Basemap {
    PolygonGeometry land;
    PolygonGeometry lakes;
    struct River {
        std::string name;
        /// Natural Earth's scalerank: 0 for the largest rivers, larger for smaller ones.
        int rank = 0;
        MultiLineGeometry line;
    };
    std::vector<River> rivers;
    /// Natural Earth's (land, lakes, rivers), not GSHHS's shorelines alone.
    bool natural_earth = false;
    /// One short line per source used, e.g. "GSHHS 2.3.x (Wessel & Smith)".
    std::vector<std::string> credits;
    /// What the user should hear about how it was read, one line each (e.g. a damaged cached
    /// copy rebuilt from its source); empty as a rule.
    std::vector<std::string> notes;
};

}  // namespace cm
