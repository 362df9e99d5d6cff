#include "render/scene/scene_territories.hpp"

#include "geodata/query/control.hpp"
#include "geodata/query/territories.hpp"
#include "render/language/words.hpp"

namespace cm::detail {

namespace {

/// The colour key of the holder @p c; "" when nobody holds the region.
std::string holder_key(const Atlas& atlas, const Control* c) {
    if (!c)
        return {};
    const Polity* polity = find_polity(atlas, c->polity_id);
    return polity ? polity->colour_key : c->polity_id;
}

}  // namespace

std::vector<SceneTerritory> scene_territories(const Atlas& atlas, int year, RegionUnions* unions) {
    std::vector<SceneTerritory> out;
    for (Territory& t : territories_in_year(atlas, year, unions)) {
        const Polity* polity = find_polity(atlas, t.polity_id);
        const bool unknown = t.polity_id == kUnknownPolity;
        out.push_back(SceneTerritory{t.polity_id,
                                     polity    ? polity->name
                                     : unknown ? tr("Holder unknown")
                                               : t.polity_id,
                                     polity ? polity->colour_key : t.polity_id,
                                     std::move(t.geometry), t.certainty});
    }
    return out;
}

std::vector<SceneBorder> scene_borders(const Atlas& atlas, int year) {
    std::vector<SceneBorder> out;
    for (const Border& b : atlas.borders) {
        if (b.left_region.empty() || b.right_region.empty())
            continue;  // the outer frame
        const Control* left = holder_in_year(atlas, b.left_region, year);
        const Control* right = holder_in_year(atlas, b.right_region, year);
        if ((left ? left->polity_id : "") == (right ? right->polity_id : ""))
            continue;
        out.push_back(SceneBorder{b.id, b.line, b.certainty, holder_key(atlas, left),
                                  holder_key(atlas, right)});
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
        out.push_back(SceneChange{region.id, region.name, to, holder_key(atlas, after),
                                  holder_key(atlas, before), region.geometry});
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
