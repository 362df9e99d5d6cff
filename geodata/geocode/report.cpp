#include "report.hpp"

#include <cstdio>

#include "geodata/io/quoted_text.hpp"

namespace cm::geocode {
namespace {

std::string number(double v, const char* format) {
    char text[32];
    std::snprintf(text, sizeof text, format, v);
    return text;
}

std::string suggestion_json(const Suggestion& s) {
    return "{\"name\": " + quoted(s.place.name) + ", \"spelling\": " + quoted(s.spelling) +
           ", \"kind\": " + quoted(s.place.kind) + ", \"source\": " + quoted(s.place.source) +
           ", \"lon\": " + number(s.place.at.lon, "%.5f") +
           ", \"lat\": " + number(s.place.at.lat, "%.5f") +
           ", \"distance_km\": " + number(s.distance_km, "%.0f") +
           ", \"same_key\": " + (s.exact_key ? "true" : "false") + "}";
}

std::string candidate_json(const Candidate& c) {
    std::string suggestions;
    for (std::size_t i = 0; i < c.suggestions.size(); ++i)
        suggestions += (i ? ", " : "") + suggestion_json(c.suggestions[i]);
    return "{\"text\": " + quoted(c.text) + ", \"pattern\": " + quoted(c.pattern) +
           ", \"article\": " + quoted(c.where.article) +
           ", \"section\": " + quoted(c.where.section) +
           ", \"offset\": " + std::to_string(c.where.offset) +
           ", \"length\": " + std::to_string(c.where.length) +
           (c.same_as.empty() ? "" : ", \"same_as\": " + quoted(c.same_as)) +
           ", \"suggestions\": [" + suggestions + "]}";
}

std::string suggestions_summary(const Candidate& c) {
    std::string out;
    for (const Suggestion& s : c.suggestions)
        out += "      maybe " + s.place.name + " (" + s.place.kind + ", " + s.place.source + ", " +
               "lon " + number(s.place.at.lon, "%.2f") + ", lat " + number(s.place.at.lat, "%.2f") +
               ", " + number(s.distance_km, "%.0f") + " km from its article's places)\n";
    return out;
}

std::string variant_json(const VariantNote& v) {
    return "{\"text\": " + quoted(v.text) + ", \"place\": " + quoted(v.place_id) +
           ", \"why\": " + quoted(v.why) + ", \"article\": " + quoted(v.where.article) +
           ", \"section\": " + quoted(v.where.section) +
           ", \"offset\": " + std::to_string(v.where.offset) + "}";
}

std::string variants_summary(const Geocoding& g) {
    std::string out;
    if (!g.variants.empty())
        out += std::to_string(g.variants.size()) + " name(s) resolved from another spelling:\n";
    for (const VariantNote& v : g.variants)
        out += "  " + v.where.article + ", " + v.where.section + ", offset " +
               std::to_string(v.where.offset) + ": \"" + v.text + "\" read as '" + v.place_id +
               "' (" + v.why + ")\n";
    return out;
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
    out += g.unresolved.empty() ? "],\n" : "\n  ],\n";
    out += "  \"variants\": [";
    for (std::size_t i = 0; i < g.variants.size(); ++i)
        out += std::string(i ? "," : "") + "\n    " + variant_json(g.variants[i]);
    out += g.variants.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

std::string report_summary(const Geocoding& g) {
    std::string out = "geocode: " + std::to_string(g.articles.size()) + " article(s), " +
                      std::to_string(g.places.size()) + " place(s) in " +
                      std::to_string(mention_count(g)) + " mention(s); ";
    if (g.unresolved.empty())
        return out + "nothing unresolved\n" + variants_summary(g);
    out += std::to_string(g.unresolved.size()) + " unresolved place-like name(s):\n";
    for (const Candidate& c : g.unresolved)
        out += "  " + c.where.article + ", " + c.where.section + ", offset " +
               std::to_string(c.where.offset) + ": \"" + c.text + "\" (" + c.pattern +
               (c.same_as.empty() ? "" : "; the same place as \"" + c.same_as + "\"") + ")\n" +
               suggestions_summary(c);
    return out + variants_summary(g);
}

}  // namespace cm::geocode
