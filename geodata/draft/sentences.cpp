#include "geodata/draft/sentences.hpp"

#include <algorithm>

namespace cm::draft {
namespace {

constexpr int kFirstYear = 1000;
constexpr int kLastYear = 2100;

bool ends_sentence(const geocode::Article& a, const std::vector<geocode::Word>& words,
                   std::size_t i) {
    const std::size_t from = words[i - 1].byte_end;
    const std::string_view gap = std::string_view(a.text).substr(from, words[i].byte_begin - from);
    return gap.find_first_of(".!?\n") != std::string_view::npos;
}

/// Gives each sentence without a year of its own the year of its section's context: one pass
/// forward carrying the last year named in the section, one backward carrying the next.
void date_from_sections(std::vector<Sentence>& sentences) {
    std::optional<int> last;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        Sentence& s = sentences[i];
        if (i > 0 && sentences[i - 1].section != s.section)
            last.reset();
        if (!s.years.empty())
            last = s.years.back().second;
        else
            s.context_year = last;
    }
    std::optional<int> next;
    for (std::size_t i = sentences.size(); i-- > 0;) {
        Sentence& s = sentences[i];
        if (i + 1 < sentences.size() && sentences[i + 1].section != s.section)
            next.reset();
        if (!s.years.empty())
            next = s.years.front().second;
        else if (!s.context_year)
            s.context_year = next;
    }
}

}  // namespace

std::optional<int> year_of_action(const Sentence& s, std::size_t action) {
    for (const auto& [word, year] : s.years)
        if (word > action)
            return year;
    return s.years.empty() ? s.context_year : std::optional<int>(s.years.back().second);
}

std::optional<int> year_of(const geocode::Word& w) {
    if (w.folded.size() != 4 ||
        !std::all_of(w.folded.begin(), w.folded.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    const int year = std::stoi(w.folded);
    return year >= kFirstYear && year <= kLastYear ? std::optional<int>(year) : std::nullopt;
}

std::vector<Sentence> split_sentences(const geocode::Article& article,
                                      const std::vector<geocode::Word>& words) {
    std::vector<Sentence> out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& section = geocode::section_at(article, words[i].offset);
        if (out.empty() || ends_sentence(article, words, i) || out.back().section != section)
            out.push_back({i, i, words[i].offset, words[i].offset, section, {}, std::nullopt});
        Sentence& s = out.back();
        s.end_word = i + 1;
        s.end_offset = words[i].offset + 1;
        if (const auto year = year_of(words[i]))
            s.years.emplace_back(i, *year);
    }
    std::erase_if(out, [](const Sentence& s) { return s.section == "Infobox"; });
    date_from_sections(out);
    return out;
}

}  // namespace cm::draft
