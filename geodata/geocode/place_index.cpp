#include "place_index.hpp"

#include <algorithm>

#include "geodata/geocode/generic_words.hpp"

namespace cm::geocode {
namespace {

std::vector<std::string> folded_words(const std::string& phrase) {
    std::vector<std::string> out;
    for (Word& w : split_words(phrase))
        out.push_back(std::move(w.folded));
    return out;
}

bool has_words(const std::vector<std::string>& phrase, std::size_t first,
               const std::vector<std::string_view>& generic) {
    if (first + generic.size() > phrase.size())
        return false;
    return std::equal(generic.begin(), generic.end(), phrase.begin() + static_cast<long>(first));
}

/// @returns the name without a generic word of its place's type ("Sayram Lake" gives
/// "Sayram", "Lake Sayram" too), or nothing when the name has none.
std::vector<std::string> core_of(const std::vector<std::string>& name, PlaceType type) {
    for (const GenericWord& g : generic_words()) {
        if (!g.gives_core || !admits(g, type) || name.size() <= g.words.size())
            continue;
        if (g.before_name && has_words(name, 0, g.words))
            return {name.begin() + static_cast<long>(g.words.size()), name.end()};
        if (!g.before_name && has_words(name, name.size() - g.words.size(), g.words))
            return {name.begin(), name.end() - static_cast<long>(g.words.size())};
    }
    return {};
}

}  // namespace

PlaceIndex::PlaceIndex(std::vector<Place> places, const std::vector<std::string>& not_places)
    : m_places(std::move(places)) {
    for (std::size_t i = 0; i < m_places.size(); ++i) {
        std::vector<std::string> all{m_places[i].name};
        all.insert(all.end(), m_places[i].names.begin(), m_places[i].names.end());
        for (const std::string& name : all)
            add(folded_words(name), i, false, &name == &all[0]);
        for (const std::string& name : all)
            add(core_of(folded_words(name), m_places[i].type), i, true, false);
    }
    for (const std::string& phrase : not_places)
        add(folded_words(phrase), kNotAPlace, false, false);
    for (auto& [first, names] : m_by_first_word)
        std::stable_sort(names.begin(), names.end(), [](const auto& a, const auto& b) {
            return a.words.size() > b.words.size();
        });
    for (const auto& [first, names] : m_by_first_word)
        for (const IndexedName& name : names)
            m_compact[run_together(name.words)].push_back(&name);
}

const std::vector<const IndexedName*>* PlaceIndex::compact(const std::string& key) const {
    const auto it = m_compact.find(key);
    return it == m_compact.end() ? nullptr : &it->second;
}

std::string run_together(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words)
        out += w;
    return out;
}

void PlaceIndex::add(std::vector<std::string> words, std::size_t place, bool core, bool primary) {
    if (words.empty())
        return;
    auto& names = m_by_first_word[words.front()];
    for (const IndexedName& known : names)
        if (known.place == place && known.words == words)
            return;
    names.push_back({std::move(words), place, core, primary});
}

std::vector<const IndexedName*> PlaceIndex::longest_at(const std::vector<Word>& words,
                                                       std::size_t at) const {
    std::vector<const IndexedName*> found;
    const auto it =
        at < words.size() ? m_by_first_word.find(words[at].folded) : m_by_first_word.end();
    if (it == m_by_first_word.end())
        return found;
    for (const IndexedName& name : it->second) {
        if (!found.empty() && name.words.size() < found.front()->words.size())
            break;
        if (at + name.words.size() > words.size() || !joined_run(words, at, at + name.words.size()))
            continue;
        bool same = true;
        for (std::size_t k = 1; same && k < name.words.size(); ++k)
            same = words[at + k].folded == name.words[k];
        if (same)
            found.push_back(&name);
    }
    return found;
}

}  // namespace cm::geocode
