#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "render/animate/frame_scheduler.hpp"
#include "render/animate/interrupt.hpp"
#include "render/animate/progress_bar.hpp"

using namespace cm;

namespace {

std::vector<PlannedFrame> frames_0_to(int n) {
    std::vector<PlannedFrame> frames;
    for (int i = 0; i < n; ++i)
        frames.push_back(PlannedFrame{i, 1600 + i, 1.0});
    return frames;
}

RasterImage tagged_image(int tag) {
    RasterImage image{1, 1, 4, {0, 0, 0, 0}};
    image.pixels[0] = static_cast<std::uint8_t>(tag);
    return image;
}

}  // namespace

TEST(AnimateScheduler, ConsumesInOrderWhateverOrderWorkersFinish) {
    const auto frames = frames_0_to(40);
    const FrameSource source = [](const PlannedFrame& f) {
        std::this_thread::sleep_for(std::chrono::milliseconds((f.index * 7) % 5));
        return tagged_image(f.index);
    };
    std::vector<int> order;
    render_in_order(
        frames, source,
        [&](const PlannedFrame& f, const RasterImage& image) {
            EXPECT_EQ(image.pixels[0], f.index);
            order.push_back(f.index);
        },
        ScheduleOptions{4, 0, {}});
    ASSERT_EQ(order.size(), 40u);
    for (int i = 0; i < 40; ++i)
        EXPECT_EQ(order[i], i);
}

TEST(AnimateScheduler, WorkersStayABoundedNumberOfFramesAhead) {
    const auto frames = frames_0_to(30);
    std::atomic<int> started{0};
    std::atomic<int> consumed{0};
    std::atomic<int> worst_lead{0};
    const FrameSource source = [&](const PlannedFrame& f) {
        const int lead = f.index - consumed.load();
        int seen = worst_lead.load();
        while (lead > seen && !worst_lead.compare_exchange_weak(seen, lead)) {
        }
        ++started;
        return tagged_image(f.index);
    };
    render_in_order(
        frames, source,
        [&](const PlannedFrame&, const RasterImage&) {
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
            ++consumed;
        },
        ScheduleOptions{3, 3, {}});
    EXPECT_EQ(started.load(), 30);
    EXPECT_LE(worst_lead.load(), 3);
}

TEST(AnimateScheduler, SourceErrorStopsTheRunAndReachesTheCaller) {
    const auto frames = frames_0_to(50);
    std::atomic<int> rendered{0};
    const FrameSource source = [&](const PlannedFrame& f) {
        if (f.index == 5)
            throw std::runtime_error("frame 5 failed");
        ++rendered;
        return tagged_image(f.index);
    };
    EXPECT_THROW(render_in_order(
                     frames, source, [](const PlannedFrame&, const RasterImage&) {},
                     ScheduleOptions{2, 2, {}}),
                 std::runtime_error);
    EXPECT_LT(rendered.load(), 50);
}

TEST(AnimateScheduler, WhenSeveralFramesFailTheEarliestIsReported) {
    // Frame 2 fails at once, frame 1 a moment later on the other worker: the caller hears of
    // frame 1, whichever finished first, so the same bad input always gives the same message.
    const auto frames = frames_0_to(6);
    const FrameSource source = [](const PlannedFrame& f) {
        if (f.index == 1) {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            throw std::runtime_error("frame 1 failed");
        }
        if (f.index == 2)
            throw std::runtime_error("frame 2 failed");
        return tagged_image(f.index);
    };
    std::vector<int> consumed;
    try {
        render_in_order(
            frames, source,
            [&](const PlannedFrame& f, const RasterImage&) { consumed.push_back(f.index); },
            ScheduleOptions{2, 4, {}});
        ADD_FAILURE() << "no error reached the caller";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "frame 1 failed");
    }
    EXPECT_EQ(consumed, std::vector<int>{0});
}

TEST(AnimateScheduler, SigintUnderGuardStopsWithInterrupted) {
    const auto frames = frames_0_to(200);
    const FrameSource source = [](const PlannedFrame& f) {
        if (f.index == 3)
            std::raise(SIGINT);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return tagged_image(f.index);
    };
    int consumed = 0;
    {
        const InterruptGuard guard;
        try {
            render_in_order(frames, source,
                            [&](const PlannedFrame&, const RasterImage&) { ++consumed; });
            FAIL() << "expected Interrupted";
        } catch (const Interrupted& e) {
            EXPECT_EQ(e.signal_number(), SIGINT);
        }
    }
    EXPECT_LT(consumed, 200);
}

TEST(AnimateScheduler, ProgressReportsEveryFrame) {
    const auto frames = frames_0_to(12);
    std::vector<int> reported;
    ScheduleOptions options;
    options.on_progress = [&](int done) { reported.push_back(done); };
    render_in_order(
        frames, [](const PlannedFrame& f) { return tagged_image(f.index); },
        [](const PlannedFrame&, const RasterImage&) {}, options);
    ASSERT_EQ(reported.size(), 12u);
    EXPECT_EQ(reported.back(), 12);
}

TEST(AnimateProgress, LineShowsCountAndTimeLeft) {
    const std::string line = progress_line("frames", 20, 80, 10.0, 10);
    EXPECT_NE(line.find("[##........]"), std::string::npos) << line;
    EXPECT_NE(line.find("20/80"), std::string::npos) << line;
    EXPECT_NE(line.find("30 s left"), std::string::npos) << line;
    EXPECT_EQ(format_duration(75.0), "1:15");
    EXPECT_EQ(format_duration(2.5), "2.5 s");
}
