#include <cmath>
#include <numbers>

#include <gtest/gtest.h>

#include "render/labels/placement.hpp"
#include "tests/render/labels_scenes.hpp"

namespace cm {
namespace {

const PageBox kFrame{0.0, 0.0, 400.0, 300.0};

std::vector<PagePt> wavy_river(double x0, double x1, double y, double amplitude) {
    std::vector<PagePt> path;
    for (double x = x0; x <= x1; x += 4.0)
        path.push_back({x, y + amplitude * std::sin(x / 40.0)});
    return path;
}

double distance_to_segment(PagePt p, PagePt a, PagePt b) {
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    const double t =
        len2 == 0.0 ? 0.0 : std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0);
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

double distance_to_path(PagePt p, const std::vector<PagePt>& path) {
    double best = 1e300;
    for (std::size_t i = 1; i < path.size(); ++i)
        best = std::min(best, distance_to_segment(p, path[i - 1], path[i]));
    return best;
}

/// The middle of a letter's body: half an x-height above the middle of its baseline.
PagePt letter_centre(const PlacedRun& run, double size_pt) {
    const double c = std::cos(run.angle_rad);
    const double s = std::sin(run.angle_rad);
    const double up = 0.27 * size_pt;
    return {run.origin.x + c * run.advance_pt / 2.0 + s * up,
            run.origin.y + s * run.advance_pt / 2.0 - c * up};
}

const PlacedLabel& place_one(const LabelRequest& request, Placement& storage) {
    storage = place_labels({request}, {}, kFrame);
    EXPECT_EQ(storage.placed.size(), 1u);
    if (storage.placed.empty())
        throw std::runtime_error("label not placed");
    return storage.placed[0];
}

std::string joined(const PlacedLabel& label) {
    std::string text;
    for (const PlacedRun& run : label.runs)
        text += run.text;
    return text;
}

TEST(LineLabels, LettersFollowTheRiver) {
    const std::vector<PagePt> path = wavy_river(20.0, 380.0, 150.0, 18.0);
    Placement placement;
    const PlacedLabel& label = place_one(test::line_label("ili", "Ili-Balkhash", path), placement);
    EXPECT_EQ(joined(label), "Ili-Balkhash");
    ASSERT_EQ(label.runs.size(), label.boxes.size());
    for (const PlacedRun& run : label.runs)
        EXPECT_LT(distance_to_path(letter_centre(run, 9.0), path), 9.0 / 2.0) << run.text;
}

void expect_reads_left_to_right(const PlacedLabel& label) {
    for (std::size_t i = 0; i < label.runs.size(); ++i) {
        const PlacedRun& run = label.runs[i];
        EXPECT_GT(std::cos(run.angle_rad), 0.0) << "upside down at " << run.text;
        if (i == 0)
            continue;
        const PlacedRun& before = label.runs[i - 1];
        const double ahead = (run.origin.x - before.origin.x) * std::cos(before.angle_rad) +
                             (run.origin.y - before.origin.y) * std::sin(before.angle_rad);
        EXPECT_GT(ahead, 0.0) << run.text << " is not after " << before.text;
    }
}

TEST(LineLabels, ReadLeftToRightWhicheverWayTheRiverFlows) {
    std::vector<PagePt> eastward = wavy_river(20.0, 380.0, 150.0, 18.0);
    std::vector<PagePt> westward(eastward.rbegin(), eastward.rend());
    for (const auto& path : {eastward, westward}) {
        Placement placement;
        const PlacedLabel& label = place_one(test::line_label("syr", "Syr Darya", path), placement);
        EXPECT_EQ(joined(label), "Syr Darya");
        expect_reads_left_to_right(label);
    }
}

TEST(LineLabels, VerticalRiverReadsUpwards) {
    Placement placement;
    const PlacedLabel& label =
        place_one(test::line_label("talas", "Talas", {{200.0, 20.0}, {200.0, 280.0}}), placement);
    for (const PlacedRun& run : label.runs)
        EXPECT_NEAR(run.angle_rad, -std::numbers::pi / 2.0, 1e-6);
}

TEST(LineLabels, SharpBendIsSkippedForAStraighterStretch) {
    // A zigzag on the left half, a straight reach on the right: the name goes right.
    std::vector<PagePt> path;
    for (int i = 0; i <= 12; ++i)
        path.push_back({20.0 + 12.0 * i, (i % 2 == 0) ? 140.0 : 160.0});
    path.push_back({380.0, 150.0});
    Placement placement;
    const PlacedLabel& label = place_one(test::line_label("chu", "Chu", path), placement);
    for (const PlacedRun& run : label.runs)
        EXPECT_GT(run.origin.x, 164.0) << run.text;
    for (std::size_t i = 1; i < label.runs.size(); ++i)
        EXPECT_LT(std::abs(label.runs[i].angle_rad - label.runs[i - 1].angle_rad), 0.4);
}

TEST(LineLabels, RiverTooShortOrTooBentForItsNameIsDropped) {
    const Placement short_river = place_labels(
        {test::line_label("aksu", "Aksu-Zhabagly", {{100.0, 100.0}, {130.0, 100.0}})}, {}, kFrame);
    EXPECT_EQ(short_river.dropped, std::vector<std::string>{"aksu"});
    std::vector<PagePt> zigzag;
    for (int i = 0; i <= 30; ++i)
        zigzag.push_back({20.0 + 8.0 * i, (i % 2 == 0) ? 140.0 : 150.0});
    const Placement bent =
        place_labels({test::line_label("karatal", "Karatal", zigzag)}, {}, kFrame);
    EXPECT_EQ(bent.dropped, std::vector<std::string>{"karatal"});
}

TEST(LineLabels, LetterBoxesOfOneRiverDoNotCoverAnotherLabel) {
    const std::vector<PagePt> path = wavy_river(20.0, 380.0, 150.0, 18.0);
    const Placement placement =
        place_labels({test::point_label("town", "Almaty", {200.0, 150.0}, 0),
                      test::line_label("ili", "Ili", path, 1)},
                     {}, kFrame);
    ASSERT_EQ(placement.placed.size(), 2u);
    for (const PageBox& letter : placement.placed[1].boxes)
        for (const PageBox& box : placement.placed[0].boxes)
            EXPECT_FALSE(letter.intersects(box));
}

}  // namespace
}  // namespace cm
