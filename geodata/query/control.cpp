#include "control.hpp"

#include <algorithm>

namespace cm {

const Control* holder_in_year(const Atlas& atlas, std::string_view region_id, int year) {
    for (const Control& c : atlas.control)
        if (c.region_id == region_id && c.years.contains(year))
            return &c;
    return nullptr;
}

YearRange history_span(const Atlas& atlas) {
    if (atlas.control.empty())
        return {};
    YearRange span = atlas.control.front().years;
    for (const Control& c : atlas.control) {
        span.first = std::min(span.first, c.years.first);
        span.last = std::max(span.last, c.years.last);
    }
    return span;
}

std::vector<RegionChange> region_changes(const Atlas& atlas, int year) {
    std::vector<RegionChange> changes;
    if (!history_span(atlas).contains(year - 1))
        return changes;
    for (const Region& region : atlas.regions) {
        const Control* before = holder_in_year(atlas, region.id, year - 1);
        const Control* after = holder_in_year(atlas, region.id, year);
        const std::string from = before ? before->polity_id : std::string();
        const std::string to = after ? after->polity_id : std::string();
        if (from != to)
            changes.push_back({region.id, from, to, year});
    }
    return changes;
}

}  // namespace cm
