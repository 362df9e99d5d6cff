#include "render/cli/series_extent.hpp"

#include "render/scene/build_scene.hpp"
#include "render/scene/project_scene.hpp"

namespace cm::cli {

std::optional<Bounds> series_extent(const Atlas& atlas, const MapSpec& spec) {
    if (spec.is_war_map())
        return std::nullopt;
    for (const War& war : atlas.wars) {
        if (!war.years.contains(spec.years.first))
            continue;
        if (war.extent)
            return war.extent;
        MapSpec war_map = spec;
        war_map.years = war.years;
        war_map.war_id = war.id;
        war_map.extent = std::nullopt;
        return extent_of(involved_in(atlas, war_map), war_map);
    }
    return std::nullopt;
}

}  // namespace cm::cli
