#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "place.hpp"
#include "years.hpp"

namespace cm {

enum class EventType {
    battle,
    siege,
    capture,
    revolt,
    death,
    treaty,
    submission,
    campaign,   ///< a campaign begun (its route is a Campaign)
    assembly,   ///< a gathering of rulers or chiefs (a kurultai, a council)
    migration,  ///< a people's mass migration or flight
};

std::string_view to_string(EventType t);
std::optional<EventType> event_type_from_string(std::string_view s);

/// A number the source states for one side: men under arms, or captives taken.
struct Strength {
    std::string side;  ///< polity id
    long count = 0;
    std::string counts;  ///< what the number counts: "men", "captives", ...
};

/// One dated happening at one place, as a source states it.
struct Event {
    std::string id;
    std::string name;  ///< "Battle of Orbulaq"
    EventType type = EventType::battle;
    YearRange years;
    std::string place_id;                 ///< gazetteer id
    std::vector<std::string> sides;       ///< polity ids, attacker first
    std::vector<std::string> commanders;  ///< as the source names them
    std::optional<long> strength;         ///< men or captives, when stated
    std::string strength_note;            ///< what the number counts
    std::vector<Strength> strengths;      ///< every number stated; `strength` is the first
    std::string victor;                   ///< polity id, empty when none or unknown
    std::string outcome;                  ///< short summary in our words
    Certainty certainty = Certainty::exact;
    std::string note;
    std::string source;
};

}  // namespace cm
