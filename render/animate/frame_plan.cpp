#include "frame_plan.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "geodata/model/error.hpp"

namespace cm {
namespace {

constexpr double kTransitionShare = 0.6;
constexpr int kMaxFramesPerYear = 600;

int parse_int(const std::string& text, std::size_t begin, std::size_t end) {
    int value = -1;
    const char* first = text.data() + begin;
    const char* last = text.data() + end;
    const auto [ptr, ec] = std::from_chars(first, last, value);
    if (ec != std::errc() || ptr != last || first == last)
        return -1;
    return value;
}

}  // namespace

FramePlan make_frame_plan(const YearRange& years, double fps, double hold_s) {
    if (years.last < years.first)
        throw UsageError("--from " + std::to_string(years.first) + " is after --to " +
                         std::to_string(years.last));
    if (!(fps > 0.0) || !std::isfinite(fps))
        throw UsageError("--fps must be a positive number");
    if (!(hold_s > 0.0) || !std::isfinite(hold_s))
        throw UsageError("--hold must be a positive number of seconds");
    const double per_year = std::round(fps * hold_s);
    if (per_year > kMaxFramesPerYear)
        throw UsageError("--fps times --hold asks for more than " +
                         std::to_string(kMaxFramesPerYear) + " frames per year");
    FramePlan plan;
    plan.years = years;
    plan.fps = fps;
    plan.frames_per_year = std::max(1, static_cast<int>(per_year));
    plan.transition_frames =
        plan.frames_per_year == 1
            ? 0
            : std::clamp(static_cast<int>(std::ceil(plan.frames_per_year * kTransitionShare)), 1,
                         plan.frames_per_year - 1);
    return plan;
}

PlannedFrame planned_frame(const FramePlan& plan, int index) {
    const int in_year = index % plan.frames_per_year;
    PlannedFrame frame;
    frame.index = index;
    frame.year = plan.years.first + index / plan.frames_per_year;
    frame.progress = in_year >= plan.transition_frames
                         ? 1.0
                         : static_cast<double>(in_year + 1) / (plan.transition_frames + 1);
    return frame;
}

std::vector<PlannedFrame> frames_of_shard(const FramePlan& plan, const Shard& shard) {
    std::vector<PlannedFrame> frames;
    for (int i = shard.index; i < plan.frame_count(); i += shard.count)
        frames.push_back(planned_frame(plan, i));
    return frames;
}

Shard parse_shard(const std::string& text) {
    const auto slash = text.find('/');
    const std::string expected = "--shard '" + text + "': expected K/N with 0 <= K < N";
    if (slash == std::string::npos)
        throw UsageError(expected);
    const int k = parse_int(text, 0, slash);
    const int n = parse_int(text, slash + 1, text.size());
    if (k < 0 || n < 1 || k >= n)
        throw UsageError(expected);
    return Shard{k, n};
}

}  // namespace cm
