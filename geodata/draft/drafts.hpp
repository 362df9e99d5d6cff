#pragma once

// `campaignmap draft`: events and campaigns proposed from an article's dated sentences, for
// a historian to review (certainty "draft", which `check` refuses until it is set).
// A draft cites where its sentence is (article, section, offset), never the sentence.

#include <cstddef>
#include <string>
#include <vector>

#include "geodata/geocode/article.hpp"
#include "geodata/geocode/place_index.hpp"
#include "geodata/model/event.hpp"
#include "geodata/model/polity.hpp"

namespace cm::draft {

struct Where {
    std::string article;
    std::string section;
    std::size_t offset = 0;  ///< code points from the start of the article
};

struct DraftEvent {
    std::string id;
    std::string name;
    EventType type = EventType::battle;
    int year = 0;
    std::string place_id;
    std::vector<std::string> sides;       ///< polity ids, in the order the sentence names them
    std::vector<std::string> commanders;  ///< as written
    Where where;
};

struct DraftLeg {
    std::string from;
    std::string to;
    int year = 0;
};

struct DraftCampaign {
    std::string id;
    std::string name;
    std::string side;  ///< polity id; empty when the sentences name none
    std::vector<std::string> commanders;
    std::vector<DraftLeg> legs;
    Where where;  ///< its first sentence
};

struct Drafts {
    std::vector<DraftEvent> events;
    std::vector<DraftCampaign> campaigns;
};

/// One event per dated sentence that names an action and a resolved place: the year from
/// the sentence or its section, the type from the action word, the place from the
/// geocoder, the sides from @p polities' names, the commanders from titled names ("X Khan",
/// "X Batur"). Movements of one side within a section become a campaign's legs.
Drafts draft_history(const std::vector<geocode::Article>& articles,
                     const geocode::PlaceIndex& index, const std::vector<Polity>& polities);

}  // namespace cm::draft
