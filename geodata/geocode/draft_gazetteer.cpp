#include "geodata/geocode/draft_gazetteer.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "geodata/geocode/spelling_key.hpp"
#include "geodata/geocode/words.hpp"

namespace cm::geocode {
namespace {

std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (static_cast<unsigned char>(c) >= 0x20)
            out += c;
    }
    return out + "\"";
}

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
                         const std::vector<std::string>& spellings) {
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
    return "    {\"type\": \"Feature\", \"properties\": {\"id\": " + quoted(slug_of(c.text)) +
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

std::string draft_gazetteer_json(const Geocoding& g) {
    std::string out = "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [\n";
    std::set<std::string> keys;
    bool first = true;
    for (const Candidate& c : g.unresolved) {
        if (c.suggestions.empty() || !keys.insert(spelling_key(c.text)).second)
            continue;
        std::vector<std::string> spellings;
        for (const Candidate& other : g.unresolved)
            if (other.same_as == c.text)
                spellings.push_back(other.text);
        out += (first ? "" : ",\n") + feature_json(c, c.suggestions.front(), spellings);
        first = false;
    }
    return out + (first ? "" : "\n") + "  ]\n}\n";
}

}  // namespace cm::geocode
