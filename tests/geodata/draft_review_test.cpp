// The drafter on long articles: a section of many sentences without a year, and many
// sentences each naming a place, are read in time linear in their number, with the same
// years and places as a short article gives.

#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <string>

#include "geodata/draft/drafts.hpp"
#include "geodata/draft/sentences.hpp"
#include "geodata/geocode/article.hpp"
#include "geodata/geocode/place_index.hpp"
#include "tests/geodata/draft_read.hpp"
#include "tests/time_budget.hpp"

using namespace cm::draft;

namespace {

using cm::test::seconds_since;
using cm::test::time_budget;

using Read = cm::test::DraftRead;

Read read(const std::string& text) {
    return cm::test::read_for_draft(text);
}

/// The sentences holding the word @p folded, in text order.
std::vector<const Sentence*> with_word(const Read& r, const std::string& folded) {
    std::vector<const Sentence*> out;
    for (const Sentence& s : r.sentences)
        for (std::size_t i = s.first_word; i < s.end_word; ++i)
            if (r.words[i].folded == folded) {
                out.push_back(&s);
                break;
            }
    return out;
}

std::optional<int> context_of(const Read& r, const std::string& folded) {
    const std::vector<const Sentence*> s = with_word(r, folded);
    EXPECT_EQ(s.size(), 1u) << folded;
    return s.empty() ? std::nullopt : s[0]->context_year;
}

std::string repeated(const std::string& sentence, int times) {
    std::string out;
    for (int i = 0; i < times; ++i)
        out += sentence;
    return out;
}

cm::geocode::PlaceIndex one_town() {
    cm::Place town;
    town.id = "knowntown";
    town.name = "Knowntown";
    town.names = {"Knowntown"};
    town.type = cm::PlaceType::settlement;
    town.geometry = cm::PointGeometry{{69.0, 42.0}};
    return cm::geocode::PlaceIndex({town}, {});
}

}  // namespace

TEST(DraftReview, ContextYearsComeFromTheSameSectionBeforeThenAfter) {
    const Read r = read(
        "Title\n\n== One ==\n\nIt rained. In 1640 it began. It went on. In 1642 and 1643 it "
        "spread. It ended.\n\n== Two ==\n\nNobody knew. Then 1650 came. After.\n\n== Three "
        "==\n\nNo year here.\n");
    EXPECT_EQ(context_of(r, "rained"), 1640);         // none before it: the first after it
    EXPECT_EQ(context_of(r, "began"), std::nullopt);  // names its own
    EXPECT_EQ(context_of(r, "went"), 1640);
    EXPECT_EQ(context_of(r, "ended"), 1643);   // the last year named before it
    EXPECT_EQ(context_of(r, "nobody"), 1650);  // not 1643: another section
    EXPECT_EQ(context_of(r, "after"), 1650);
    EXPECT_EQ(context_of(r, "here"), std::nullopt);  // its section names none
}

TEST(DraftReview, ASectionOfManySentencesWithoutAYearIsDatedInLinearTime) {
    const std::string text =
        "Title\n\n== Long ==\n\n" + repeated("It rained. ", 200000) + "In 1650 it ended.\n";
    const auto start = std::chrono::steady_clock::now();
    const Read r = read(text);
    EXPECT_LT(seconds_since(start), time_budget(10.0));
    const std::vector<const Sentence*> rained = with_word(r, "rained");
    ASSERT_EQ(rained.size(), 200000u);
    EXPECT_EQ(rained.front()->context_year, 1650);
    EXPECT_EQ(rained.back()->context_year, 1650);
}

TEST(DraftReview, ManySentencesNamingPlacesAreDraftedInLinearTime) {
    const std::string text = "Title\n\n== War ==\n\n" +
                             repeated("In 1650 Knowntown slept. ", 200000) +
                             "In 1651 the khan besieged Knowntown.\n";
    const auto start = std::chrono::steady_clock::now();
    const Drafts drafts = draft_history({cm::geocode::parse_article("test", text)}, one_town(), {});
    EXPECT_LT(seconds_since(start), time_budget(10.0));
    ASSERT_EQ(drafts.events.size(), 1u);
    EXPECT_EQ(drafts.events[0].year, 1651);
    EXPECT_EQ(drafts.events[0].place_id, "knowntown");
    EXPECT_EQ(drafts.events[0].type, cm::EventType::siege);
}
