#pragma once

#include <string>
#include <vector>

#include "geometry.hpp"
#include "place.hpp"
#include "years.hpp"

namespace cm {

/// A tile of the map that changes hands as a whole (Jetisu, Tarbagatai, Syr Darya towns...).
/// Regions never overlap; a polity's territory in a year is the union of its regions.
struct Region {
    std::string id;
    std::string name;
    PolygonGeometry geometry;
    std::string note;
    std::string source;
};

/// Who holds a region over a span of years.
struct Control {
    std::string region_id;
    std::string polity_id;
    YearRange years;
    Certainty certainty = Certainty::exact;
    std::string note;
    std::string source;
};

/// A polity's land in one year.
struct Territory {
    std::string polity_id;
    PolygonGeometry geometry;                ///< union of its regions, valid
    Certainty certainty = Certainty::exact;  ///< the weakest certainty of its regions
    std::vector<std::string> region_ids;
};

/// A region that changed hands between two consecutive years.
struct RegionChange {
    std::string region_id;
    std::string from_polity;  ///< empty when nobody held it before
    std::string to_polity;    ///< empty when nobody holds it after
    int year = 0;             ///< the year of the new state
};

}  // namespace cm
