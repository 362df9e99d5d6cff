// events_within and legs_within: what the renderer draws for a year or a span of years.

#include <gtest/gtest.h>

#include <algorithm>

#include "geodata/query/timeline.hpp"
#include "tests/geodata/history_test_data.hpp"

namespace {

using cm::test::project_atlas;

std::vector<std::string> event_ids(const cm::YearRange& span) {
    std::vector<std::string> ids;
    for (const auto& e : cm::events_within(project_atlas(), span))
        ids.push_back(e.id);
    return ids;
}

bool has(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

cm::Atlas one_campaign() {
    cm::Atlas atlas;
    cm::Campaign c;
    c.id = "march";
    c.side = "a";
    c.strength = 500;
    c.legs = {{"x", "y", {}, 1650, 0, false, cm::Certainty::approximate},
              {"y", "z", {}, 1652, 1656, false, cm::Certainty::uncertain},
              {"z", "x", {}, 1660, 0, true, cm::Certainty::approximate}};
    atlas.campaigns.push_back(c);
    return atlas;
}

}  // namespace

TEST(EventsWithin, TheYear1643) {
    const auto ids = event_ids({1643, 1643});
    for (const char* id : {"orbulaq-1643", "tokmaks-captured-1643", "turkistan-captured-1643",
                           "tashkent-captured-1643", "syr-darya-towns-captured-1643"})
        EXPECT_TRUE(has(ids, id)) << id;
    EXPECT_TRUE(has(ids, "dzungar-campaign-1640"));  // 1640-1643 overlaps 1643
    EXPECT_FALSE(has(ids, "sayram-captured-1646"));
}

TEST(EventsWithin, TheSecondWarHasBothSiegesOfSayramAndTheRevolt) {
    const auto ids = event_ids({1681, 1684});
    for (const char* id : {"sayram-siege-1681", "sayram-siege-1683", "sayram-captured-1684",
                           "sayram-revolt-1684", "sayram-recaptured-1684"})
        EXPECT_TRUE(has(ids, id)) << id;
    EXPECT_FALSE(has(ids, "andijan-captured-1686"));
    EXPECT_FALSE(has(ids, "orbulaq-1643"));
}

TEST(EventsWithin, SortedByFirstYear) {
    const auto events = cm::events_within(project_atlas(), {1623, 1697});
    EXPECT_EQ(events.size(), project_atlas().events.size());
    EXPECT_TRUE(std::is_sorted(events.begin(), events.end(), [](const auto& a, const auto& b) {
        return a.years.first < b.years.first;
    }));
}

TEST(EventsWithin, UndatedBattleAppearsInEveryYearOfItsSpan) {
    EXPECT_TRUE(has(event_ids({1655, 1655}), "galdamba-abushuker-battle"));
    EXPECT_FALSE(has(event_ids({1659, 1700}), "galdamba-abushuker-battle"));
}

TEST(LegsWithin, KeepsCampaignSideStrengthAndLegOrder) {
    const auto legs = cm::legs_within(one_campaign(), {1650, 1660});
    ASSERT_EQ(legs.size(), 3u);
    EXPECT_EQ(legs[0].campaign_id, "march");
    EXPECT_EQ(legs[0].side, "a");
    EXPECT_EQ(legs[0].strength, 500);
    EXPECT_EQ(legs[1].index, 1u);
    EXPECT_TRUE(legs[2].leg.retreat);
}

TEST(LegsWithin, ALegWithASpanCountsInEachOfItsYears) {
    EXPECT_EQ(cm::legs_within(one_campaign(), {1654, 1654}).size(), 1u);
    EXPECT_EQ(cm::legs_within(one_campaign(), {1657, 1659}).size(), 0u);
    EXPECT_EQ(cm::leg_years(one_campaign().campaigns[0].legs[1]), (cm::YearRange{1652, 1656}));
    EXPECT_EQ(cm::leg_years(one_campaign().campaigns[0].legs[0]), (cm::YearRange{1650, 1650}));
}

TEST(LegsWithin, GaldanMarchesFromSayramToTashkentIn1684) {
    const auto legs = cm::legs_within(project_atlas(), {1684, 1684});
    const bool found = std::any_of(legs.begin(), legs.end(), [](const cm::CampaignLeg& l) {
        return l.leg.from == "sayram" && l.leg.to == "tashkent" && l.side == "dzungar-khanate";
    });
    EXPECT_TRUE(found);
}

TEST(LegsWithin, GaldansRetreatIn1697IsARetreat) {
    const auto legs = cm::legs_within(project_atlas(), {1697, 1697});
    ASSERT_EQ(legs.size(), 1u);
    EXPECT_TRUE(legs[0].leg.retreat);
    EXPECT_EQ(legs[0].leg.to, "khovd");
}
