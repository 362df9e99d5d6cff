#include "geodata/model/localized_atlas.hpp"

#include <array>
#include <string_view>

namespace cm {
namespace {

/// Marks a message for xgettext (po/README.md) without translating it here.
constexpr const char* N_(const char* msgid) {
    return msgid;
}

/// Event names made of a phrase and the event's place. A catalogue translates the pattern
/// only where the language needs no case form of the place's name (Kazakh "%s шайқасы");
/// otherwise the event's full name is in labels.toml.
constexpr std::array<const char*, 5> kEventPatterns{N_("Battle of %s"), N_("Siege of %s"),
                                                    N_("Capture of %s"), N_("Recapture of %s"),
                                                    N_("Revolt of %s")};

/// @returns @p pattern with its "%s" replaced by @p name.
std::string filled(std::string_view pattern, const std::string& name) {
    const auto at = pattern.find("%s");
    if (at == std::string_view::npos)
        return std::string(pattern);
    return std::string(pattern.substr(0, at)) + name + std::string(pattern.substr(at + 2));
}

/// The event's name by a pattern of the catalogue, or "" when none applies.
std::string event_by_pattern(const Atlas& atlas, const Catalogue& catalogue, const std::string& id,
                             const std::string& english) {
    const Event* event = nullptr;
    for (const Event& e : atlas.events)
        if (e.id == id)
            event = &e;
    const Place* place = event ? find_place(atlas, event->place_id) : nullptr;
    if (!place)
        return "";
    for (const char* pattern : kEventPatterns) {
        if (filled(pattern, place->name) != english)
            continue;
        const std::string* local = translation_of(catalogue, pattern);
        const std::string* local_place =
            label_of(atlas.labels, NamedKind::place, place->id, catalogue.language);
        if (local && local_place)
            return filled(*local, *local_place);
    }
    return "";
}

void note_missing(std::vector<std::string>* missing, NamedKind kind, const std::string& id,
                  const std::string& english) {
    if (missing)
        missing->push_back(std::string(to_string(kind)) + " '" + id + "' (" + english + ")");
}

template <typename Record>
void localize(const Atlas& atlas, const Catalogue& catalogue, NamedKind kind,
              std::vector<Record>& records, std::vector<std::string>* missing) {
    for (Record& r : records) {
        LocalName local = name_in(atlas, catalogue, kind, r.id, r.name);
        if (local.fallback)
            note_missing(missing, kind, r.id, r.name);
        r.name = std::move(local.text);
    }
}

}  // namespace

LocalName name_in(const Atlas& atlas, const Catalogue& catalogue, NamedKind kind,
                  const std::string& id, const std::string& english) {
    if (catalogue.language == "en")
        return {english, false};
    if (const std::string* label = label_of(atlas.labels, kind, id, catalogue.language))
        return {*label, false};
    if (kind == NamedKind::event)
        if (std::string by_pattern = event_by_pattern(atlas, catalogue, id, english);
            !by_pattern.empty())
            return {by_pattern, false};
    return {english, true};
}

Atlas localized_atlas(const Atlas& atlas, const Catalogue& catalogue,
                      std::vector<std::string>* missing) {
    Atlas out = atlas;
    if (catalogue.language == "en")
        return out;
    // Events first: their patterns read the English names of places.
    localize(atlas, catalogue, NamedKind::event, out.events, missing);
    localize(atlas, catalogue, NamedKind::place, out.places, missing);
    localize(atlas, catalogue, NamedKind::polity, out.polities, missing);
    localize(atlas, catalogue, NamedKind::region, out.regions, missing);
    localize(atlas, catalogue, NamedKind::war, out.wars, missing);
    if (const auto it = atlas.region_names.find(catalogue.language); it != atlas.region_names.end())
        out.region = it->second;
    return out;
}

}  // namespace cm
