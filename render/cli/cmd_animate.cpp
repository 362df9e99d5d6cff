// campaignmap animate: per-year animations of borders and campaigns as MP4, WebM, GIF or a
// directory of PNG frames; `--shard K/N` renders a slice of the frames for batch systems,
// `--frames DIR` encodes a finished frame directory. The map is prepared once (extent,
// projection, relief, labels of the whole run); the frames share it and render in parallel.

#include <iostream>
#include <memory>
#include <optional>

#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/basemap_loader.hpp"
#include "geodata/io/terminal_text.hpp"
#include "geodata/model/error.hpp"
#include "render/animate/frame_scheduler.hpp"
#include "render/animate/gif_page.hpp"
#include "render/animate/interrupt.hpp"
#include "render/animate/timeline_bar.hpp"
#include "render/animate/write_animation.hpp"
#include "render/canvas/fonts.hpp"
#include "render/cli/checked_atlas.hpp"
#include "render/cli/commands.hpp"
#include "render/cli/history_years.hpp"
#include "render/cli/language_option.hpp"
#include "render/cli/lonlat_pieces.hpp"
#include "render/cli/map_inputs.hpp"
#include "render/cli/map_options.hpp"
#include "render/cli/route_inputs.hpp"
#include "render/cli/run_inputs.hpp"
#include "render/output/frame_base.hpp"
#include "render/output/pixel_budget.hpp"
#include "render/output/raster.hpp"
#include "render/project/densify.hpp"
#include "render/scene/prepared_map.hpp"
#include "render/style/style_loader.hpp"
#include "render/style/styled_page.hpp"

namespace cm::cli {
namespace {

/// Frames alive at once per worker thread: drawing, drawn and waiting, being encoded.
constexpr int kFramesPerWorker = 3;

struct AnimateOptions {
    std::string data_dir;
    std::optional<int> from, to;
    std::string war, style = "slides", page, relief = "default", basemap, output;
    std::string extent = "auto", projection = "auto", language = "en";
    std::string frames_dir, shard;
    double fps = 2.0, hold = 0.5;
    int dpi = 0, jobs = 0;
    bool quiet = false, verbose = false;
};

/// The frame's page: as asked or a slide, for the style (styled_page.hpp); GIFs default to 960 x
/// 540 pixels drawn at that size, with the type at a density where no label is under 12 px
/// (gif_page.hpp).
PageSize frame_page_of(const AnimateOptions& o, const Style& style) {
    if (!o.page.empty())
        return styled_page(o.page, o.dpi, style);
    if (animation_format_for(o.output) == AnimationFormat::gif)
        return o.dpi > 0 ? parse_page("960x540", o.dpi) : gif_page(style);
    return styled_page("slide", o.dpi, style);
}

YearRange years_of(const AnimateOptions& o, const Atlas& atlas) {
    if (!o.war.empty()) {
        return war_named(atlas, o.war).years;
    }
    if (o.from && o.to) {
        require_history_year(atlas, "--from", *o.from);
        require_history_year(atlas, "--to", *o.to);
        return {*o.from, *o.to};
    }
    throw UsageError("give --from Y0 --to Y1, or --war ID");
}

/// Everything the frames share, loaded and prepared once.
struct Prepared {
    PreparedMap map;      ///< extent, projection, relief and label placement of the whole run
    FrameBase base;       ///< what every frame shares, drawn once
    PageSize frame_page;  ///< the whole frame: the map's page plus the timeline band
    Timeline timeline;
};

MapSpec spec_of(const AnimateOptions& o, const Atlas& atlas, const YearRange& years,
                const PageSize& map_page) {
    MapSpec spec;
    spec.years = years;
    spec.war_id = o.war;
    spec.page = map_page;
    spec.relief = o.relief != "off";
    spec.projection = o.projection;
    spec.extent = extent_option(o.extent, atlas, o.war);
    spec.run = true;
    return spec;
}

std::unique_ptr<Prepared> prepare(const AnimateOptions& o, const Atlas& atlas,
                                  const YearRange& years) {
    auto p = std::make_unique<Prepared>();
    const Style style = load_style(resolve_style_for_data(o.style, o.data_dir));
    p->frame_page = frame_page_of(o, style);
    const bool shaded = o.relief != "off" && style.relief.enabled;
    const int workers = worker_count(o.jobs);
    // The frames in flight, the image under every frame, the relief.
    check_pixel_budget(p->frame_page, kFramesPerWorker * workers + 1 + (shaded ? 1 : 0),
                       page_asked(o.page.empty() ? "(the default)" : o.page, o.dpi) + " on " +
                           std::to_string(workers) + " worker thread(s) (-j)");
    const MapSpec spec = spec_of(o, atlas, years, page_above_timeline(p->frame_page, style));
    MapPlan plan = plan_map(atlas, spec, style);
    attach_courses(
        plan, load_route_courses(o.relief, atlas, spec.years, course_generalise_km(plan, style)));
    const Bounds window = grow(plan.window, 0.05);
    const Basemap basemap = load_map_basemap(o.basemap, window, water_period_of(atlas, years.last));
    const Basemap locator = load_in_pieces(grow(plan.window, 1.3), [](const Bounds& piece) {
        return load_gshhs(default_gshhs_dir(), piece, GshhsResolution::crude);
    });
    const std::optional<ElevationGrid> relief = load_map_relief(o.relief, plan, spec, style);
    p->map = prepare_map(atlas, plan, spec, style, basemap, relief ? &*relief : nullptr, &locator);
    p->base = frame_base(p->map);
    p->timeline = timeline_of(atlas, years);
    return p;
}

/// Draws frame @p f: the prepared map at its year and progress, the timeline bar below.
RasterImage draw_frame(const Prepared& p, const PlannedFrame& f) {
    return frame_with_timeline(render_frame(p.map, p.base, FrameState{f.year, f.progress}),
                               p.frame_page, p.timeline, p.map.style, f.year, f.progress);
}

/// Checks OUT before any work: its format and, for a file, the kind of file and that it is
/// none of the run's inputs (a frame directory is checked by its writer).
void check_animate_output(const AnimateOptions& o) {
    if (animation_format_for(o.output) == AnimationFormat::frame_dir)
        return;
    if (!o.frames_dir.empty()) {
        check_output(o.output, {o.frames_dir});
        return;
    }
    check_output(o.output,
                 with_route_terrain(
                     map_inputs(o.data_dir, MapInputs{resolve_style_for_data(o.style, o.data_dir),
                                                      relief_input(o.relief), o.basemap}),
                     o.relief));
}

void animate(const AnimateOptions& o) {
    if (language_list(o.language).size() > 1)
        throw UsageError("--lang '" + terminal_safe(o.language) +
                         "': an animation is in one language; several are for a render to SVG");
    check_animate_output(o);
    if (!o.frames_dir.empty()) {
        assemble_frames(o.frames_dir, o.output, !o.quiet, ScheduleOptions{o.jobs, 0, {}});
        return;
    }
    pin_fonts();
    AnimationJob job;
    std::vector<std::string> untranslated;
    const Atlas atlas = atlas_in_language(load_checked_atlas(o.data_dir), o.language, untranslated);
    const YearRange years = years_of(o, atlas);
    job.plan = make_frame_plan(years, o.fps, o.hold);
    if (!o.shard.empty())
        job.shard = parse_shard(o.shard);
    const std::unique_ptr<Prepared> p = prepare(o, atlas, years);
    job.width = p->frame_page.width_px();
    job.height = p->frame_page.height_px();
    job.output = o.output;
    job.show_progress = !o.quiet;
    write_animation(
        job, [&](const PlannedFrame& f) { return draw_frame(*p, f); },
        ScheduleOptions{o.jobs, 0, {}});
    if (o.verbose)
        report_fallbacks(o.language, untranslated);
}

int run_animate(const AnimateOptions& o) {
    try {
        const InterruptGuard guard;
        animate(o);
        // A stop asked for after the last check: the output is whole, but the run still ends
        // by the signal, as the caller asked.
        if (const int signal_number = stop_signal())
            die_by_signal(signal_number);
    } catch (const Interrupted& e) {
        std::cerr << "campaignmap: " << terminal_safe(e.what()) << '\n';
        die_by_signal(e.signal_number());
    }
    return 0;
}

}  // namespace

Runner add_animate_command(CLI::App& app) {
    auto* sub = app.add_subcommand(
        "animate", "Animate borders and campaigns year by year (MP4, WebM, GIF or PNG frames)");
    auto o = std::make_shared<AnimateOptions>();
    add_data_option(*sub, o->data_dir);
    sub->add_option("--from", o->from, "First year");
    sub->add_option("--to", o->to, "Last year");
    sub->add_option("--war", o->war, "A war of the atlas (its id), instead of --from/--to");
    sub->add_option("--style", o->style, "Style name (styles/NAME.toml) or file")
        ->capture_default_str();
    sub->add_option("--page", o->page,
                    "slide, WxH pixels or a paper preset (default: slide; "
                    "960x540 for GIF)");
    sub->add_option("--dpi", o->dpi, "Pixel density for paper presets");
    sub->add_option("--fps", o->fps, "Frames per second of the output")->capture_default_str();
    sub->add_option("--hold", o->hold,
                    "Seconds each year is shown; fps x hold frames per year, the first ~60% "
                    "fading from the previous year")
        ->capture_default_str();
    sub->add_option(
           "--extent", o->extent,
           "auto (the war's theatre, or the places of the whole run) or W,S,E,N (W > E: across "
           "the antimeridian)")
        ->capture_default_str();
    add_projection_and_basemap_options(*sub, o->projection, o->relief, o->basemap);
    add_language_option(*sub, o->language);
    sub->add_option("--shard", o->shard,
                    "K/N: render only frames K, K+N, ... into a frame directory (0 <= K < N)");
    sub->add_option("--frames", o->frames_dir,
                    "Encode this frame directory (from one run or all shards) into -o");
    sub->add_option("-j,--jobs", o->jobs, "Worker threads (default: one per core)");
    sub->add_flag("-q,--quiet", o->quiet, "No progress report");
    sub->add_flag("--verbose", o->verbose, "List the names and words drawn in English for --lang");
    sub->add_option("-o,--output", o->output,
                    "Output: .mp4, .webm, .gif, or a directory for numbered PNG frames")
        ->required();
    return [o]() -> int { return run_animate(*o); };
}

}  // namespace cm::cli
