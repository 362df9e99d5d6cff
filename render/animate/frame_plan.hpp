#pragma once

// Which frame shows what: an animation is a run of years, each shown for a number of
// frames. The first frames of a year carry its transition (territories fading from the
// previous year's state, routes advancing); the last frame of every year shows the year's
// full state. The plan is pure arithmetic, so shards on different machines agree on it.

#include <string>
#include <vector>

#include "geodata/model/years.hpp"

namespace cm {

/// One frame of an animation: its place in the whole run and the moment it shows.
struct PlannedFrame {
    int index = 0;          ///< 0-based position in the whole animation
    int year = 0;           ///< the year shown
    double progress = 1.0;  ///< 0..1 within the year; 1 = the year's full state
    friend bool operator==(const PlannedFrame&, const PlannedFrame&) = default;
};

/// How an animation spends its frames.
struct FramePlan {
    YearRange years;
    double fps = 2.0;           ///< frames per second of the output
    int frames_per_year = 1;    ///< >= 1
    int transition_frames = 0;  ///< of each year's frames, how many animate the change

    int frame_count() const { return (years.last - years.first + 1) * frames_per_year; }
};

/// A slice of the frames for one machine of a batch job: frames index, index + count, ...
struct Shard {
    int index = 0;  ///< 0-based, < count
    int count = 1;
};

/// Plans @p years shown @p hold_s seconds each at @p fps frames per second (at least one
/// frame per year). About 60% of a year's frames transition, the rest hold its state.
/// @throws UsageError when the years are reversed or fps/hold are not positive.
FramePlan make_frame_plan(const YearRange& years, double fps, double hold_s);

/// @returns the frame at @p index (0 <= index < plan.frame_count()).
PlannedFrame planned_frame(const FramePlan& plan, int index);

/// @returns the frames of @p plan that @p shard renders, in index order.
std::vector<PlannedFrame> frames_of_shard(const FramePlan& plan, const Shard& shard);

/// Parses "K/N" (0 <= K < N). @throws UsageError naming the text otherwise.
Shard parse_shard(const std::string& text);

}  // namespace cm
