#pragma once

// What geocoding a set of articles yields: the places they name, where each is named,
// and the place-like names the gazetteer does not know.

#include <cstddef>
#include <string>
#include <vector>

#include "geodata/model/place.hpp"
#include "geodata/model/reference_place.hpp"

namespace cm::geocode {

/// Where a name was seen: never the article's text, only its position.
struct Sighting {
    std::string article;     ///< file name without extension
    std::string section;     ///< heading title, "Introduction" or "Infobox"
    std::size_t offset = 0;  ///< code points from the start of the article file
    std::size_t length = 0;  ///< code points of the name as written
};

/// A gazetteer place and every sighting of it, in article order.
struct PlaceMentions {
    Place place;
    std::vector<Sighting> sightings;
};

/// Where an unresolved name may be: a reference place of a matching spelling.
struct Suggestion {
    ReferencePlace place;
    std::string spelling;      ///< the reference's spelling that matched
    bool exact_key = true;     ///< the same spelling key, or one letter apart
    double distance_km = 0.0;  ///< from the middle of the places the articles name
};

/// A name that looks like a place but resolves to none ("Lake X" where the gazetteer has
/// no lake X, an infobox Place: entry, ...).
struct Candidate {
    std::string text;     ///< the name as written ("Orbulaq river"), not its sentence
    std::string pattern;  ///< why it looks like a place: "X River", "Lake X", "Infobox Place"
    Sighting where;
    std::vector<Suggestion> suggestions;  ///< best first; see suggest_locations()
    /// The first unresolved name spelled the same but for hyphens and spaces ("Kara-Bulak"
    /// for "Kara Bulak"): one place; empty when this is the first spelling.
    std::string same_as = {};
};

/// A name resolved although spelled otherwise than the gazetteer's names.
struct VariantNote {
    std::string text;      ///< as written ("Tolas river")
    std::string place_id;  ///< what it was resolved to
    std::string why;       ///< "hyphen or space variant", "one-vowel variant"
    Sighting where;
};

struct Geocoding {
    std::vector<std::string> articles;  ///< names, in the order given
    std::vector<PlaceMentions> places;  ///< places named at least once, in gazetteer order
    std::vector<Candidate> unresolved;  ///< in article order, then text order
    std::vector<VariantNote> variants;  ///< in article order, then text order
};

}  // namespace cm::geocode
