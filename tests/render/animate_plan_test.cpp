#include <gtest/gtest.h>

#include <set>

#include "geodata/model/error.hpp"
#include "render/animate/frame_plan.hpp"

using namespace cm;

TEST(AnimatePlan, OneFramePerYearShowsEachYearInFull) {
    const FramePlan plan = make_frame_plan({1635, 1697}, 2.0, 0.5);
    ASSERT_EQ(plan.frame_count(), 63);
    for (int i = 0; i < plan.frame_count(); ++i) {
        const PlannedFrame f = planned_frame(plan, i);
        EXPECT_EQ(f.year, 1635 + i);
        EXPECT_DOUBLE_EQ(f.progress, 1.0);
    }
}

TEST(AnimatePlan, InBetweenFramesTransitionThenHoldTheYear) {
    const FramePlan plan = make_frame_plan({1640, 1643}, 10.0, 1.0);
    ASSERT_EQ(plan.frames_per_year, 10);
    ASSERT_EQ(plan.frame_count(), 40);
    double previous = 0.0;
    for (int i = 0; i < 10; ++i) {
        const PlannedFrame f = planned_frame(plan, 10 + i);
        EXPECT_EQ(f.year, 1641);
        EXPECT_GT(f.progress, 0.0);
        EXPECT_GE(f.progress, previous);
        previous = f.progress;
    }
    EXPECT_LT(planned_frame(plan, 10).progress, 0.2);
    EXPECT_DOUBLE_EQ(planned_frame(plan, 19).progress, 1.0);
}

TEST(AnimatePlan, TwoFramesPerYearStillEndOnTheFullYear) {
    const FramePlan plan = make_frame_plan({1681, 1684}, 4.0, 0.5);
    ASSERT_EQ(plan.frames_per_year, 2);
    EXPECT_DOUBLE_EQ(planned_frame(plan, 0).progress, 0.5);
    EXPECT_DOUBLE_EQ(planned_frame(plan, 1).progress, 1.0);
}

TEST(AnimatePlan, ShardsPartitionTheFrames) {
    const FramePlan plan = make_frame_plan({1635, 1697}, 6.0, 0.5);
    std::multiset<int> seen;
    for (int k = 0; k < 4; ++k)
        for (const PlannedFrame& f : frames_of_shard(plan, Shard{k, 4})) {
            EXPECT_EQ(f.index % 4, k);
            EXPECT_EQ(f, planned_frame(plan, f.index));
            seen.insert(f.index);
        }
    ASSERT_EQ(static_cast<int>(seen.size()), plan.frame_count());
    for (int i = 0; i < plan.frame_count(); ++i)
        EXPECT_EQ(seen.count(i), 1u) << i;
}

TEST(AnimatePlan, ParsesShardAndRejectsNonsense) {
    const Shard s = parse_shard("2/5");
    EXPECT_EQ(s.index, 2);
    EXPECT_EQ(s.count, 5);
    for (const char* bad : {"5/5", "-1/3", "1/0", "1", "a/b", "1/3x", "/3"})
        EXPECT_THROW(parse_shard(bad), UsageError) << bad;
}

TEST(AnimatePlan, RejectsReversedYearsAndBadRates) {
    EXPECT_THROW(make_frame_plan({1700, 1600}, 2, 1), UsageError);
    EXPECT_THROW(make_frame_plan({1600, 1700}, 0, 1), UsageError);
    EXPECT_THROW(make_frame_plan({1600, 1700}, 2, -1), UsageError);
    EXPECT_THROW(make_frame_plan({1600, 1700}, 1000, 100), UsageError);
}
