#include "report.hpp"

#include <cstdio>

namespace cm::geocode {
namespace {

std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char code[8];
            std::snprintf(code, sizeof code, "\\u%04x", static_cast<unsigned>(c));
            out += code;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string candidate_json(const Candidate& c) {
    return "{\"text\": " + quoted(c.text) + ", \"pattern\": " + quoted(c.pattern) +
           ", \"article\": " + quoted(c.where.article) +
           ", \"section\": " + quoted(c.where.section) +
           ", \"offset\": " + std::to_string(c.where.offset) +
           ", \"length\": " + std::to_string(c.where.length) + "}";
}

std::size_t mention_count(const Geocoding& g) {
    std::size_t n = 0;
    for (const PlaceMentions& p : g.places)
        n += p.sightings.size();
    return n;
}

}  // namespace

std::string report_json(const Geocoding& g) {
    std::string out = "{\n  \"articles\": [";
    for (std::size_t i = 0; i < g.articles.size(); ++i)
        out += (i ? ", " : "") + quoted(g.articles[i]);
    out += "],\n  \"resolved\": {";
    for (std::size_t i = 0; i < g.places.size(); ++i)
        out += std::string(i ? "," : "") + "\n    " + quoted(g.places[i].place.id) + ": " +
               std::to_string(g.places[i].sightings.size());
    out += g.places.empty() ? "},\n" : "\n  },\n";
    out += "  \"unresolved\": [";
    for (std::size_t i = 0; i < g.unresolved.size(); ++i)
        out += std::string(i ? "," : "") + "\n    " + candidate_json(g.unresolved[i]);
    out += g.unresolved.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

std::string report_summary(const Geocoding& g) {
    std::string out = "geocode: " + std::to_string(g.articles.size()) + " article(s), " +
                      std::to_string(g.places.size()) + " place(s) in " +
                      std::to_string(mention_count(g)) + " mention(s); ";
    if (g.unresolved.empty())
        return out + "nothing unresolved\n";
    out += std::to_string(g.unresolved.size()) + " unresolved place-like name(s):\n";
    for (const Candidate& c : g.unresolved)
        out += "  " + c.where.article + ", " + c.where.section + ", offset " +
               std::to_string(c.where.offset) + ": \"" + c.text + "\" (" + c.pattern + ")\n";
    return out;
}

}  // namespace cm::geocode
