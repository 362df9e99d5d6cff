#pragma once

// Borders for atlases that tests build in code from region polygons: every edge of the
// regions' outer rings becomes one border segment (an edge two regions share, once), each
// region's point goes inside its outline, and the regions are rebuilt from the borders as
// the loader builds them.

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "geodata/io/region_faces.hpp"
#include "geodata/model/atlas.hpp"

namespace cm::test {

/// A point inside @p ring (the middle of the first step into it from its bounds' centre line).
inline LonLat point_inside(const Ring& ring) {
    Bounds b;
    for (const LonLat& p : ring)
        b.extend(p);
    const LonLat centre{(b.west + b.east) / 2, (b.south + b.north) / 2};
    if (ring_encloses(ring, centre))
        return centre;
    for (int i = 1; i < 100; ++i) {
        const LonLat p{b.west + (b.east - b.west) * i / 100.0, centre.lat};
        if (ring_encloses(ring, p))
            return p;
    }
    return centre;
}

/// Replaces @p atlas's borders by the edges of its regions' outer rings, then builds the
/// regions from them. @p certainty is every border's.
inline void borders_from_regions(Atlas& atlas, Certainty certainty = Certainty::exact) {
    std::vector<std::pair<LonLat, LonLat>> edges;
    auto less = [](const LonLat& a, const LonLat& b) {
        return a.lon < b.lon || (a.lon == b.lon && a.lat < b.lat);
    };
    for (Region& r : atlas.regions) {
        if (r.geometry.polygons.empty())
            continue;
        const Ring& ring = r.geometry.polygons.front().rings.front();
        r.at = point_inside(ring);
        for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
            auto e = less(ring[i], ring[i + 1]) ? std::pair{ring[i], ring[i + 1]}
                                                : std::pair{ring[i + 1], ring[i]};
            if (std::find(edges.begin(), edges.end(), e) == edges.end())
                edges.push_back(e);
        }
    }
    atlas.borders.clear();
    for (const auto& [a, b] : edges) {
        Border border;
        border.id = "edge-" + std::to_string(atlas.borders.size());
        border.line.points = {a, b};
        border.certainty = certainty;
        border.source = "test";
        atlas.borders.push_back(std::move(border));
    }
    build_regions(atlas);
}

}  // namespace cm::test
