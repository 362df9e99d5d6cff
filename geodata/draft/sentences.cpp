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

/// Gives each sentence without a year of its own the year of its section's context.
void date_from_sections(std::vector<Sentence>& sentences) {
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        if (sentences[i].year)
            continue;
        for (std::size_t k = i; k-- > 0 && sentences[k].section == sentences[i].section;)
            if (sentences[k].year) {
                sentences[i].year = sentences[k].year;
                break;
            }
        for (std::size_t k = i + 1; !sentences[i].year && k < sentences.size() &&
                                    sentences[k].section == sentences[i].section;
             ++k)
            if (sentences[k].year_stated)
                sentences[i].year = sentences[k].year;
    }
}

}  // namespace

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
            out.push_back({i, i, words[i].offset, words[i].offset, section, std::nullopt, false});
        Sentence& s = out.back();
        s.end_word = i + 1;
        s.end_offset = words[i].offset + 1;
        if (const auto year = year_of(words[i]); year && !s.year) {
            s.year = year;
            s.year_stated = true;
        }
    }
    std::erase_if(out, [](const Sentence& s) { return s.section == "Infobox"; });
    date_from_sections(out);
    return out;
}

}  // namespace cm::draft
