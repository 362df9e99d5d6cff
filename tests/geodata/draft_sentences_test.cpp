// What `draft` reads in a sentence: its years (the action's own, else the section's), the
// action's type, the sides and the titled commanders. Texts written for the tests.

#include <gtest/gtest.h>

#include <stdexcept>

#include "geodata/draft/actions.hpp"
#include "geodata/draft/sentence_parts.hpp"
#include "geodata/draft/sentences.hpp"
#include "geodata/geocode/article.hpp"
#include "tests/geodata/draft_read.hpp"

using namespace cm::draft;

namespace {

using Read = cm::test::DraftRead;

Read read(const std::string& text) {
    return cm::test::read_for_draft(text);
}

/// The sentence holding the first word @p folded.
const Sentence& with_word(const Read& r, const std::string& folded) {
    for (const Sentence& s : r.sentences)
        for (std::size_t i = s.first_word; i < s.end_word; ++i)
            if (r.words[i].folded == folded)
                return s;
    throw std::runtime_error("no sentence with " + folded);
}

std::optional<int> action_year(const Read& r, const std::string& word) {
    const Sentence& s = with_word(r, word);
    const auto action = action_in(r.words, s.first_word, s.end_word);
    return action ? year_of_action(s, action->word) : std::nullopt;
}

}  // namespace

TEST(DraftSentences, TheActionsYearIsTheOneAfterItElseBeforeItElseTheSections) {
    const Read r = read(
        "Title\n\n== War ==\n\nIn 1640 the khan began a war and captured the "
        "fort in 1643. The next town fell too and was sacked. In 1645 they "
        "fought again.\n\n== Later ==\n\nThey besieged the town. In 1650 "
        "peace came.\n");
    EXPECT_EQ(action_year(r, "captured"), 1643);  // "captured ... in 1643", not "In 1640"
    EXPECT_EQ(action_year(r, "sacked"), 1643);    // no year: the last named before in the section
    EXPECT_EQ(action_year(r, "fought"), 1645);    // the year before the action word
    EXPECT_EQ(action_year(r, "besieged"), 1650);  // first in its section: the year after it
    EXPECT_EQ(with_word(r, "besieged").section, "Later");
}

TEST(DraftSentences, TheMostSpecificActionWordGivesTheType) {
    // The less specific word comes first in each sentence: the more specific one wins.
    const Read r = read(
        "Title\n\nThe chiefs marched and met in a kurultai. They fought and the "
        "herders fled. They took and besieged the town. The riders raided and "
        "routed the foe.\n");
    const auto type = [&](const std::string& word) {
        const Sentence& s = with_word(r, word);
        return action_in(r.words, s.first_word, s.end_word)->type;
    };
    EXPECT_EQ(type("chiefs"), cm::EventType::assembly);
    EXPECT_EQ(type("herders"), cm::EventType::migration);
    EXPECT_EQ(type("town"), cm::EventType::siege);
    EXPECT_EQ(type("riders"), cm::EventType::battle);
}

TEST(DraftSentences, SidesFromPolityNamesAndCommandersFromTitledNames) {
    const std::vector<cm::Polity> polities{
        {"steppe", "Steppe Khanate", {"Steppe Khanate"}, "k", ""},
        {"hill", "Hill Khanate", {"Hillmen"}, "h", ""}};
    const Read r = read(
        "Title\n\nThe Hillmen under Dorji Batur fought the Steppe Khanate of "
        "Bolat Khan, and a Steppe Khan watched.\n");
    const Sentence& s = with_word(r, "fought");
    EXPECT_EQ(sides_in(r.words, s, polities), (std::vector<std::string>{"hill", "steppe"}));
    EXPECT_EQ(commanders_in(r.article.text, r.words, s, polities),
              (std::vector<std::string>{"Dorji Batur", "Bolat Khan"}));
}
