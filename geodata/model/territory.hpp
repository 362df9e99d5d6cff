#pragma once

#include <string>
#include <vector>

#include "geometry.hpp"
#include "place.hpp"
#include "years.hpp"

namespace cm {

/// One border segment of borders.geojson, between two nodes where it meets others. Every
/// border is written once; the regions are the faces the segments enclose.
struct Border {
    std::string id;
    LineGeometry line;  ///< after loading: along its `follows` feature where it has one
    Certainty certainty = Certainty::exact;
    std::string follows;  ///< gazetteer id of the river or range it runs along, or empty
    std::string note;
    std::string source;
    /// The regions on its two sides, set when the regions are built (empty: no region there,
    /// as along the dataset's outer frame).
    std::string left_region, right_region;
    double follows_moved_km = 0.0;  ///< how far its ends moved onto `follows` when loaded
};

/// A tile of the map that changes hands as a whole (Jetisu, Tarbagatai, Syr Darya towns...),
/// given by one point inside it; its geometry is the face of the borders around that point.
/// Regions never overlap; a polity's territory in a year is the union of its regions.
struct Region {
    std::string id;
    std::string name;
    PolygonGeometry geometry;  ///< built from the borders (empty when no face holds `at`)
    std::string note;
    std::string source;
    LonLat at;  ///< the point that names the face
};

/// The polity id of a control record whose holder nobody knows (drawn neutral).
inline constexpr const char* kUnknownPolity = "unknown";

/// Who holds a region from a year on, until the region's next record.
struct Control {
    std::string region_id;
    std::string polity_id;  ///< a polity id or kUnknownPolity
    int from = 0;           ///< the first year it holds
    /// The years it holds: from `from` to the year before the region's next record, or to the
    /// end of the history (set when the history is loaded).
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
