#pragma once

// detail of draft_history: the movements of one side in one section joined into a campaign.

#include <map>
#include <string>
#include <vector>

#include "geodata/draft/drafts.hpp"

namespace cm::draft::detail {

/// A drafted campaign or migration event and the places its sentence names, in order.
struct Movement {
    DraftEvent event;
    std::vector<std::string> places;
};

/// Appends one campaign per run of @p movements of the same section and first side (or
/// first commander when no side is named) with legs between their places in order; runs
/// that reach only one place give none. @p used keeps ids unique.
void add_campaigns(const std::vector<Movement>& movements, std::vector<DraftCampaign>& out,
                   std::map<std::string, int>& used);

}  // namespace cm::draft::detail
