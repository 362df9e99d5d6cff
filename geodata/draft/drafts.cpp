#include "geodata/draft/drafts.hpp"

#include <algorithm>
#include <map>

#include "geodata/draft/actions.hpp"
#include "geodata/draft/detail/campaign_drafts.hpp"
#include "geodata/draft/sentence_parts.hpp"
#include "geodata/draft/sentences.hpp"
#include "geodata/geocode/draft_gazetteer.hpp"
#include "geodata/geocode/mentions.hpp"
#include "geodata/model/record_id.hpp"

namespace cm::draft {
namespace {

using geocode::Mention;

/// The sentence's resolved places, in text order (the mentions are in text order too).
std::vector<const Mention*> mentions_in(const geocode::Findings& found, const Sentence& s) {
    const auto first =
        std::lower_bound(found.mentions.begin(), found.mentions.end(), s.first_word,
                         [](const Mention& m, std::size_t word) { return m.span.first < word; });
    std::vector<const Mention*> out;
    for (auto m = first; m != found.mentions.end() && m->span.first < s.end_word; ++m)
        out.push_back(&*m);
    return out;
}

/// Where the event happened: a movement's end, else a town for a siege or a capture, a
/// battlefield for a battle, else the first place named.
const Mention* event_place(const std::vector<const Mention*>& ms, EventType type,
                           const geocode::PlaceIndex& index) {
    if (moves(type))
        return ms.back();
    const PlaceType wanted =
        type == EventType::battle ? PlaceType::battlefield : PlaceType::settlement;
    const bool prefer =
        type == EventType::battle || type == EventType::siege || type == EventType::capture;
    for (const Mention* m : ms)
        if (prefer && index.places()[m->place].type == wanted)
            return m;
    return ms.front();
}

std::string event_name(EventType type, const Place& place) {
    std::string word(to_string(type));
    word[0] = static_cast<char>(word[0] - 'a' + 'A');
    return word + " at " + place.name;
}

struct ArticleContext {
    const geocode::Article& article;
    const std::vector<geocode::Word>& words;
    const geocode::Findings& found;
    const geocode::PlaceIndex& index;
    const std::vector<Polity>& polities;
};

std::optional<DraftEvent> event_of(const ArticleContext& c, const Sentence& s,
                                   std::map<std::string, int>& used) {
    const auto action = action_in(c.words, s.first_word, s.end_word);
    const std::vector<const Mention*> ms = mentions_in(c.found, s);
    const auto year = action ? year_of_action(s, action->word) : std::nullopt;
    if (!action || !year || ms.empty())
        return std::nullopt;
    const auto type = std::optional<EventType>(action->type);
    const Place& place = c.index.places()[event_place(ms, *type, c.index)->place];
    DraftEvent e;
    e.type = *type;
    e.year = *year;
    e.place_id = place.id;
    e.name = event_name(*type, place);
    e.id = unique_id(std::string(to_string(*type)) + "-" + place.id + "-" + std::to_string(*year),
                     used);
    e.sides = sides_in(c.words, s, c.polities);
    e.commanders = commanders_in(c.article.text, c.words, s, c.polities);
    e.where = {c.article.name, s.section, s.offset};
    return e;
}

}  // namespace

Drafts draft_history(const std::vector<geocode::Article>& articles,
                     const geocode::PlaceIndex& index, const std::vector<Polity>& polities) {
    Drafts drafts;
    std::map<std::string, int> used;
    for (const geocode::Article& article : articles) {
        const std::vector<geocode::Word> words = geocode::split_words(article.text);
        const geocode::Findings found = geocode::find_mentions(words, index);
        const ArticleContext context{article, words, found, index, polities};
        std::vector<detail::Movement> movements;
        for (const Sentence& s : split_sentences(article, words)) {
            std::optional<DraftEvent> e = event_of(context, s, used);
            if (!e)
                continue;
            if (moves(e->type)) {
                std::vector<std::string> places;
                for (const Mention* m : mentions_in(found, s))
                    places.push_back(index.places()[m->place].id);
                movements.push_back({*e, std::move(places)});
            }
            drafts.events.push_back(std::move(*e));
        }
        detail::add_campaigns(movements, drafts.campaigns, used);
    }
    return drafts;
}

}  // namespace cm::draft
