#include "timeline.hpp"

#include <algorithm>

namespace cm {

YearRange leg_years(const Leg& leg) {
    return {leg.year, std::max(leg.year, leg.last_year)};
}

std::vector<Event> events_within(const Atlas& atlas, const YearRange& span) {
    std::vector<Event> events;
    for (const Event& e : atlas.events)
        if (e.years.overlaps(span))
            events.push_back(e);
    std::stable_sort(events.begin(), events.end(),
                     [](const Event& a, const Event& b) { return a.years.first < b.years.first; });
    return events;
}

std::vector<CampaignLeg> legs_within(const Atlas& atlas, const YearRange& span) {
    std::vector<CampaignLeg> legs;
    for (const Campaign& c : atlas.campaigns)
        for (std::size_t i = 0; i < c.legs.size(); ++i)
            if (leg_years(c.legs[i]).overlaps(span))
                legs.push_back({c.id, c.side, c.commanders, c.strength, i, c.legs[i]});
    std::stable_sort(legs.begin(), legs.end(), [](const CampaignLeg& a, const CampaignLeg& b) {
        return a.leg.year < b.leg.year;
    });
    return legs;
}

}  // namespace cm
