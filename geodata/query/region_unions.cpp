#include "geodata/query/region_unions.hpp"

#include "geodata/query/border_union.hpp"

namespace cm {

PolygonGeometry RegionUnions::of(const Atlas& atlas, const std::vector<const Region*>& regions) {
    std::vector<std::string> key;
    for (const Region* r : regions)
        key.push_back(r->id);
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (auto it = m_unions.find(key); it != m_unions.end())
            return it->second;
    }
    // Computed unlocked, so that threads wanting other sets wait for nobody; two threads
    // wanting the same set at once compute the same union, and the first one is kept.
    PolygonGeometry merged = union_of_regions(atlas, regions);
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_unions.emplace(std::move(key), std::move(merged)).first->second;
}

}  // namespace cm
