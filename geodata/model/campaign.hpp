#pragma once

#include <optional>
#include <string>
#include <vector>

#include "place.hpp"
#include "years.hpp"

namespace cm {

/// One stretch of a campaign, from one place to another, optionally through others.
struct Leg {
    std::string from;              ///< gazetteer id
    std::string to;                ///< gazetteer id
    std::vector<std::string> via;  ///< gazetteer ids, in order
    int year = 0;
    int last_year = 0;  ///< when the source gives only a span: its last year (0: just `year`)
    bool retreat = false;
    Certainty certainty = Certainty::approximate;  ///< exact only when the source gives the road
};

/// An army's movement over one or more legs, by one side.
struct Campaign {
    std::string id;
    std::string name;
    std::string side;  ///< polity id
    std::vector<std::string> commanders;
    std::optional<long> strength;  ///< men, when stated
    std::vector<Leg> legs;
    std::string note;
    std::string source;
};

}  // namespace cm
