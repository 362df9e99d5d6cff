#include "mentions.hpp"

#include <algorithm>
#include <optional>

#include "geodata/geocode/generic_words.hpp"
#include "geodata/geocode/variants.hpp"

namespace cm::geocode {
namespace {

/// A phrase found at one word: the known names it holds and the generic word around them.
struct Option {
    Span span;
    std::vector<const IndexedName*> names;
    const GenericWord* generic = nullptr;
};

Option direct_option(const std::vector<Word>& words, std::size_t at, const PlaceIndex& index) {
    Option o{{at, at}, index.longest_at(words, at), nullptr};
    if (!o.names.empty())
        o.span.end = at + o.names.front()->words.size();
    return o;
}

/// "Lake Sayram", "the city of Sayram", "Battle of the Bloody Hills".
Option prefixed_option(const std::vector<Word>& words, std::size_t at, const PlaceIndex& index) {
    const GenericWord* generic = generic_before(words, at);
    if (!generic)
        return {};
    const std::size_t name_at = at + generic->words.size();
    if (name_at >= words.size() || !words[name_at].joined)
        return {};
    Option o{{at, name_at}, index.longest_at(words, name_at), generic};
    if (o.names.empty())
        return {};
    o.span.end = name_at + o.names.front()->words.size();
    return o;
}

bool is_not_place(const std::vector<const IndexedName*>& names) {
    return std::any_of(names.begin(), names.end(),
                       [](const IndexedName* n) { return n->place == kNotAPlace; });
}

Option best_option(const std::vector<Word>& words, std::size_t at, const PlaceIndex& index) {
    Option direct = direct_option(words, at, index);
    Option prefixed = prefixed_option(words, at, index);
    Option best = prefixed.span.end > direct.span.end ? std::move(prefixed) : std::move(direct);
    if (best.names.empty() || best.generic || is_not_place(best.names))
        return best;
    if (const GenericWord* after = generic_after(words, best.span.end)) {
        best.generic = after;
        best.span.end += after->words.size();
    }
    return best;
}

/// Keeps the names of @p names that @p keep accepts, unless it accepts none.
template <typename Keep>
void prefer(std::vector<const IndexedName*>& names, Keep keep) {
    std::vector<const IndexedName*> kept;
    std::copy_if(names.begin(), names.end(), std::back_inserter(kept), keep);
    if (!kept.empty())
        names = std::move(kept);
}

/// @returns the place an option names, or nothing when its generic word admits none.
std::optional<std::size_t> choose_place(Option& o, const PlaceIndex& index) {
    const auto& places = index.places();
    auto admitted = [&](const IndexedName* n) { return admits(*o.generic, places[n->place].type); };
    if (o.generic) {
        const bool any = std::any_of(o.names.begin(), o.names.end(), admitted);
        if (!any && o.generic->strict)
            return std::nullopt;
        prefer(o.names, admitted);
    }
    prefer(o.names, [](const IndexedName* n) { return !n->core; });
    prefer(o.names, [](const IndexedName* n) { return n->primary; });
    const auto first =
        std::min_element(o.names.begin(), o.names.end(),
                         [](const auto* a, const auto* b) { return a->place < b->place; });
    return (*first)->place;
}

/// The option of a known name spelled otherwise at @p at ("Kara-Tau"), or an empty one.
Option variant_option(const std::vector<Word>& words, std::size_t at, const PlaceIndex& index,
                      std::string_view& why) {
    const auto v = variant_at(words, at, index);
    if (!v)
        return {};
    why = v->why;
    Option o{v->span, v->names, generic_after(words, v->span.end)};
    if (o.generic)
        o.span.end += o.generic->words.size();
    return o;
}

}  // namespace

Findings find_mentions(const std::vector<Word>& words, const PlaceIndex& index) {
    Findings found;
    found.claimed.assign(words.size(), false);
    std::size_t at = 0;
    while (at < words.size()) {
        Option o = best_option(words, at, index);
        std::string_view variant;
        if (o.names.empty())
            o = variant_option(words, at, index, variant);
        if (o.names.empty()) {
            ++at;
            continue;
        }
        std::fill(found.claimed.begin() + static_cast<long>(o.span.first),
                  found.claimed.begin() + static_cast<long>(o.span.end), true);
        if (!is_not_place(o.names)) {
            if (const auto place = choose_place(o, index))
                found.mentions.push_back({*place, o.span, variant});
            else
                found.rejections.push_back({o.span, o.generic->pattern});
        }
        at = o.span.end;
    }
    return found;
}

}  // namespace cm::geocode
