#include "territories.hpp"

#include <algorithm>

#include "geodata/query/border_union.hpp"
#include "geodata/query/control.hpp"

namespace cm {
namespace {

/// A polity's holdings in one year before the union.
struct Holding {
    std::string polity_id;
    std::vector<const Region*> regions;
    Certainty certainty = Certainty::exact;
};

Certainty weaker(Certainty a, Certainty b) {
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

std::vector<Holding> holdings_in_year(const Atlas& atlas, int year) {
    std::vector<Holding> holdings;
    for (const Polity& p : atlas.polities)
        holdings.push_back({p.id, {}, Certainty::exact});
    for (const Region& region : atlas.regions) {
        const Control* c = holder_in_year(atlas, region.id, year);
        if (!c)
            continue;
        auto it = std::find_if(holdings.begin(), holdings.end(),
                               [&](const Holding& h) { return h.polity_id == c->polity_id; });
        if (it == holdings.end())
            it = holdings.insert(holdings.end(), {c->polity_id, {}, {}});
        it->regions.push_back(&region);
        it->certainty = weaker(it->certainty, c->certainty);
    }
    std::erase_if(holdings, [](const Holding& h) { return h.regions.empty(); });
    return holdings;
}

}  // namespace

std::vector<Territory> territories_in_year(const Atlas& atlas, int year, RegionUnions* unions) {
    std::vector<Territory> territories;
    for (const Holding& h : holdings_in_year(atlas, year)) {
        Territory t;
        t.polity_id = h.polity_id;
        t.certainty = h.certainty;
        for (const Region* region : h.regions)
            t.region_ids.push_back(region->id);
        t.geometry = unions ? unions->of(atlas, h.regions) : union_of_regions(atlas, h.regions);
        territories.push_back(std::move(t));
    }
    return territories;
}

}  // namespace cm
