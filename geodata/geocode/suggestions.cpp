#include "geodata/geocode/suggestions.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <unordered_map>

#include "geodata/geocode/spelling_key.hpp"
#include "geodata/model/statistics.hpp"

namespace cm::geocode {
namespace {

constexpr std::size_t kMinFuzzyKey = 6;

struct KeyedName {
    std::string key;
    std::size_t place = 0;
    std::size_t spelling = 0;
};

bool named_in(const PlaceMentions& p, const std::string& article) {
    return std::any_of(p.sightings.begin(), p.sightings.end(),
                       [&](const Sighting& s) { return s.article == article; });
}

/// The middle of the places @p article names, else of all the places resolved, or nothing
/// when none was.
std::optional<LonLat> middle_of(const Geocoding& g, const std::string& article) {
    const bool own = std::any_of(g.places.begin(), g.places.end(),
                                 [&](const PlaceMentions& p) { return named_in(p, article); });
    std::vector<double> lons, lats;
    for (const PlaceMentions& p : g.places)
        if (const Bounds b = bounds_of(p.place.geometry);
            !b.empty && (!own || named_in(p, article))) {
            lons.push_back((b.west + b.east) / 2);
            lats.push_back((b.south + b.north) / 2);
        }
    if (lons.empty())
        return std::nullopt;
    return LonLat{median(lons), median(lats)};
}

/// One letter inserted, removed or replaced.
bool one_edit_apart(const std::string& a, const std::string& b) {
    if (a.size() < kMinFuzzyKey || b.size() < kMinFuzzyKey || a.size() > detail::kMaxFuzzyKey ||
        b.size() > detail::kMaxFuzzyKey)
        return false;
    const std::string& s = a.size() <= b.size() ? a : b;
    const std::string& l = a.size() <= b.size() ? b : a;
    if (l.size() - s.size() > 1)
        return false;
    std::size_t i = 0;
    while (i < s.size() && s[i] == l[i])
        ++i;
    const std::size_t skip = s.size() == l.size() ? 1 : 0;
    return std::equal(s.begin() + static_cast<long>(std::min(i + skip, s.size())), s.end(),
                      l.begin() + static_cast<long>(i + 1));
}

std::vector<KeyedName> keyed(const std::vector<ReferencePlace>& reference) {
    std::vector<KeyedName> out;
    for (std::size_t i = 0; i < reference.size(); ++i)
        for (std::size_t k = 0; k < reference[i].names.size(); ++k)
            if (std::string key = spelling_key(reference[i].names[k]); !key.empty())
                out.push_back({std::move(key), i, k});
    return out;
}

void add_suggestion(std::vector<Suggestion>& out, const ReferencePlace& place,
                    const std::string& spelling, bool exact, std::optional<LonLat> middle) {
    for (Suggestion& s : out)
        if (s.place.at.lon == place.at.lon && s.place.at.lat == place.at.lat) {
            s.exact_key = s.exact_key || exact;
            return;
        }
    out.push_back({place, spelling, exact, middle ? distance_km(*middle, place.at) : 0.0});
}

std::unordered_map<std::string, std::vector<std::size_t>> neighbourhoods(
    const std::vector<KeyedName>& names) {
    std::unordered_map<std::string, std::vector<std::size_t>> out;
    for (std::size_t i = 0; i < names.size(); ++i)
        for (std::string& d : detail::fuzzy_keys(names[i].key))
            out[std::move(d)].push_back(i);
    return out;
}

std::vector<Suggestion> suggestions_for(
    const std::string& key, const std::vector<KeyedName>& names,
    const std::unordered_map<std::string, std::vector<std::size_t>>& near,
    const std::vector<ReferencePlace>& reference, std::optional<LonLat> middle) {
    std::vector<Suggestion> found;
    for (const std::string& d : detail::fuzzy_keys(key)) {
        const auto it = near.find(d);
        for (std::size_t i : it == near.end() ? std::vector<std::size_t>{} : it->second) {
            const KeyedName& n = names[i];
            const bool exact = n.key == key;
            if (exact || one_edit_apart(n.key, key))
                add_suggestion(found, reference[n.place], reference[n.place].names[n.spelling],
                               exact, middle);
        }
    }
    std::sort(found.begin(), found.end(), [](const Suggestion& a, const Suggestion& b) {
        if (a.exact_key != b.exact_key)
            return a.exact_key;
        return a.distance_km < b.distance_km;
    });
    if (found.size() > kMaxSuggestions)
        found.resize(kMaxSuggestions);
    return found;
}

}  // namespace

namespace detail {

std::vector<std::string> fuzzy_keys(const std::string& key) {
    std::vector<std::string> out{key};
    if (key.size() >= kMinFuzzyKey && key.size() <= kMaxFuzzyKey)
        for (std::size_t i = 0; i < key.size(); ++i)
            out.push_back(key.substr(0, i) + key.substr(i + 1));
    return out;
}

}  // namespace detail

void suggest_locations(Geocoding& g, const std::vector<ReferencePlace>& reference) {
    const std::vector<KeyedName> names = keyed(reference);
    const std::unordered_map<std::string, std::vector<std::size_t>> near = neighbourhoods(names);
    std::unordered_map<std::string, std::optional<LonLat>> middles;   // per article
    std::unordered_map<std::string, std::vector<Suggestion>> by_key;  // each key once an article
    for (Candidate& c : g.unresolved) {
        const std::string key = spelling_key(c.text);
        if (key.empty())
            continue;
        const auto [middle, new_article] = middles.try_emplace(c.where.article);
        if (new_article)
            middle->second = middle_of(g, c.where.article);
        const auto [it, fresh] = by_key.try_emplace(c.where.article + '\n' + key);
        if (fresh)
            it->second = suggestions_for(key, names, near, reference, middle->second);
        c.suggestions = it->second;
    }
}

}  // namespace cm::geocode
