#include "candidates.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "geodata/geocode/detail/listed_names.hpp"
#include "geodata/geocode/detail/name_runs.hpp"
#include "geodata/geocode/generic_words.hpp"
#include "geodata/geocode/normalize.hpp"
#include "geodata/geocode/words.hpp"

namespace cm::geocode {
namespace {

constexpr std::array<std::string_view, 2> kInfoboxPlaceKeys{"Place", "Location"};
constexpr std::string_view kInfoboxPattern = "Infobox Place";

bool name_like(const std::vector<Word>& words, const Findings& found, std::size_t i) {
    return !found.claimed[i] && words[i].capitalized && !detail::is_function_word(words[i]) &&
           !generic_before(words, i) && !generic_after(words, i);
}

Candidate candidate(const Article& a, const std::vector<Word>& words, Span span,
                    std::string_view pattern) {
    return {text_of(a, words, span), std::string(pattern), sighting_of(a, words, span), {}};
}

/// "Lake X", "city of X", "Battle of X": capitalised, unclaimed words after the phrase.
void find_prefixed(const Article& a, const std::vector<Word>& words, const Findings& found,
                   std::vector<Candidate>& out) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        const GenericWord* g = found.claimed[i] ? nullptr : generic_before(words, i);
        if (!g)
            continue;
        std::size_t end = i + g->words.size();
        while (end < words.size() && end - i - g->words.size() < kMaxNameWords &&
               words[end].joined && name_like(words, found, end))
            ++end;
        if (end > i + g->words.size())
            out.push_back(candidate(a, words, {i, end}, g->pattern));
    }
}

/// "X River", "the X river", "X Mountains": capitalised, unclaimed words before the word.
void find_suffixed(const Article& a, const std::vector<Word>& words, const Findings& found,
                   std::vector<Candidate>& out) {
    for (std::size_t i = 1; i < words.size(); ++i) {
        const GenericWord* g = found.claimed[i] ? nullptr : generic_after(words, i);
        if (!g)
            continue;
        std::size_t first = i;
        while (first > 0 && i - first < kMaxNameWords && words[first].joined &&
               name_like(words, found, first - 1))
            --first;
        if (first < i)
            out.push_back(candidate(a, words, {first, i + g->words.size()}, g->pattern));
    }
}

/// @returns the words that start in bytes [begin, end) of the text.
Span words_within(const std::vector<Word>& words, std::size_t begin, std::size_t end) {
    auto starts_before = [](const Word& w, std::size_t byte) { return w.byte_begin < byte; };
    const auto first = std::lower_bound(words.begin(), words.end(), begin, starts_before);
    const auto last = std::lower_bound(first, words.end(), end, starts_before);
    return {static_cast<std::size_t>(first - words.begin()),
            static_cast<std::size_t>(last - words.begin())};
}

bool any_in(const std::vector<bool>& flags, Span span) {
    return std::any_of(flags.begin() + static_cast<long>(span.first),
                       flags.begin() + static_cast<long>(span.end), [](bool f) { return f; });
}

/// Per word: part of a mention or of a reported candidate.
std::vector<bool> seen_words(const std::vector<Word>& words, const Findings& found,
                             const std::vector<Candidate>& out) {
    std::vector<bool> seen(words.size(), false);
    for (const Mention& m : found.mentions)
        std::fill(seen.begin() + static_cast<long>(m.span.first),
                  seen.begin() + static_cast<long>(m.span.end), true);
    auto before = [](const Word& w, std::size_t offset) { return w.offset < offset; };
    for (const Candidate& c : out)
        for (auto w = std::lower_bound(words.begin(), words.end(), c.where.offset, before);
             w != words.end() && w->offset < c.where.offset + c.where.length; ++w)
            seen[static_cast<std::size_t>(w - words.begin())] = true;
    for (std::size_t i = 0; i < words.size(); ++i)
        seen[i] = seen[i] || found.claimed[i];
    return seen;
}

/// Entries of the infobox's Place: line in which nothing resolved and nothing was reported.
void find_infobox_entries(const Article& a, const std::vector<Word>& words, const Findings& found,
                          std::vector<Candidate>& out) {
    const std::vector<bool> seen = seen_words(words, found, out);
    for (const InfoboxField& field : a.infobox) {
        if (std::find(kInfoboxPlaceKeys.begin(), kInfoboxPlaceKeys.end(), field.key) ==
            kInfoboxPlaceKeys.end())
            continue;
        for (std::size_t from = 0; from <= field.value.size();) {
            const std::size_t to = std::min(field.value.find(',', from), field.value.size());
            const Span entry = words_within(words, field.byte + from, field.byte + to);
            if (entry.first < entry.end && !any_in(seen, entry))
                out.push_back(candidate(a, words, entry, kInfoboxPattern));
            from = to + 1;
        }
    }
}

}  // namespace

std::string text_of(const Article& article, const std::vector<Word>& words, Span span) {
    const std::size_t from = words[span.first].byte_begin;
    return article.text.substr(from, words[span.end - 1].byte_end - from);
}

Sighting sighting_of(const Article& article, const std::vector<Word>& words, Span span) {
    const Word& last = words[span.end - 1];
    const std::size_t offset = words[span.first].offset;
    const std::string_view text = article.text;
    const std::size_t end = last.offset + count_code_points(text.substr(
                                              last.byte_begin, last.byte_end - last.byte_begin));
    return {article.name, section_at(article, offset), offset, end - offset};
}

std::vector<Candidate> find_candidates(const Article& article, const std::vector<Word>& words,
                                       const Findings& found) {
    std::vector<Candidate> out;
    for (const Rejection& r : found.rejections)
        out.push_back(candidate(article, words, r.span, r.pattern));
    find_prefixed(article, words, found, out);
    find_suffixed(article, words, found, out);
    find_infobox_entries(article, words, found, out);
    std::vector<bool> taken = seen_words(words, found, out);
    detail::find_infobox_parts(article, words, taken, out);
    detail::find_by_context(article, words, taken, out);
    std::sort(out.begin(), out.end(), [](const Candidate& x, const Candidate& y) {
        return x.where.offset < y.where.offset;
    });
    return out;
}

}  // namespace cm::geocode
