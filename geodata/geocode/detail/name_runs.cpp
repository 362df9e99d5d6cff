#include "geodata/geocode/detail/name_runs.hpp"

#include <algorithm>
#include <array>

#include "geodata/geocode/generic_words.hpp"
#include "geodata/geocode/words.hpp"

namespace cm::geocode::detail {
namespace {

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& set, std::string_view word) {
    return std::find(set.begin(), set.end(), word) != set.end();
}

/// Titles and words for peoples and their hosts: what a place's name never holds.
bool is_title_or_people(std::string_view w) {
    static constexpr std::array<std::string_view, 46> kWords{
        "khan",    "khans",  "batur",  "bahadur",      "tayiji", "taiji",    "taishi", "sultan",
        "bey",     "biy",    "beg",    "bek",          "noyan",  "khong",    "emir",   "amir",
        "shah",    "tsar",   "ataman", "mirza",        "khagan", "juz",      "zhuz",   "horde",
        "tatars",  "people", "clan",   "tribe",        "tribes", "dynasty",  "army",   "forces",
        "khanate", "troops", "envoy",  "envoys",       "son",    "daughter", "war",    "wars",
        "throne",  "faith",  "church", "christianity", "islam",  "buddhism"};
    return one_of(kWords, w);
}

/// Lowercase words that may follow a place's name in a sentence.
bool may_follow_name(std::string_view w) {
    static constexpr std::array<std::string_view, 34> kWords{
        "the",  "a",     "an",   "and",   "or",   "of",    "in",    "on",     "at",
        "to",   "from",  "by",   "with",  "for",  "as",    "near",  "where",  "which",
        "that", "who",   "was",  "were",  "is",   "had",   "after", "before", "but",
        "then", "while", "when", "until", "into", "again", "itself"};
    return one_of(kWords, w);
}

}  // namespace

bool is_function_word(const Word& w) {
    static constexpr std::array<std::string_view, 22> kWords{
        "the",  "a",   "an", "of",  "and",   "in",  "on",  "at",    "to",     "from", "by",
        "with", "for", "as", "his", "their", "her", "its", "after", "before", "when", "then"};
    return one_of(kWords, w.folded);
}

std::string_view gap_before(const Article& a, const std::vector<Word>& words, std::size_t i) {
    if (i == 0 || i >= words.size())
        return {};
    const std::size_t from = words[i - 1].byte_end;
    return std::string_view(a.text).substr(from, words[i].byte_begin - from);
}

Span name_run(const std::vector<Word>& words, const std::vector<bool>& taken, std::size_t at) {
    auto usable = [&](std::size_t i) {
        return !taken[i] && words[i].capitalized && !is_function_word(words[i]) &&
               !generic_after(words, i);
    };
    if (at >= words.size() || !usable(at))
        return {at, at};
    std::size_t end = at + 1;
    while (end < words.size() && end - at < kMaxNameWords && words[end].joined && usable(end))
        ++end;
    return {at, end};
}

bool names_no_place(const std::vector<Word>& words, Span run) {
    for (std::size_t i = run.first; i < run.end; ++i)
        if (is_title_or_people(words[i].folded))
            return true;
    if (run.first > 0 && words[run.first].joined && is_title_or_people(words[run.first - 1].folded))
        return true;
    if (run.end >= words.size())
        return false;
    // The capitalised words after the run, across a dash too: "Kazakh–Oirat Wars".
    for (std::size_t i = run.end; i < words.size() && i < run.end + 3 && words[i].capitalized; ++i)
        if (is_title_or_people(words[i].folded))
            return true;
    const Word& next = words[run.end];
    if (!next.joined)
        return false;
    return !next.capitalized && !may_follow_name(next.folded) && !generic_after(words, run.end);
}

}  // namespace cm::geocode::detail
