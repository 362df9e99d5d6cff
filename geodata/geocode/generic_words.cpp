#include "generic_words.hpp"

#include <algorithm>

namespace cm::geocode {
namespace {

using T = PlaceType;

const std::vector<GenericWord>& table() {
    static const std::vector<GenericWord> kTable{
        {{"battle", "of", "the"}, true, {T::battlefield}, false, "Battle of X"},
        {{"battle", "of"}, true, {T::battlefield}, false, "Battle of X"},
        {{"siege", "of"}, true, {T::settlement}, false, "siege of X"},
        {{"city", "of"}, true, {T::settlement}, true, "city of X"},
        {{"town", "of"}, true, {T::settlement}, true, "town of X"},
        {{"fortress", "of"}, true, {T::settlement}, true, "fortress of X"},
        {{"lake"}, true, {T::lake, T::sea}, true, "Lake X"},
        {{"mount"}, true, {T::mountains}, true, "Mount X"},
        {{"river"}, false, {T::river}, true, "X River"},
        {{"rivers"}, false, {T::river}, true, "X River"},
        {{"lake"}, false, {T::lake, T::sea}, true, "X Lake"},
        {{"sea"}, false, {T::sea, T::lake}, true, "X Sea"},
        {{"mountains"}, false, {T::mountains, T::region}, true, "X Mountains"},
        {{"mountain"}, false, {T::mountains}, true, "X Mountains"},
        {{"range"}, false, {T::mountains}, true, "X Mountains"},
        {{"valley"}, false, {T::valley, T::region, T::river}, true, "X Valley"},
        {{"pass"}, false, {T::pass}, true, "X Pass"},
        {{"steppe"}, false, {T::region}, true, "X Steppe"},
        {{"area"}, false, {T::region, T::valley, T::mountains}, false, "the X area", false},
        {{"region"}, false, {T::region, T::valley, T::mountains}, false, "the X region", false},
        {{"desert"}, false, {T::region}, false, "the X desert", false},
        {{"basin"}, false, {T::region, T::valley, T::lake}, false, "the X basin", false},
        {{"plateau"}, false, {T::region, T::mountains}, false, "the X plateau", false},
        {{"battle"}, false, {T::battlefield}, false, "X battle"},
    };
    return kTable;
}

bool words_at(const std::vector<Word>& words, std::size_t first, const GenericWord& g) {
    if (first + g.words.size() > words.size())
        return false;
    for (std::size_t k = 0; k < g.words.size(); ++k)
        if (words[first + k].folded != g.words[k])
            return false;
    return joined_run(words, first, first + g.words.size());
}

}  // namespace

std::span<const GenericWord> generic_words() {
    return table();
}

const GenericWord* generic_before(const std::vector<Word>& words, std::size_t at) {
    const GenericWord* best = nullptr;
    for (const GenericWord& g : table())
        if (g.before_name && words_at(words, at, g) &&
            (!best || g.words.size() > best->words.size()))
            best = &g;
    return best;
}

const GenericWord* generic_after(const std::vector<Word>& words, std::size_t at) {
    if (at >= words.size() || !words[at].joined)
        return nullptr;
    for (const GenericWord& g : table())
        if (!g.before_name && words_at(words, at, g))
            return &g;
    return nullptr;
}

bool admits(const GenericWord& generic, PlaceType type) {
    return std::find(generic.types.begin(), generic.types.end(), type) != generic.types.end();
}

}  // namespace cm::geocode
