#include "write_animation.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>
#include <variant>

#include "geodata/files/output_target.hpp"
#include "geodata/model/error.hpp"
#include "render/animate/progress_bar.hpp"
#include "render/output/encoders.hpp"
#include "render/output/frame_dir.hpp"
#include "render/output/pixel_budget.hpp"

namespace cm {
namespace {

using Encoder = std::variant<std::unique_ptr<FrameEncoder>, std::unique_ptr<FrameDirWriter>>;

template <class... Fs>
struct Overload : Fs... {
    using Fs::operator()...;
};
template <class... Fs>
Overload(Fs...) -> Overload<Fs...>;

/// A GIF encoder whose palette is sampled from every year's full state, rendered in parallel
/// like the frames themselves; transition frames are blends of these and are dithered onto it.
std::unique_ptr<FrameEncoder> open_gif(const AnimationJob& job, const FrameSource& source,
                                       const ScheduleOptions& options) {
    std::unique_ptr<GifEncoder> gif =
        encoders().open_gif(job.output, job.width, job.height, job.plan.fps);
    std::vector<PlannedFrame> full_years;
    for (int i = job.plan.frames_per_year - 1; i < job.plan.frame_count();
         i += job.plan.frames_per_year)
        full_years.push_back(planned_frame(job.plan, i));
    ScheduleOptions quiet = options;
    quiet.on_progress = nullptr;
    render_in_order(
        full_years, source,
        [&](const PlannedFrame&, const RasterImage& image) { gif->add_sample(image); }, quiet);
    return gif;
}

FrameDirManifest manifest_of(const AnimationJob& job) {
    return FrameDirManifest{
        job.plan.frame_count(),  job.plan.fps, job.width, job.height, job.plan.years,
        job.plan.frames_per_year};
}

Encoder open_encoder(const AnimationJob& job, const FrameSource& source,
                     const ScheduleOptions& options) {
    switch (animation_format_for(job.output)) {
        case AnimationFormat::mp4:
            return encoders().open_video(
                job.output, VideoSettings{job.width, job.height, job.plan.fps, VideoCodec::h264});
        case AnimationFormat::webm:
            return encoders().open_video(
                job.output, VideoSettings{job.width, job.height, job.plan.fps, VideoCodec::vp9});
        case AnimationFormat::gif:
            return open_gif(job, source, options);
        case AnimationFormat::frame_dir:
            break;
    }
    const auto mode = job.shard ? FrameDirWriter::Mode::shard : FrameDirWriter::Mode::whole;
    return std::make_unique<FrameDirWriter>(job.output, manifest_of(job), mode);
}

void add_frame(Encoder& encoder, const PlannedFrame& frame, const RasterImage& image) {
    std::visit(Overload{
                   [&](std::unique_ptr<FrameEncoder>& e) { e->add_frame(image); },
                   [&](std::unique_ptr<FrameDirWriter>& d) { d->add_frame(frame.index, image); },
               },
               encoder);
}

void finish(Encoder& encoder) {
    std::visit(Overload{
                   [](std::unique_ptr<FrameEncoder>& e) { e->finish(); },
                   [](std::unique_ptr<FrameDirWriter>& d) { d->finish(); },
               },
               encoder);
}

}  // namespace

AnimationFormat animation_format_for(const std::string& path) {
    std::error_code ec;
    if (path.empty())
        throw UsageError("no output given (-o)");
    if (path == "-")
        throw UsageError(
            "animate cannot write to standard output (-o -): give a .mp4, .webm or "
            ".gif file, or a directory for PNG frames");
    if (path.back() == '/' || std::filesystem::is_directory(path, ec))
        return AnimationFormat::frame_dir;
    const std::string ext = lower_extension(path);
    if (ext.empty())
        return AnimationFormat::frame_dir;
    if (ext == ".mp4" || ext == ".m4v" || ext == ".mov")
        return AnimationFormat::mp4;
    if (ext == ".webm")
        return AnimationFormat::webm;
    if (ext == ".gif")
        return AnimationFormat::gif;
    throw UsageError(path + ": unknown animation format '" + ext +
                     "' (expected .mp4, .webm, .gif or a directory for PNG frames)");
}

void write_animation(const AnimationJob& job, const FrameSource& source,
                     const ScheduleOptions& options) {
    const bool to_dir = animation_format_for(job.output) == AnimationFormat::frame_dir;
    if (job.shard && !to_dir)
        throw UsageError(
            "--shard writes PNG frames: give a directory as output, then "
            "encode it with --frames DIR");
    const std::vector<PlannedFrame> frames =
        frames_of_shard(job.plan, job.shard.value_or(Shard{0, 1}));
    Encoder encoder = open_encoder(job, source, options);
    std::optional<ProgressBar> bar;
    if (job.show_progress)
        bar.emplace("frames", static_cast<int>(frames.size()));
    ScheduleOptions scheduled = options;
    scheduled.on_progress = [&](int done) {
        if (bar)
            bar->update(done);
        if (options.on_progress)
            options.on_progress(done);
    };
    try {
        render_in_order(
            frames, source,
            [&](const PlannedFrame& f, const RasterImage& image) { add_frame(encoder, f, image); },
            scheduled);
    } catch (...) {
        if (bar)
            bar->finish();
        throw;
    }
    finish(encoder);
    if (bar)
        bar->finish();
}

void assemble_frames(const std::string& frame_dir, const std::string& output, bool show_progress,
                     const ScheduleOptions& options) {
    if (animation_format_for(output) == AnimationFormat::frame_dir)
        throw UsageError(output + ": --frames encodes a video or GIF; give .mp4, .webm or .gif");
    const FrameDirManifest m = read_manifest(frame_dir);
    check_frames_present(frame_dir, m);
    check_pixel_budget(
        m.width, m.height, 3 * worker_count(options.workers),
        frame_dir + ": frames of " + std::to_string(m.width) + "x" + std::to_string(m.height));
    AnimationJob job;
    job.plan = FramePlan{m.years, m.fps, m.frames_per_year, 0};
    job.width = m.width;
    job.height = m.height;
    job.output = output;
    job.show_progress = show_progress;
    write_animation(
        job,
        [&](const PlannedFrame& f) { return read_frame(frame_dir, f.index, m.width, m.height); },
        options);
}

}  // namespace cm
