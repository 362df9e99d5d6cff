#include "render/scene/scene_territories.hpp"

#include <algorithm>
#include <map>

namespace cm::detail {
namespace {

const Control* holder_in(const Atlas& atlas, const std::string& region_id, int year) {
    for (const Control& c : atlas.control)
        if (c.region_id == region_id && c.years.contains(year))
            return &c;
    return nullptr;
}

Certainty weaker(Certainty a, Certainty b) {
    return std::max(a, b);
}

}  // namespace

std::vector<SceneTerritory> scene_territories(const Atlas& atlas, int year) {
    std::map<std::string, SceneTerritory> by_polity;
    for (const Region& region : atlas.regions) {
        const Control* control = holder_in(atlas, region.id, year);
        if (!control)
            continue;
        SceneTerritory& t = by_polity[control->polity_id];
        if (t.polity_id.empty()) {
            t.polity_id = control->polity_id;
            t.certainty = control->certainty;
            const Polity* polity = find_polity(atlas, control->polity_id);
            t.polity_name = polity ? polity->name : control->polity_id;
            t.colour_key = polity ? polity->colour_key : control->polity_id;
        }
        t.certainty = weaker(t.certainty, control->certainty);
        for (const Polygon& p : region.geometry.polygons)
            t.geometry.polygons.push_back(p);
    }
    std::vector<SceneTerritory> out;
    for (auto& [id, t] : by_polity)
        out.push_back(std::move(t));
    return out;
}

std::vector<SceneChange> scene_changes(const Atlas& atlas, int from_year, int to_year) {
    std::vector<SceneChange> out;
    for (const Region& region : atlas.regions) {
        const Control* before = holder_in(atlas, region.id, from_year);
        const Control* after = holder_in(atlas, region.id, to_year);
        const std::string from = before ? before->polity_id : "";
        const std::string to = after ? after->polity_id : "";
        if (from == to)
            continue;
        out.push_back(SceneChange{region.id, region.name, to, region.geometry});
    }
    return out;
}

}  // namespace cm::detail
