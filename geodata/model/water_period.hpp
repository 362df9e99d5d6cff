#pragma once

// Which water a map shows for its year. Natural Earth draws today's lakes: its reservoirs
// (featurecla "Reservoir") were filled in the 20th century and its Aral Sea is the shrunken
// one. A map of a year before kModernWaterYear draws no reservoir, the historic lakes instead
// of the modern ones they cover, and the natural lakes that Natural Earth files as reservoirs
// because a dam raised them (Lake Zaysan, raised by the Bukhtarma dam) at their natural
// extent where a source gives it.

#include <limits>
#include <string>
#include <vector>

#include "geodata/model/geometry.hpp"

namespace cm {

/// Maps of this year and later draw today's water.
inline constexpr int kModernWaterYear = 1950;

/// A natural lake that a dam enlarged, which Natural Earth files as a reservoir.
struct DammedLake {
    std::string name;                ///< Natural Earth's name, e.g. "Lake Zaysan"
    std::string dam;                 ///< e.g. "Bukhtarma (1960)", for the record
    PolygonGeometry natural_extent;  ///< before the dam; empty: Natural Earth's extent is kept
};

struct WaterPeriod {
    int year = std::numeric_limits<int>::max();  ///< the map's last year; default: today
    std::vector<DammedLake> dammed_lakes;

    bool modern() const { return year >= kModernWaterYear; }
};

}  // namespace cm
