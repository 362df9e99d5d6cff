#pragma once

// The animation pipeline after the map is prepared: choose the encoder from the output's
// extension, render the planned frames in parallel, feed them in order to the encoder,
// report progress, stop cleanly on Ctrl-C. Also the second half of a sharded job:
// encoding a directory of frames written by several shards.

#include <optional>
#include <string>

#include "render/animate/frame_plan.hpp"
#include "render/animate/frame_scheduler.hpp"

namespace cm {

enum class AnimationFormat { mp4, webm, gif, frame_dir };

/// .mp4/.m4v/.mov, .webm, .gif; a path without extension, ending in '/', or naming an
/// existing directory is a frame directory. @throws UsageError for anything else.
AnimationFormat animation_format_for(const std::string& path);

struct AnimationJob {
    FramePlan plan;
    int width = 0;  ///< of the frames the source draws, pixels
    int height = 0;
    std::string output;
    std::optional<Shard> shard;  ///< frame directories only
    bool show_progress = true;
};

/// Renders @p job's frames with @p source and writes them to job.output atomically.
/// @throws UsageError (shard with a video output), OutputError, Interrupted, or what the
/// source threw; in every case no partial output is left behind.
void write_animation(const AnimationJob& job, const FrameSource& source,
                     const ScheduleOptions& options = {});

/// Encodes the frames of @p frame_dir (written by one run or by all shards) into
/// @p output exactly as a single run would have.
/// @throws DataError when a frame or the manifest is missing or unreadable.
void assemble_frames(const std::string& frame_dir, const std::string& output,
                     bool show_progress = true, const ScheduleOptions& options = {});

}  // namespace cm
