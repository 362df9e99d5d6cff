#include "geodata/geocode/variants.hpp"

#include <algorithm>
#include <string>

#include "geodata/geocode/generic_words.hpp"
#include "geodata/geocode/words.hpp"

namespace cm::geocode {
namespace {

bool is_vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/// One vowel replaced by another, nothing else changed ("tolas" and "talas").
bool one_vowel_apart(const std::string& a, const std::string& b) {
    if (a.size() != b.size() || a.size() < 4)
        return false;
    std::size_t differences = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) {
            if (!is_vowel(a[i]) || !is_vowel(b[i]) || ++differences > 1)
                return false;
        }
    return differences == 1;
}

std::string run_of(const std::vector<Word>& words, std::size_t first, std::size_t end) {
    std::string out;
    for (std::size_t i = first; i < end; ++i)
        out += words[i].folded;
    return out;
}

std::vector<const IndexedName*> rivers_one_vowel_from(const std::string& key,
                                                      const PlaceIndex& index) {
    std::vector<const IndexedName*> out;
    for (const auto& [compact, names] : index.compacts()) {
        if (!one_vowel_apart(key, compact))
            continue;
        for (const IndexedName* n : names)
            if (n->place != kNotAPlace && index.places()[n->place].type == PlaceType::river)
                out.push_back(n);
    }
    return out;
}

bool before_river_word(const std::vector<Word>& words, std::size_t at) {
    const GenericWord* g = generic_after(words, at);
    return g && admits(*g, PlaceType::river) && g->types.size() == 1;
}

}  // namespace

std::optional<VariantMatch> variant_at(const std::vector<Word>& words, std::size_t at,
                                       const PlaceIndex& index) {
    if (at >= words.size() || !words[at].capitalized)
        return std::nullopt;
    const std::size_t longest = std::min(kMaxNameWords, words.size() - at);
    for (std::size_t k = longest; k >= 1; --k) {
        if (!joined_run(words, at, at + k))
            continue;
        const std::string key = run_of(words, at, at + k);
        if (const auto* names = index.compact(key))
            return VariantMatch{{at, at + k}, *names, "hyphen or space variant"};
        if (before_river_word(words, at + k))
            if (auto rivers = rivers_one_vowel_from(key, index); !rivers.empty())
                return VariantMatch{{at, at + k}, std::move(rivers), "one-vowel variant"};
    }
    return std::nullopt;
}

}  // namespace cm::geocode
