#pragma once

#include <string>
#include <vector>

namespace cm {

/// A state or people that holds land or fights: Kazakh Khanate, Dzungar Khanate, Qing...
struct Polity {
    std::string id;                  ///< slug, unique
    std::string name;                ///< the name a map shows
    std::vector<std::string> names;  ///< variants
    std::string colour_key;          ///< styles map this key to a colour
    std::string source;
};

}  // namespace cm
