#include "geodata/geocode/draft_gazetteer.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "geodata/geocode/spelling_key.hpp"
#include "geodata/geocode/words.hpp"
#include "geodata/io/quoted_text.hpp"
#include "geodata/model/record_id.hpp"

namespace cm::geocode {
namespace {

std::string position(LonLat p) {
    char text[64];
    std::snprintf(text, sizeof text, "[%.5f, %.5f]", p.lon, p.lat);
    return text;
}

std::string geometry_json(const ReferencePlace& p) {
    const auto* polygons = std::get_if<PolygonGeometry>(&p.shape);
    if (!polygons || polygons->polygons.empty())
        return "{\"type\": \"Point\", \"coordinates\": " + position(p.at) + "}";
    std::string out = "{\"type\": \"MultiPolygon\", \"coordinates\": [";
    for (std::size_t i = 0; i < polygons->polygons.size(); ++i) {
        out += i ? ", [" : "[";
        const auto& rings = polygons->polygons[i].rings;
        for (std::size_t r = 0; r < rings.size(); ++r) {
            out += r ? ", [" : "[";
            for (std::size_t k = 0; k < rings[r].size(); ++k)
                out += (k ? ", " : "") + position(rings[r][k]);
            out += "]";
        }
        out += "]";
    }
    return out + "]}";
}

/// The gazetteer type of a reference place's kind (Natural Earth's feature classes).
std::string type_of(const ReferencePlace& p) {
    const std::string kind = slug_of(p.kind);
    const bool polygon = std::holds_alternative<PolygonGeometry>(p.shape);
    if (kind == "populated-place")
        return "settlement";
    if (kind == "pass" && !polygon)
        return "pass";
    if (kind == "valley" || kind == "gorge")
        return "valley";
    if (!polygon || kind == "range-mtn" || kind == "mountain")
        return "mountains";
    return "region";
}

std::string feature_json(const Candidate& c, const Suggestion& s,
                         const std::vector<std::string>& spellings, const std::string& id) {
    char distance[32];
    std::snprintf(distance, sizeof distance, "%.0f", s.distance_km);
    const std::string note = "Suggested by campaignmap geocode for \"" + c.text + "\" (" +
                             c.pattern + ", " + c.where.article + ", " + c.where.section +
                             "): " + s.place.source + " '" + s.place.name + "' (" + s.place.kind +
                             "), " + distance +
                             " km from its article's places; review before merging";
    std::string names = "[" + quoted(c.text);
    std::vector<std::string> all = spellings;
    all.insert(all.end(), s.place.names.begin(), s.place.names.end());
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i] != c.text && std::find(all.begin(), all.begin() + static_cast<long>(i),
                                          all[i]) == all.begin() + static_cast<long>(i))
            names += ", " + quoted(all[i]);
    return "    {\"type\": \"Feature\", \"properties\": {\"id\": " + quoted(id) +
           ", \"name\": " + quoted(c.text) + ", \"names\": " + names +
           "], \"type\": " + quoted(type_of(s.place)) +
           ", \"certainty\": \"uncertain\", \"note\": " + quoted(note) +
           ", \"source\": " + quoted(c.where.article + ", " + c.where.section) +
           "}, \"geometry\": " + geometry_json(s.place) + "}";
}

}  // namespace

std::string slug_of(const std::string& name) {
    std::string out;
    for (const Word& w : split_words(name)) {
        std::string ascii;
        for (const char ch : w.folded)
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
                ascii += ch;
        if (!ascii.empty())
            out += (out.empty() ? "" : "-") + ascii;
    }
    return out;
}

std::string id_of(const std::string& name) {
    if (std::string slug = slug_of(name); !slug.empty())
        return slug;
    const std::string key = slug_of(spelling_key(name));
    return key.empty() ? "place" : key;
}

std::string draft_gazetteer_json(const Geocoding& g) {
    std::map<std::string, std::vector<std::string>> spellings;  // of each name, by same_as
    for (const Candidate& c : g.unresolved)
        if (!c.same_as.empty())
            spellings[c.same_as].push_back(c.text);
    std::string out = "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [\n";
    std::set<std::string> keys;
    std::map<std::string, int> ids;
    bool first = true;
    for (const Candidate& c : g.unresolved) {
        if (c.suggestions.empty() || !keys.insert(spelling_key(c.text)).second)
            continue;
        const auto same = spellings.find(c.text);
        out += (first ? "" : ",\n") +
               feature_json(c, c.suggestions.front(),
                            same == spellings.end() ? std::vector<std::string>{} : same->second,
                            unique_id(id_of(c.text), ids));
        first = false;
    }
    return out + (first ? "" : "\n") + "  ]\n}\n";
}

}  // namespace cm::geocode
