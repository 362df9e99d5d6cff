#include <algorithm>
#include <limits>
#include <map>
#include <random>

#include <gtest/gtest.h>

#include "render/labels/candidates.hpp"
#include "render/labels/placement.hpp"
#include "tests/render/labels_scenes.hpp"

namespace cm {
namespace {

const PageBox kFrame{0.0, 0.0, 400.0, 300.0};

bool disjoint_from_all(const PageBox& box, const std::vector<PageBox>& others) {
    for (const PageBox& other : others)
        if (box.intersects(other))
            return false;
    return true;
}

bool inside(const PageBox& frame, const PageBox& box) {
    return frame.x0 <= box.x0 && box.x1 <= frame.x1 && frame.y0 <= box.y0 && box.y1 <= frame.y1;
}

TEST(LabelPlacement, PointLabelWithAFreeRightSideGoesRight) {
    const PagePt anchor{200.0, 150.0};
    const Placement placement =
        place_labels({test::point_label("sairam", "Sairam", anchor)}, {}, kFrame);
    ASSERT_EQ(placement.placed.size(), 1u);
    const PageBox box = test::hull(placement.placed[0]);
    EXPECT_GT(box.x0, anchor.x + 2.5);  // clear of the symbol's radius
    EXPECT_LT(box.x0, anchor.x + 6.0);  // but close to it
    EXPECT_NEAR((box.y0 + box.y1) / 2.0, anchor.y, 1.5);
    EXPECT_TRUE(placement.dropped.empty());
}

TEST(LabelPlacement, BlockedRightSideSendsTheLabelElsewhere) {
    const PagePt anchor{200.0, 150.0};
    const std::vector<PageBox> obstacles{{204.0, 140.0, 260.0, 160.0}};
    const Placement placement =
        place_labels({test::point_label("sairam", "Sairam", anchor)}, obstacles, kFrame);
    ASSERT_EQ(placement.placed.size(), 1u);
    const PageBox box = test::hull(placement.placed[0]);
    EXPECT_TRUE(disjoint_from_all(box, obstacles));
    EXPECT_FALSE(box.contains(anchor));
}

TEST(LabelPlacement, HemmedInByTheFrameALabelStandsAboveItsSymbolPushedAside) {
    // Right of the symbol is the frame's edge; left and below, something already placed.
    // None of the eight classic positions is free, but above the symbol, pushed to the
    // left, is.
    const PagePt anchor{kFrame.x1 - 10.0, 150.0};
    const std::vector<PageBox> obstacles{{0.0, anchor.y - 2.5, anchor.x + 1.0, kFrame.y1}};
    const Placement placement =
        place_labels({test::point_label("sairam", "Sairam", anchor)}, obstacles, kFrame);
    ASSERT_EQ(placement.placed.size(), 1u);
    const PageBox box = test::hull(placement.placed[0]);
    EXPECT_TRUE(disjoint_from_all(box, obstacles));
    EXPECT_TRUE(inside(kFrame, box));
    EXPECT_LT(box.y1, anchor.y);
    EXPECT_LT(box.x0, anchor.x);
    EXPECT_GT(box.x1, anchor.x);
}

TEST(LabelPlacement, HigherPriorityWinsAContestedSpot) {
    // A frame with room for one label only: whichever comes first in the input, the
    // more important one is placed.
    const PageBox tight{0.0, 0.0, 160.0, 24.0};
    const PagePt centre{80.0, 12.0};
    for (const bool important_first : {true, false}) {
        std::vector<LabelRequest> requests{test::area_label("jetisu", "Jetisu", centre, 1),
                                           test::area_label("ulytau", "Ulytau", centre, 5)};
        if (!important_first)
            std::swap(requests[0], requests[1]);
        const Placement placement = place_labels(requests, {}, tight);
        ASSERT_EQ(placement.placed.size(), 1u);
        EXPECT_EQ(placement.placed[0].id, "jetisu");
        ASSERT_EQ(placement.dropped.size(), 1u);
        EXPECT_EQ(placement.dropped[0], "ulytau");
    }
}

TEST(LabelPlacement, LabelThatCannotFitIsDroppedAndNamed) {
    const PageBox small{0.0, 0.0, 40.0, 40.0};
    const Placement placement =
        place_labels({test::area_label("tarbagatai", "Tarbagatai", {20.0, 20.0})}, {}, small);
    EXPECT_TRUE(placement.placed.empty());
    ASSERT_EQ(placement.dropped.size(), 1u);
    EXPECT_EQ(placement.dropped[0], "tarbagatai");
}

TEST(LabelPlacement, LabelOutsideTheFrameIsDropped) {
    const Placement placement =
        place_labels({test::point_label("far", "Farside", {500.0, 150.0}),
                      test::point_label("edge", "Turkistan", {398.0, -5.0})},
                     {}, kFrame);
    EXPECT_TRUE(placement.placed.empty());
    EXPECT_EQ(placement.dropped, (std::vector<std::string>{"far", "edge"}));
}

TEST(LabelPlacement, CrowdedPointsUseOtherSidesAndNeverOverlap) {
    // Three settlements in a row 30 pt apart: the middle one cannot go right.
    const Placement placement = place_labels({test::point_label("a", "Sairam", {150.0, 150.0}, 0),
                                              test::point_label("b", "Otrar", {180.0, 150.0}, 1),
                                              test::point_label("c", "Sauran", {210.0, 150.0}, 2)},
                                             {}, kFrame);
    ASSERT_EQ(placement.placed.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = i + 1; j < 3; ++j)
            EXPECT_FALSE(
                test::hull(placement.placed[i]).intersects(test::hull(placement.placed[j])));
}

std::vector<LabelRequest> random_requests(std::mt19937& random, int count) {
    static const std::vector<std::string> kNames{"Ayagöz",    "Yalangtoʻsh", "Сайрам",   "Otrar",
                                                 "Turkistan", "Sauran",      "Tashkent", "Ili"};
    std::vector<LabelRequest> requests;
    for (int i = 0; i < count; ++i) {
        const PagePt at{static_cast<double>(random() % 4000) / 10.0,
                        static_cast<double>(random() % 3000) / 10.0};
        const std::string& name = kNames[random() % kNames.size()];
        const int priority = static_cast<int>(random() % 10);
        const std::string id = "p" + std::to_string(i);
        if (random() % 5 == 0) {
            requests.push_back(test::area_label(id, name, at, priority));
        } else if (random() % 4 == 0) {
            requests.push_back(test::line_label(
                id, name, {at, {at.x + 60.0, at.y + 20.0}, {at.x + 120.0, at.y}}, priority));
        } else {
            requests.push_back(test::point_label(id, name, at, priority));
        }
    }
    return requests;
}

TEST(LabelPlacement, PlacedBoxesNeverOverlapLabelsOrObstacles) {
    std::mt19937 random(1643);
    for (int round = 0; round < 3; ++round) {
        const std::vector<LabelRequest> requests = random_requests(random, 300);
        std::vector<PageBox> obstacles;
        for (int i = 0; i < 50; ++i) {
            const double x = static_cast<double>(random() % 390);
            const double y = static_cast<double>(random() % 290);
            obstacles.push_back({x, y, x + 8.0, y + 8.0});
        }
        const Placement placement = place_labels(requests, obstacles, kFrame);
        EXPECT_EQ(placement.placed.size() + placement.dropped.size(), requests.size());
        EXPECT_GT(placement.placed.size(), 20u);
        EXPECT_FALSE(placement.dropped.empty());
        for (std::size_t i = 0; i < placement.placed.size(); ++i) {
            for (const PageBox& box : placement.placed[i].boxes) {
                EXPECT_TRUE(inside(kFrame, box));
                EXPECT_TRUE(disjoint_from_all(box, obstacles)) << placement.placed[i].id;
                for (std::size_t j = i + 1; j < placement.placed.size(); ++j)
                    EXPECT_TRUE(disjoint_from_all(box, placement.placed[j].boxes))
                        << placement.placed[i].id << " overlaps " << placement.placed[j].id;
            }
        }
    }
}

TEST(LabelPlacement, SameInputGivesTheSamePlacement) {
    std::mt19937 random(1681);
    const std::vector<LabelRequest> requests = random_requests(random, 120);
    const Placement first = place_labels(requests, {}, kFrame);
    const Placement second = place_labels(requests, {}, kFrame);
    EXPECT_EQ(first.dropped, second.dropped);
    ASSERT_EQ(first.placed.size(), second.placed.size());
    for (std::size_t i = 0; i < first.placed.size(); ++i) {
        ASSERT_EQ(first.placed[i].runs.size(), second.placed[i].runs.size());
        for (std::size_t r = 0; r < first.placed[i].runs.size(); ++r) {
            EXPECT_EQ(first.placed[i].runs[r].origin, second.placed[i].runs[r].origin);
            EXPECT_EQ(first.placed[i].runs[r].angle_rad, second.placed[i].runs[r].angle_rad);
        }
    }
}

TEST(LabelPlacement, MoreImportantLabelsArePlacedFirst) {
    std::mt19937 random(1635);
    const std::vector<LabelRequest> requests = random_requests(random, 200);
    std::map<std::string, int> priority;
    for (const LabelRequest& request : requests)
        priority[request.id] = request.priority;
    const Placement placement = place_labels(requests, {}, kFrame);
    ASSERT_FALSE(placement.placed.empty());
    for (std::size_t i = 1; i < placement.placed.size(); ++i)
        EXPECT_LE(priority[placement.placed[i - 1].id], priority[placement.placed[i].id]);
    for (const PlacedLabel& label : placement.placed)
        EXPECT_EQ(std::count(placement.dropped.begin(), placement.dropped.end(), label.id), 0);
}

TEST(LabelPlacement, LongRegionNamesAreStackedShortOnesAreNot) {
    const Placement placement = place_labels(
        {test::area_label("jetisu", "Jetisu", {100.0, 60.0}),
         test::area_label("issyk-kul", "Issyk-Kul and the inner Tian Shan", {250.0, 200.0})},
        {}, kFrame);
    ASSERT_EQ(placement.placed.size(), 2u);
    const PlacedLabel* jetisu = test::find_placed(placement, "jetisu");
    const PlacedLabel* issyk = test::find_placed(placement, "issyk-kul");
    ASSERT_TRUE(jetisu && issyk);
    EXPECT_EQ(jetisu->runs.size(), 1u);
    ASSERT_GE(issyk->runs.size(), 2u);
    std::string words;
    for (const PlacedRun& run : issyk->runs) {
        EXPECT_LE(run.advance_pt, 12.0 * 12.0);  // each line within the width of a name
        // Lines are centred on the anchor, one below the other.
        EXPECT_NEAR(run.origin.x + run.advance_pt / 2.0, 250.0, 0.01);
        words += (words.empty() ? "" : " ") + run.text;
    }
    EXPECT_EQ(words, "ISSYK-KUL AND THE INNER TIAN SHAN");
    for (std::size_t i = 1; i < issyk->runs.size(); ++i)
        EXPECT_GT(issyk->runs[i].origin.y, issyk->runs[i - 1].origin.y + 12.0);
}

TEST(LabelPlacement, CrowdedRegionNameFallsBackToAStack) {
    // Ranges on both sides leave a gap too narrow for the name on one line.
    const std::vector<PageBox> obstacles{{0.0, 90.0, 150.0, 210.0}, {250.0, 90.0, 400.0, 210.0}};
    LabelRequest request = test::area_label("chu-talas", "Chu and Talas", {200.0, 150.0});
    request.font.letter_spacing_pt = 1.0;
    const Placement placement = place_labels({request}, obstacles, kFrame);
    ASSERT_EQ(placement.placed.size(), 1u);
    EXPECT_GE(placement.placed[0].runs.size(), 2u);
    for (const PageBox& box : placement.placed[0].boxes)
        EXPECT_TRUE(disjoint_from_all(box, obstacles));
}

TEST(LabelPlacement, LineBreaksAreBalanced) {
    const auto variants = detail::line_breaks("Kazakh steppe (Sary-Arka, Ulytau)");
    ASSERT_EQ(variants.size(), 3u);
    EXPECT_EQ(variants[0], std::vector<std::string>{"Kazakh steppe (Sary-Arka, Ulytau)"});
    EXPECT_EQ(variants[1], (std::vector<std::string>{"Kazakh steppe", "(Sary-Arka, Ulytau)"}));
    EXPECT_EQ(variants[2].size(), 3u);
    EXPECT_EQ(detail::line_breaks("Jetisu").size(), 1u);
    // No line of a lone short word.
    EXPECT_EQ(
        detail::line_breaks("Khanate of Bukhara"),
        (std::vector<std::vector<std::string>>{{"Khanate of Bukhara"}, {"Khanate", "of Bukhara"}}));
    EXPECT_TRUE(detail::line_breaks("").empty());
}

TEST(LabelPlacement, UnusableRequestsAreDroppedNotACrash) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const Placement placement =
        place_labels({test::point_label("nan", "Otrar", {nan, 100.0}),
                      test::point_label("empty", "", {100.0, 100.0}),
                      test::area_label("nowhere", "Jetisu", {nan, nan}),
                      test::line_label("one-point", "Ili", {{10.0, 10.0}}),
                      test::line_label("nan-path", "Chu", {{nan, 10.0}, {20.0, nan}})},
                     {}, kFrame);
    EXPECT_TRUE(placement.placed.empty());
    EXPECT_EQ(placement.dropped,
              (std::vector<std::string>{"nan", "empty", "nowhere", "one-point", "nan-path"}));
}

}  // namespace
}  // namespace cm
