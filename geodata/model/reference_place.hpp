#pragma once

// A place of a reference gazetteer (the shipped Natural Earth extract): where the geocoder
// looks for candidate locations of names its own gazetteer lacks.

#include <string>
#include <vector>

#include "geometry.hpp"

namespace cm {

struct ReferencePlace {
    std::string name;                ///< as the reference spells it ("Shymkent")
    std::vector<std::string> names;  ///< every spelling it gives, name first (Latin, Russian)
    std::string kind;                ///< "populated place", "mountain", "desert", ...
    std::string source;              ///< "Natural Earth populated places"
    std::string country;             ///< when the reference states one
    LonLat at;                       ///< the point, or a region's centroid
    Geometry shape;                  ///< the point, or a region's polygons
};

}  // namespace cm
