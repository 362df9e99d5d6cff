#pragma once

// The order in which a map's labels claim their room: what a reader of a campaign map looks
// for first is placed first. Events come first (no event goes unnamed), then the towns they
// happened at (an event's name reads with its town's), then the polities and regions whose
// lands the map is about, then water, then the other towns (those on a route first).

namespace cm {

/// Label categories, most important first.
enum class LabelCategory {
    event,       ///< a battle, siege, death... with its year
    event_town,  ///< a town where an event of the map happened
    polity,      ///< a polity's territory
    region,      ///< a gazetteer region or range
    water,       ///< lakes, then rivers by rank
    town,        ///< any other town: those on a route first
};

/// Room between categories for the ranks within one (a river's scalerank, a route's town).
inline constexpr int kPriorityStep = 100;

/// @returns the priority of a label of @p category with @p rank inside it (0 first, less than
/// kPriorityStep); lower is placed first.
constexpr int label_priority(LabelCategory category, int rank = 0) {
    return static_cast<int>(category) * kPriorityStep + rank;
}

}  // namespace cm
