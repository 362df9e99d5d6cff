// The candidate cache: placing the same labels again through it gives what placing them afresh
// gives, a request that changed gets candidates of its own, and an unchanged one is not made
// twice.

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "render/labels/candidate_cache.hpp"
#include "render/labels/placement.hpp"
#include "tests/render/labels_scenes.hpp"

namespace cm {
namespace {

const PageBox kFrame{0.0, 0.0, 800.0, 600.0};

std::vector<LabelRequest> scene() {
    LabelRequest land = test::area_label("area:l", "Khalkha Mongols", {350, 300});
    land.inside = {{{100, 100}, {180, 100}, {180, 420}, {600, 420}, {600, 500}, {100, 500}}};
    return {test::point_label("place:a", "Sayram", {400, 200}), land,
            test::point_label("place:b", "Turkistan", {420, 215})};
}

void expect_same(const Placement& a, const Placement& b) {
    ASSERT_EQ(a.placed.size(), b.placed.size());
    EXPECT_EQ(a.dropped, b.dropped);
    for (std::size_t i = 0; i < a.placed.size(); ++i) {
        EXPECT_EQ(a.placed[i].id, b.placed[i].id);
        EXPECT_EQ(a.placed[i].boxes, b.placed[i].boxes);
        ASSERT_EQ(a.placed[i].runs.size(), b.placed[i].runs.size());
        for (std::size_t r = 0; r < a.placed[i].runs.size(); ++r) {
            EXPECT_EQ(a.placed[i].runs[r].text, b.placed[i].runs[r].text);
            EXPECT_EQ(a.placed[i].runs[r].origin, b.placed[i].runs[r].origin);
        }
    }
}

TEST(LabelCandidateCache, PlacingAgainThroughItGivesWhatPlacingAfreshGives) {
    CandidateCache cache;
    const std::vector<PageBox> first_obstacles{};
    // The second placement has the first one's spot of Sayram taken: its label moves.
    const Placement first = place_labels(scene(), first_obstacles, kFrame, {}, &cache);
    ASSERT_EQ(first.placed.size(), 3u);
    const std::vector<PageBox> second_obstacles{first.placed[0].boxes.front()};
    const Placement again = place_labels(scene(), second_obstacles, kFrame, {}, &cache);
    expect_same(again, place_labels(scene(), second_obstacles, kFrame));
    EXPECT_NE(again.placed[0].boxes, first.placed[0].boxes);
}

TEST(LabelCandidateCache, ARequestThatChangedGetsCandidatesOfItsOwn) {
    CandidateCache cache;
    std::vector<LabelRequest> requests = scene();
    place_labels(requests, {}, kFrame, {}, &cache);
    requests[0].anchor = {650, 100};  // same id, elsewhere
    requests[1].text = "Altan Khanate";
    const Placement moved = place_labels(requests, {}, kFrame, {}, &cache);
    expect_same(moved, place_labels(requests, {}, kFrame));
    ASSERT_EQ(moved.placed[0].id, "place:a");
    EXPECT_GT(moved.placed[0].boxes.front().x0, 600.0);
}

TEST(LabelCandidateCache, AnUnchangedRequestIsMadeOnce) {
    CandidateCache cache;
    const Typesetter& typesetter = thread_typesetter();
    const LabelRequest request = scene()[1];
    const CandidateCache::Entry* first = &cache.entry(request, typesetter);
    EXPECT_FALSE(first->candidates().empty());
    EXPECT_TRUE(first->land().has_value());
    EXPECT_EQ(&cache.entry(request, typesetter), first);
    LabelRequest renamed = request;
    renamed.text = "Altan Khanate";
    const CandidateCache::Entry& second = cache.entry(renamed, typesetter);
    EXPECT_NE(&second, first);
    EXPECT_EQ(second.request().text, "Altan Khanate");
}

}  // namespace
}  // namespace cm
