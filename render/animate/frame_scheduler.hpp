#pragma once

// Renders frames on every core and hands them to one consumer (an encoder) strictly in
// order. Workers run at most a bounded number of frames ahead of the consumer, so memory
// stays flat however long the animation is. Frames are independent: the source must be
// callable from several threads at once (PreparedMap is immutable, frame_map and render_raster are
// pure).

#include <functional>
#include <vector>

#include "render/animate/frame_plan.hpp"
#include "render/canvas/raster_image.hpp"

namespace cm {

/// Draws one frame. Called concurrently from the worker threads.
using FrameSource = std::function<RasterImage(const PlannedFrame&)>;
/// Receives each frame once, in the order of the list, on the calling thread.
using FrameConsumer = std::function<void(const PlannedFrame&, const RasterImage&)>;

struct ScheduleOptions {
    int workers = 0;       ///< 0: one per core
    int frames_ahead = 0;  ///< frames rendered but not yet consumed; 0: twice the workers
    std::function<void(int done)> on_progress;  ///< after each consumed frame
};

/// Renders @p frames with @p source in parallel and passes them to @p consume in order.
/// @throws whatever the source or consumer threw (the first error; the rest is stopped),
/// or Interrupted when SIGINT/SIGTERM arrived under an InterruptGuard.
void render_in_order(const std::vector<PlannedFrame>& frames, const FrameSource& source,
                     const FrameConsumer& consume, const ScheduleOptions& options = {});

/// @returns the number of worker threads to use for @p requested (0 = one per core).
int worker_count(int requested);

}  // namespace cm
