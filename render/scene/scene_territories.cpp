#include "render/scene/scene_territories.hpp"

#include "geodata/query/control.hpp"
#include "geodata/query/territories.hpp"

namespace cm::detail {

std::vector<SceneTerritory> scene_territories(const Atlas& atlas, int year) {
    std::vector<SceneTerritory> out;
    for (Territory& t : territories_in_year(atlas, year)) {
        const Polity* polity = find_polity(atlas, t.polity_id);
        out.push_back(SceneTerritory{t.polity_id, polity ? polity->name : t.polity_id,
                                     polity ? polity->colour_key : t.polity_id,
                                     std::move(t.geometry), t.certainty});
    }
    return out;
}

std::vector<SceneChange> scene_changes(const Atlas& atlas, int from_year, int to_year) {
    std::vector<SceneChange> out;
    for (const Region& region : atlas.regions) {
        const Control* before = holder_in_year(atlas, region.id, from_year);
        if (!before)  // not held before the history begins: nothing to compare with
            continue;
        const Control* after = holder_in_year(atlas, region.id, to_year);
        const std::string from = before->polity_id;
        const std::string to = after ? after->polity_id : "";
        if (from == to)
            continue;
        out.push_back(SceneChange{region.id, region.name, to, region.geometry});
    }
    return out;
}

int changes_baseline(const Atlas& atlas, const YearRange& years) {
    for (const Control& c : atlas.control)
        if (c.years.contains(years.first - 1))
            return years.first - 1;
    return years.first;
}

}  // namespace cm::detail
