#pragma once

// What happened within a span of years: events and campaign legs, for the renderer's
// symbols, routes and timeline bar.

#include <optional>
#include <string>
#include <vector>

#include "geodata/model/atlas.hpp"

namespace cm {

/// A leg with the campaign it belongs to, so it can be drawn on its own.
struct CampaignLeg {
    std::string campaign_id;
    std::string side;  ///< polity id
    std::vector<std::string> commanders;
    std::optional<long> strength;  ///< the campaign's stated strength
    std::size_t index = 0;         ///< position of the leg in its campaign (0 = first)
    Leg leg;
};

/// @returns the years a leg may fall in: {year, last_year} or {year, year}.
YearRange leg_years(const Leg& leg);

/// Events whose years overlap @p span, by first year then in data order.
std::vector<Event> events_within(const Atlas& atlas, const YearRange& span);

/// Legs whose years overlap @p span, by first year, then campaign and leg order.
std::vector<CampaignLeg> legs_within(const Atlas& atlas, const YearRange& span);

}  // namespace cm
