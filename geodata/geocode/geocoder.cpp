#include "geocoder.hpp"

#include <map>

#include "geodata/geocode/candidates.hpp"
#include "geodata/geocode/mentions.hpp"

namespace cm::geocode {
namespace {

/// Letters and digits of @p text, folded: "Kara-Bulak" and "Kara Bulak" give "karabulak".
std::string run_together_key(const std::string& text) {
    std::string key;
    for (const Word& w : split_words(text))
        key += w.folded;
    return key;
}

/// Marks each unresolved name that another spelled alike but for hyphens and spaces.
void join_spellings(std::vector<Candidate>& unresolved) {
    std::map<std::string, std::string> first;
    for (Candidate& c : unresolved) {
        const auto [it, fresh] = first.emplace(run_together_key(c.text), c.text);
        if (!fresh && it->second != c.text)
            c.same_as = it->second;
    }
}

}  // namespace

Geocoding geocode(const std::vector<Article>& articles, const PlaceIndex& index) {
    Geocoding result;
    std::vector<std::vector<Sighting>> by_place(index.places().size());
    for (const Article& article : articles) {
        result.articles.push_back(article.name);
        const std::vector<Word> words = split_words(article.text);
        const Findings found = find_mentions(words, index);
        for (const Mention& m : found.mentions) {
            by_place[m.place].push_back(sighting_of(article, words, m.span));
            if (!m.variant.empty())
                result.variants.push_back({text_of(article, words, m.span),
                                           index.places()[m.place].id, std::string(m.variant),
                                           by_place[m.place].back()});
        }
        for (Candidate& c : find_candidates(article, words, found))
            result.unresolved.push_back(std::move(c));
    }
    join_spellings(result.unresolved);
    for (std::size_t i = 0; i < by_place.size(); ++i)
        if (!by_place[i].empty())
            result.places.push_back({index.places()[i], std::move(by_place[i])});
    return result;
}

Geocoding geocode_files(const std::vector<std::string>& paths, const PlaceIndex& index) {
    std::vector<Article> articles;
    articles.reserve(paths.size());
    for (const std::string& path : paths)
        articles.push_back(read_article(path));
    return geocode(articles, index);
}

}  // namespace cm::geocode
