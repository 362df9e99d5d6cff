#pragma once

// The verbs and nouns that say what happened in a sentence, and the event type each gives.

#include <optional>
#include <vector>

#include "geodata/geocode/words.hpp"
#include "geodata/model/event.hpp"

namespace cm::draft {

/// The action a sentence tells of, and the word that tells it.
struct Action {
    EventType type = EventType::battle;
    std::size_t word = 0;
};

/// @returns the action words [first, end) tell of, by the most specific action word they
/// hold (an assembly or a flight before a siege, a siege before a capture, a capture before
/// a battle, a battle before a campaign), or nothing when they hold none.
std::optional<Action> action_in(const std::vector<geocode::Word>& words, std::size_t first,
                                std::size_t end);

/// @returns true for a type whose place is where the movement ends (campaign, migration).
bool moves(EventType type);

}  // namespace cm::draft
