#include "event.hpp"

#include <array>
#include <utility>

namespace cm {
namespace {

constexpr std::array<std::pair<EventType, std::string_view>, 10> kEventTypes{{
    {EventType::battle, "battle"},
    {EventType::siege, "siege"},
    {EventType::capture, "capture"},
    {EventType::revolt, "revolt"},
    {EventType::death, "death"},
    {EventType::treaty, "treaty"},
    {EventType::submission, "submission"},
    {EventType::campaign, "campaign"},
    {EventType::assembly, "assembly"},
    {EventType::migration, "migration"},
}};

}  // namespace

std::string_view to_string(EventType t) {
    for (const auto& [type, name] : kEventTypes)
        if (type == t)
            return name;
    return "battle";
}

std::optional<EventType> event_type_from_string(std::string_view s) {
    for (const auto& [type, name] : kEventTypes)
        if (name == s)
            return type;
    return std::nullopt;
}

}  // namespace cm
