// A text written for a drafter test, read as `draft` reads an article: its words and sentences.
#pragma once

#include <string>
#include <vector>

#include "geodata/draft/sentences.hpp"
#include "geodata/geocode/article.hpp"

namespace cm::test {

struct DraftRead {
    cm::geocode::Article article;
    std::vector<cm::geocode::Word> words;
    std::vector<cm::draft::Sentence> sentences;
};

inline DraftRead read_for_draft(const std::string& text) {
    DraftRead r{cm::geocode::parse_article("test", text), {}, {}};
    r.words = cm::geocode::split_words(r.article.text);
    r.sentences = cm::draft::split_sentences(r.article, r.words);
    return r;
}

}  // namespace cm::test
