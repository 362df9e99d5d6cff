#pragma once

// The gazetteer's names as the geocoder looks them up: folded words, keyed by the first.

#include <cstddef>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include "geodata/geocode/words.hpp"
#include "geodata/model/place.hpp"

namespace cm::geocode {

inline constexpr std::size_t kNotAPlace = std::numeric_limits<std::size_t>::max();

/// A phrase the index knows: one of a place's names, or a phrase that names a person or
/// a people and must never resolve to a place ("Galdan", "Baraba Tatars").
struct IndexedName {
    std::vector<std::string> words;  ///< folded
    std::size_t place = kNotAPlace;  ///< index into PlaceIndex::places()
    /// A name with its generic word dropped ("Sayram" of "Sayram Lake"): matched only when
    /// no place has that name itself, or when a generic word in the text asks for its type.
    bool core = false;
    bool primary = false;  ///< the place's own name, the one maps show
};

class PlaceIndex {
  public:
    /// @p not_places: phrases that are never places, as written (folded here).
    PlaceIndex(std::vector<Place> places, const std::vector<std::string>& not_places);

    const std::vector<Place>& places() const { return m_places; }

    /// @returns the longest known phrases starting at word @p at, all of one length
    /// (an ambiguous name gives several), or nothing.
    std::vector<const IndexedName*> longest_at(const std::vector<Word>& words,
                                               std::size_t at) const;

    /// The names whose words, run together, spell @p compact ("karatau" for "Kara-Tau",
    /// "Kara Tau" and "Karatau"), or nullptr.
    const std::vector<const IndexedName*>* compact(const std::string& compact) const;
    /// Every run-together spelling the index knows, with its names.
    const std::unordered_map<std::string, std::vector<const IndexedName*>>& compacts() const {
        return m_compact;
    }

  private:
    void add(std::vector<std::string> words, std::size_t place, bool core, bool primary);

    std::vector<Place> m_places;
    std::unordered_map<std::string, std::vector<IndexedName>> m_by_first_word;
    std::unordered_map<std::string, std::vector<const IndexedName*>> m_compact;
};

/// @returns @p words run together: "kara" "tau" give "karatau".
std::string run_together(const std::vector<std::string>& words);

}  // namespace cm::geocode
