#include "geodata/draft/sentence_parts.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "geodata/geocode/words.hpp"

namespace cm::draft {
namespace {

bool is_title(std::string_view w) {
    static constexpr std::array<std::string_view, 14> kTitles{
        "khan", "batur", "bahadur", "tayiji", "taiji", "taishi", "sultan",
        "bey",  "biy",   "noyan",   "khong",  "emir",  "shah",   "hong"};
    return std::find(kTitles.begin(), kTitles.end(), w) != kTitles.end();
}

/// @returns the number of words of @p phrase (folded words) at word @p at, or 0.
std::size_t phrase_at(const std::vector<geocode::Word>& words, std::size_t at, std::size_t end,
                      const std::vector<geocode::Word>& phrase) {
    if (phrase.empty() || at + phrase.size() > end)
        return 0;
    for (std::size_t k = 0; k < phrase.size(); ++k)
        if (words[at + k].folded != phrase[k].folded || (k > 0 && !words[at + k].joined))
            return 0;
    return phrase.size();
}

bool polity_at(const std::vector<geocode::Word>& words, std::size_t at, std::size_t end,
               const Polity& p) {
    std::vector<std::string> all{p.name};
    all.insert(all.end(), p.names.begin(), p.names.end());
    return std::any_of(all.begin(), all.end(), [&](const std::string& name) {
        return phrase_at(words, at, end, geocode::split_words(name)) > 0;
    });
}

bool in_polity_name(const std::string& folded, const std::vector<Polity>& polities) {
    for (const Polity& p : polities) {
        std::vector<std::string> all{p.name};
        all.insert(all.end(), p.names.begin(), p.names.end());
        for (const std::string& name : all)
            for (const geocode::Word& w : geocode::split_words(name))
                if (w.folded == folded)
                    return true;
    }
    return false;
}

/// A run of words with a title and a word that is neither a title nor a polity's.
bool names_a_person(const std::vector<geocode::Word>& words, std::size_t first, std::size_t end,
                    const std::vector<Polity>& polities) {
    bool titled = false, named = false;
    for (std::size_t i = first; i < end; ++i) {
        const bool title = is_title(words[i].folded);
        titled = titled || title;
        named = named || (!title && !in_polity_name(words[i].folded, polities));
    }
    return titled && named;
}

}  // namespace

std::vector<std::string> sides_in(const std::vector<geocode::Word>& words, const Sentence& s,
                                  const std::vector<Polity>& polities) {
    std::vector<std::string> out;
    for (std::size_t i = s.first_word; i < s.end_word; ++i)
        for (const Polity& p : polities)
            if (std::find(out.begin(), out.end(), p.id) == out.end() &&
                polity_at(words, i, s.end_word, p))
                out.push_back(p.id);
    return out;
}

std::vector<std::string> commanders_in(const std::string& text,
                                       const std::vector<geocode::Word>& words, const Sentence& s,
                                       const std::vector<Polity>& polities) {
    std::vector<std::string> out;
    for (std::size_t i = s.first_word; i < s.end_word;) {
        std::size_t end = i;
        while (end < s.end_word && end - i < geocode::kMaxNameWords && words[end].capitalized &&
               (end == i || words[end].joined))
            ++end;
        if (end > i + 1 && names_a_person(words, i, end, polities)) {
            const std::size_t from = words[i].byte_begin;
            std::string name = text.substr(from, words[end - 1].byte_end - from);
            if (std::find(out.begin(), out.end(), name) == out.end())
                out.push_back(std::move(name));
        }
        i = std::max(end, i + 1);
    }
    return out;
}

}  // namespace cm::draft
