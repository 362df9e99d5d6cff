// The frame scheduler stops its workers: after a frame fails, after the consumer fails and
// after Ctrl-C, no worker starts another frame, although the bound on frames ahead would let
// it (the bound is set past the whole run, so only the stop can hold the workers back).

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <stdexcept>
#include <thread>

#include "render/animate/frame_scheduler.hpp"
#include "render/animate/interrupt.hpp"

using namespace cm;

namespace {

constexpr int kFrames = 200;
constexpr int kWorkers = 2;

std::vector<PlannedFrame> frames_0_to(int n) {
    std::vector<PlannedFrame> frames;
    for (int i = 0; i < n; ++i)
        frames.push_back(PlannedFrame{i, 1600 + i, 1.0});
    return frames;
}

/// Counts the frames started and keeps the highest index started.
struct Started {
    std::atomic<int> count{0};
    std::atomic<int> highest{-1};
    void note(int index) {
        ++count;
        int seen = highest.load();
        while (index > seen && !highest.compare_exchange_weak(seen, index)) {
        }
    }
};

RasterImage one_pixel() {
    return RasterImage{1, 1, 4, {0, 0, 0, 0}};
}

/// Unbounded lead: every frame could be claimed at once if nothing stopped the workers.
ScheduleOptions unbounded() {
    return ScheduleOptions{kWorkers, kFrames, {}};
}

}  // namespace

// Frame 5 fails at once while the consumer is still busy with frame 0 for a long while: the
// worker that failed must stop the others, which would otherwise render the remaining 194
// frames in that time.
TEST(AnimateSchedulerStop, AFailedFrameStopsEveryWorker) {
    Started started;
    const FrameSource source = [&](const PlannedFrame& f) {
        started.note(f.index);
        if (f.index == 5)
            throw std::runtime_error("frame 5 failed");
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        return one_pixel();
    };
    const FrameConsumer slow = [](const PlannedFrame&, const RasterImage&) {
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
    };
    EXPECT_THROW(render_in_order(frames_0_to(kFrames), source, slow, unbounded()),
                 std::runtime_error);
    EXPECT_LE(started.highest.load(), 5 + kWorkers) << "frames were started after frame 5 failed";
}

// The consumer (an encoder) fails on the first frame: the workers still running must leave
// the remaining frames alone, although the bound on frames ahead would let them go on.
TEST(AnimateSchedulerStop, AFailedConsumerStopsEveryWorker) {
    Started started;
    const FrameSource source = [&](const PlannedFrame& f) {
        started.note(f.index);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        return one_pixel();
    };
    const FrameConsumer failing = [](const PlannedFrame&, const RasterImage&) {
        throw std::runtime_error("encoder failed");
    };
    EXPECT_THROW(render_in_order(frames_0_to(kFrames), source, failing, unbounded()),
                 std::runtime_error);
    // Frame 0 is consumed when it is ready; by then each worker has started a frame or two.
    EXPECT_LE(started.count.load(), 4 * kWorkers)
        << "frames were started after the consumer failed";
}

// Ctrl-C under a guard: Interrupted reaches the caller and the workers start nothing more.
TEST(AnimateSchedulerStop, AnInterruptStopsEveryWorker) {
    Started started;
    const FrameSource source = [&](const PlannedFrame& f) {
        started.note(f.index);
        if (f.index == 3)
            std::raise(SIGINT);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        return one_pixel();
    };
    const FrameConsumer consume = [](const PlannedFrame&, const RasterImage&) {};
    {
        const InterruptGuard guard;
        EXPECT_THROW(render_in_order(frames_0_to(kFrames), source, consume, unbounded()),
                     Interrupted);
    }
    // The consumer notices the signal within its poll (50 ms); without a stop the workers,
    // at 5 ms a frame, would go on to start all 200 frames.
    EXPECT_LT(started.count.load(), kFrames / 2);
}
