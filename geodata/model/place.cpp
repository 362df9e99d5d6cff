#include "place.hpp"

#include <array>
#include <utility>

namespace cm {
namespace {

constexpr std::array<std::pair<PlaceType, std::string_view>, 10> kPlaceTypes{{
    {PlaceType::settlement, "settlement"},
    {PlaceType::river, "river"},
    {PlaceType::lake, "lake"},
    {PlaceType::sea, "sea"},
    {PlaceType::mountains, "mountains"},
    {PlaceType::pass, "pass"},
    {PlaceType::valley, "valley"},
    {PlaceType::region, "region"},
    {PlaceType::battlefield, "battlefield"},
    {PlaceType::country, "country"},
}};

constexpr std::array<std::pair<Certainty, std::string_view>, 4> kCertainties{{
    {Certainty::exact, "exact"},
    {Certainty::approximate, "approximate"},
    {Certainty::uncertain, "uncertain"},
    {Certainty::draft, "draft"},
}};

}  // namespace

std::string_view to_string(PlaceType t) {
    for (const auto& [type, name] : kPlaceTypes)
        if (type == t)
            return name;
    return "settlement";
}

std::optional<PlaceType> place_type_from_string(std::string_view s) {
    for (const auto& [type, name] : kPlaceTypes)
        if (name == s)
            return type;
    return std::nullopt;
}

std::string_view to_string(Certainty c) {
    for (const auto& [value, name] : kCertainties)
        if (value == c)
            return name;
    return "exact";
}

std::optional<Certainty> certainty_from_string(std::string_view s) {
    for (const auto& [value, name] : kCertainties)
        if (name == s)
            return value;
    return std::nullopt;
}

}  // namespace cm
