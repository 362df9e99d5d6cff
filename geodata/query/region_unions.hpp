#pragma once

// The unions of sets of regions, each set's computed once: an animation asks for a polity's
// land year after year, and most years it holds what it held the year before.

#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "geodata/model/atlas.hpp"

namespace cm {

/// Remembered unions of region sets; one may be shared by threads working on one atlas.
class RegionUnions {
  public:
    /// @returns union_of_regions() @p regions of @p atlas, computed at the first call for this
    /// list of regions (in this order) and remembered for the later ones (of the same atlas).
    PolygonGeometry of(const Atlas& atlas, const std::vector<const Region*>& regions);

  private:
    std::mutex m_mutex;
    std::map<std::vector<std::string>, PolygonGeometry> m_unions;
};

}  // namespace cm
