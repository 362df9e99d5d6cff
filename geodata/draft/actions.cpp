#include "geodata/draft/actions.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace cm::draft {
namespace {

struct ActionWords {
    EventType type;
    std::vector<std::string_view> words;  ///< folded
};

/// Most specific first: the first type with a word in the sentence wins.
const std::vector<ActionWords>& actions() {
    static const std::vector<ActionWords> kActions{
        {EventType::assembly,
         {"kurultai", "qurultai", "assembly", "assembled", "gathered", "convened", "council"}},
        {EventType::migration,
         {"fled", "flight", "migrated", "migration", "exodus", "emigrated", "resettled"}},
        {EventType::siege, {"besieged", "siege", "besieging"}},
        {EventType::capture,
         {"captured", "took", "seized", "occupied", "sacked", "stormed", "conquered", "annexed"}},
        {EventType::revolt, {"revolted", "rebelled", "rebellion", "uprising", "revolt"}},
        {EventType::submission, {"submitted", "surrendered", "submission", "tribute"}},
        {EventType::treaty, {"treaty", "peace", "truce"}},
        {EventType::battle,
         {"battle", "fought", "defeated", "routed", "clashed", "attacked", "repulsed", "beat"}},
        {EventType::death, {"died", "killed", "death", "executed", "murdered"}},
        {EventType::campaign,
         {"marched", "advanced", "invaded", "campaign", "raided", "raid", "crossed", "withdrew",
          "retreated"}},
    };
    return kActions;
}

}  // namespace

std::optional<Action> action_in(const std::vector<geocode::Word>& words, std::size_t first,
                                std::size_t end) {
    for (const ActionWords& a : actions())
        for (std::size_t i = first; i < end; ++i)
            if (std::find(a.words.begin(), a.words.end(), words[i].folded) != a.words.end())
                return Action{a.type, i};
    return std::nullopt;
}

bool moves(EventType type) {
    return type == EventType::campaign || type == EventType::migration;
}

}  // namespace cm::draft
