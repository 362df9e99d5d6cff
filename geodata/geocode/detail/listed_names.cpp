#include "geodata/geocode/detail/listed_names.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "geodata/geocode/candidates.hpp"
#include "geodata/geocode/detail/name_runs.hpp"

namespace cm::geocode::detail {
namespace {

struct Phrase {
    std::array<std::string_view, 2> words;  ///< the second empty for a one-word phrase
};

/// Verbs after which a list of places follows.
constexpr std::array<Phrase, 30> kPlaceVerbs{{
    {{"captured", ""}},   {{"took", ""}},        {{"besieged", ""}},   {{"reached", ""}},
    {{"seized", ""}},     {{"occupied", ""}},    {{"sacked", ""}},     {{"raided", ""}},
    {{"attacked", ""}},   {{"plundered", ""}},   {{"stormed", ""}},    {{"invaded", ""}},
    {{"crossed", ""}},    {{"entered", ""}},     {{"ravaged", ""}},    {{"marched", "to"}},
    {{"marched", "on"}},  {{"fled", "to"}},      {{"fled", "across"}}, {{"retreated", "to"}},
    {{"withdrew", "to"}}, {{"moved", "to"}},     {{"advanced", "to"}}, {{"advanced", "on"}},
    {{"returned", "to"}}, {{"migrated", "to"}},  {{"went", "to"}},     {{"sent", "to"}},
    {{"gathered", "at"}}, {{"assembled", "at"}},
}};

constexpr std::array<std::string_view, 12> kPrepositions{"at",     "near",   "in",      "to",
                                                         "from",   "by",     "towards", "toward",
                                                         "across", "beyond", "into",    "around"};

/// @returns the number of words of the place verb phrase at @p i, or 0.
std::size_t verb_at(const std::vector<Word>& words, std::size_t i) {
    for (const Phrase& p : kPlaceVerbs) {
        if (words[i].folded != p.words[0])
            continue;
        if (p.words[1].empty())
            return 1;
        if (i + 1 < words.size() && words[i + 1].joined && words[i + 1].folded == p.words[1])
            return 2;
    }
    return 0;
}

bool only_comma(std::string_view gap) {
    return std::all_of(gap.begin(), gap.end(), [](char c) { return c == ',' || c == ' '; });
}

void report(const Article& a, const std::vector<Word>& words, Span run, const std::string& why,
            std::vector<bool>& taken, std::vector<Candidate>& out) {
    std::fill(taken.begin() + static_cast<long>(run.first),
              taken.begin() + static_cast<long>(run.end), true);
    const Sighting where = sighting_of(a, words, run);
    out.push_back({text_of(a, words, run), why, where, {}});
}

/// The names of the list that starts at word @p at: "X, Y and Z", "the X, Y, or the Z".
void read_list(const Article& a, const std::vector<Word>& words, std::size_t at,
               const std::string& why, std::vector<bool>& taken, std::vector<Candidate>& out) {
    while (at < words.size()) {
        if (words[at].folded == "the" && at + 1 < words.size() && words[at + 1].joined)
            ++at;
        const Span run = name_run(words, taken, at);
        std::size_t next = run.end > at ? run.end : at + 1;
        if (run.end > at && !names_no_place(words, run))
            report(a, words, run, why, taken, out);
        else if (run.end == at && !taken[at])
            return;  // neither a name nor a known place: the list has ended
        while (next < words.size() && taken[next] && words[next].joined)
            ++next;  // the rest of a known place's name
        if (next >= words.size() || !only_comma(gap_before(a, words, next)))
            return;
        if (words[next].folded == "and" || words[next].folded == "or")
            ++next;
        at = next;
    }
}

}  // namespace

void find_by_context(const Article& a, const std::vector<Word>& words, std::vector<bool>& taken,
                     std::vector<Candidate>& out) {
    for (std::size_t i = 0; i < words.size(); ++i)
        if (const std::size_t n = verb_at(words, i); n > 0 && i + n < words.size())
            read_list(a, words, i + n, "list after '" + text_of(a, words, {i, i + n}) + "'", taken,
                      out);
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (words[i].capitalized || std::find(kPrepositions.begin(), kPrepositions.end(),
                                              words[i].folded) == kPrepositions.end())
            continue;
        std::size_t at = i + 1;
        if (words[at].folded == "the" && at + 1 < words.size())
            ++at;
        const Span run = name_run(words, taken, at);
        if (run.end > at && words[at].joined && !names_no_place(words, run))
            report(a, words, run, "after '" + words[i].folded + "'", taken, out);
    }
}

void find_infobox_parts(const Article& a, const std::vector<Word>& words, std::vector<bool>& taken,
                        std::vector<Candidate>& out) {
    for (const InfoboxField& field : a.infobox) {
        if (field.key != "Place" && field.key != "Location")
            continue;
        const std::size_t begin = field.byte, end = field.byte + field.value.size();
        auto before = [](const Word& w, std::size_t byte) { return w.byte_begin < byte; };
        const auto first = std::lower_bound(words.begin(), words.end(), begin, before);
        for (auto i = static_cast<std::size_t>(first - words.begin());
             i < words.size() && words[i].byte_begin < end; ++i) {
            std::size_t last = i;
            while (last < words.size() && words[last].byte_begin < end && words[last].capitalized &&
                   (last == i || words[last].joined))
                ++last;
            const bool any_taken =
                std::any_of(taken.begin() + static_cast<long>(i),
                            taken.begin() + static_cast<long>(last), [](bool t) { return t; });
            if (last > i && !any_taken && !is_function_word(words[i]))
                report(a, words, {i, last}, "Infobox Place", taken, out);
            if (last > i)
                i = last - 1;
        }
    }
}

}  // namespace cm::geocode::detail
