#include "geodata/model/labels.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace cm {
namespace {

constexpr std::array<std::pair<NamedKind, std::string_view>, 5> kKinds{{
    {NamedKind::place, "place"},
    {NamedKind::polity, "polity"},
    {NamedKind::region, "region"},
    {NamedKind::event, "event"},
    {NamedKind::war, "war"},
}};

}  // namespace

std::string_view to_string(NamedKind k) {
    for (const auto& [kind, name] : kKinds)
        if (kind == k)
            return name;
    return "place";
}

std::optional<NamedKind> named_kind_from_string(std::string_view s) {
    for (const auto& [kind, name] : kKinds)
        if (name == s)
            return kind;
    return std::nullopt;
}

const std::string* label_of(const std::vector<LabelRecord>& labels, NamedKind kind,
                            std::string_view id, std::string_view language) {
    for (const LabelRecord& r : labels) {
        if (r.kind != kind || r.id != id)
            continue;
        const auto it = r.names.find(std::string(language));
        return it == r.names.end() ? nullptr : &it->second;
    }
    return nullptr;
}

bool is_language_tag(std::string_view tag) {
    return (tag.size() == 2 || tag.size() == 3) &&
           std::all_of(tag.begin(), tag.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace cm
