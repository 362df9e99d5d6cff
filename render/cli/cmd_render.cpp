// campaignmap render: a year map or a war map as SVG, PDF or PNG. The one place that loads
// the atlas, the basemap, the relief and the style, and hands them to the renderer.

#include <future>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <vector>

#include "geodata/files/output_target.hpp"
#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/basemap_loader.hpp"
#include "geodata/io/terminal_text.hpp"
#include "geodata/model/error.hpp"
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
#include "render/cli/series_extent.hpp"
#include "render/output/pixel_budget.hpp"
#include "render/output/write_map.hpp"
#include "render/project/densify.hpp"
#include "render/scene/compose_map.hpp"
#include "render/style/style_loader.hpp"
#include "render/style/styled_page.hpp"

namespace cm::cli {
namespace {

struct RenderOptions {
    std::string data_dir;
    std::optional<int> year, from, to;
    std::string war, style = "publication", page = "a4-landscape", extent = "auto";
    std::string projection = "auto", relief = "default", basemap, output, format;
    std::string language = "en";
    std::string svg_relief = "embedded";
    int dpi = 0;
    bool transparent = false, verbose = false;
};

YearRange years_of(const RenderOptions& o, const Atlas& atlas) {
    if (!o.war.empty()) {
        return war_named(atlas, o.war).years;
    }
    if (o.year && !o.from && !o.to) {
        require_history_year(atlas, "--year", *o.year);
        return {*o.year, *o.year};
    }
    if (!o.year && o.from && o.to) {
        require_history_year(atlas, "--from", *o.from);
        require_history_year(atlas, "--to", *o.to);
        return {*o.from, *o.to};
    }
    throw UsageError("give --year Y, or --from Y0 --to Y1, or --war ID");
}

/// "W,S,E,N" in degrees, as --extent takes it.
std::string extent_text(const Bounds& b) {
    std::ostringstream out;
    out << b.west << ',' << b.south << ',' << b.east << ',' << b.north;
    return out.str();
}

/// The basemap's credits, one after the other.
std::string credits_text(const Basemap& basemap) {
    std::string text;
    for (const std::string& c : basemap.credits)
        text += (text.empty() ? "" : "; ") + c;
    return text;
}

MapSpec spec_of(const RenderOptions& o, const Atlas& atlas, const Style& style) {
    MapSpec spec;
    spec.years = years_of(o, atlas);
    spec.war_id = o.war;
    spec.page = styled_page(o.page, o.dpi, style);
    spec.extent = extent_option(o.extent, atlas, o.war);
    if (o.extent == "auto" && !spec.extent)
        spec.extent = series_extent(atlas, spec);
    spec.projection = o.projection;
    spec.transparent = o.transparent;
    spec.relief = o.relief != "off";
    return spec;
}

/// The format: OUT's extension, or --format for standard output (SVG unless asked).
MapFormat render_format(const RenderOptions& o) {
    if (o.format.empty())
        return format_of(o.output);
    if (!is_standard_output(o.output))
        throw UsageError("--format is for '-o -'; a file's extension gives its format");
    return map_format_named(o.format);
}

/// What every language's map of a multilingual SVG shares, loaded once.
struct MapSources {
    const Basemap& basemap;
    const Basemap& locator;
    std::shared_ptr<const CourseTable> courses;
};

SvgRelief svg_relief_of(const RenderOptions& o) {
    return o.svg_relief == "external" ? SvgRelief::external : SvgRelief::embedded;
}

/// Checks OUT (and an SVG's linked relief beside it) before any work: its format, the kind of
/// file, never one of the run's inputs.
MapFormat check_render_output(const RenderOptions& o, const std::string& style_path) {
    const std::vector<std::string> inputs = with_route_terrain(
        map_inputs(o.data_dir, MapInputs{style_path, relief_input(o.relief), o.basemap}), o.relief);
    check_output(o.output, inputs);
    const MapFormat format = render_format(o);
    if (format == MapFormat::svg && svg_relief_of(o) == SvgRelief::external) {
        if (is_standard_output(o.output))
            throw UsageError("--svg-relief external needs an output file, not '-'");
        check_output(svg_relief_path(o.output), inputs);
    }
    if (format != MapFormat::svg)
        refuse_binary_on_terminal(o.output, name_of(format));
    return format;
}

/// The languages of --lang, the default first; several only for an SVG.
std::vector<std::string> render_languages(const RenderOptions& o, MapFormat format) {
    std::vector<std::string> languages = language_list(o.language);
    if (languages.size() > 1 && format != MapFormat::svg)
        throw UsageError("--lang '" + terminal_safe(o.language) +
                         "': several languages are for an SVG (-o NAME.svg); a " + name_of(format) +
                         " map is in one language");
    return languages;
}

/// With --verbose: what could not be drawn as asked, and what was drawn in English.
void report_map(const PageMap& map, const std::string& language,
                const std::vector<std::string>& untranslated) {
    for (const std::string& id : map.dropped_labels)
        std::cerr << "campaignmap: label dropped: " << terminal_safe(id) << '\n';
    for (const auto& [label, route] : map.route_crossings)
        std::cerr << "campaignmap: label crosses route: " << terminal_safe(label) << " over "
                  << terminal_safe(route) << '\n';
    for (const EventCluster& c : map.event_clusters)
        for (const std::size_t i : c.members)
            if (c.number > 0)
                std::cerr << "campaignmap: event listed: " << c.number
                          << " event:" << terminal_safe(map.events[i].event.id) << '\n';
    report_fallbacks(language, untranslated);
}

/// The map of @p first (its basemap, relief and courses) composed again in each other language
/// of @p languages, each page composed with its language's interface words: the pages of a
/// multilingual SVG.
std::vector<LanguagePage> pages_in_languages(const RenderOptions& o, const Style& style,
                                             const Atlas& data, const PageMap& first,
                                             const std::vector<std::string>& languages,
                                             const MapSources& sources) {
    std::vector<LanguagePage> pages;
    pages.push_back({languages.front(), compose_svg_page(first, style, o.transparent)});
    for (std::size_t k = 1; k < languages.size(); ++k) {
        std::vector<std::string> untranslated;
        const Atlas atlas = atlas_in_language(data, languages[k], untranslated);
        const MapSpec spec = spec_of(o, atlas, style);
        MapPlan plan = plan_map(atlas, spec, style);
        if (sources.courses) {
            apply_courses(plan.scene, *sources.courses);
            plan.courses = sources.courses;
        }
        PageMap map = compose_map(plan, spec, style, sources.basemap, nullptr, &sources.locator);
        map.relief = first.relief;  // shaded once: it does not depend on the language
        pages.push_back({languages[k], compose_svg_page(map, style, spec.transparent)});
        if (o.verbose)
            report_map(map, languages[k], untranslated);
    }
    return pages;
}

/// Makes and writes the map of @p o from @p checked's atlas, once its check has passed.
int make_map(const RenderOptions& o, const Style& style, MapFormat format,
             const std::vector<std::string>& languages, AtlasUnderCheck& checked) {
    const Atlas& data = checked.atlas();
    std::vector<std::string> untranslated;
    const Atlas atlas = atlas_in_language(data, languages.front(), untranslated);
    const MapSpec spec = spec_of(o, atlas, style);
    const bool shaded = spec.relief && style.relief.enabled;
    check_pixel_budget(spec.page, (format == MapFormat::png ? 2 : 0) + (shaded ? 1 : 0),
                       page_asked(o.page, o.dpi));
    // The legs are routed over the heights (ETOPO5) while the map is planned, and their
    // courses at the page's scale made, like the locator's shorelines, while the basemap is
    // read: each reads its own files, and none needs another.
    auto routed =
        std::async(std::launch::async, [&] { return route_run(o.relief, atlas, spec.years); });
    MapPlan plan = plan_map(atlas, spec, style);
    const double course_km = course_generalise_km(plan, style);
    auto courses = std::async(std::launch::async,
                              [&] { return courses_at_scale(routed.get(), atlas, course_km); });
    auto locator_shores = std::async(std::launch::async, [window = plan.window] {
        return load_in_pieces(grow(window, 1.3), [](const Bounds& piece) {
            return load_gshhs(default_gshhs_dir(), piece, GshhsResolution::crude);
        });
    });
    const Basemap basemap = load_map_basemap(o.basemap, grow(plan.window, 0.05),
                                             water_period_of(atlas, spec.years.last));
    attach_courses(plan, courses.get());
    const std::optional<ElevationGrid> relief = load_map_relief(o.relief, plan, spec, style);
    const Basemap locator = locator_shores.get();
    const PageMap map =
        compose_map(plan, spec, style, basemap, relief ? &*relief : nullptr, &locator);
    checked.require_checked();
    if (o.verbose) {
        std::cerr << "campaignmap: extent " << extent_text(plan.extent) << "; projection "
                  << terminal_safe(plan.projection.definition()) << "; basemap "
                  << terminal_safe(credits_text(basemap)) << '\n';
        report_map(map, languages.front(), untranslated);
    }
    if (languages.size() == 1) {
        write_map(map, style, o.output, spec.transparent, format, svg_relief_of(o));
        return 0;
    }
    const MapSources sources{basemap, locator, plan.courses};
    write_multilingual_svg(pages_in_languages(o, style, data, map, languages, sources), o.output,
                           svg_relief_of(o));
    return 0;
}

int run_render(const RenderOptions& o) {
    const std::string style_path = resolve_style_for_data(o.style, o.data_dir);
    const MapFormat format = check_render_output(o, style_path);
    const std::vector<std::string> languages = render_languages(o, format);
    pin_fonts();
    const Style style = load_style(style_path);
    AtlasUnderCheck checked(o.data_dir);
    try {
        return make_map(o, style, format, languages, checked);
    } catch (...) {
        checked.require_checked();  // a problem of the data is reported as `check` reports it
        throw;
    }
}

}  // namespace

Runner add_render_command(CLI::App& app) {
    auto* sub = app.add_subcommand("render", "Draw a year map or a war map as SVG, PDF or PNG");
    auto o = std::make_shared<RenderOptions>();
    add_data_option(*sub, o->data_dir);
    sub->add_option("--year", o->year, "The year to map");
    sub->add_option("--from", o->from, "First year of a war map");
    sub->add_option("--to", o->to, "Last year of a war map");
    sub->add_option("--war", o->war, "A war of the atlas (its id), e.g. 1635-1658");
    sub->add_option("--style", o->style, "Style name (styles/NAME.toml) or file")
        ->capture_default_str();
    sub->add_option("--page", o->page, "a4|a3|letter[-portrait|-landscape], slide, or WxH pixels")
        ->capture_default_str();
    sub->add_option("--dpi", o->dpi,
                    "PNG pixel density (default 300 for paper, 96 for pixel pages)");
    sub->add_option(
           "--extent", o->extent,
           "auto (the war's theatre, or the places involved) or W,S,E,N degrees (W > E: across "
           "the antimeridian)")
        ->capture_default_str();
    add_projection_and_basemap_options(*sub, o->projection, o->relief, o->basemap);
    add_language_option(*sub, o->language);
    sub->add_flag("--transparent", o->transparent, "Transparent page background (PNG, SVG)");
    sub->add_flag("--verbose", o->verbose,
                  "Report the extent, projection and basemap, and labels that could not be "
                  "placed");
    sub->add_option("-o,--output", o->output,
                    "Output file: .svg, .pdf or .png, or - for standard output")
        ->required();
    sub->add_option("--svg-relief", o->svg_relief,
                    "embedded (the SVG holds its relief image) or external (a PNG beside it, "
                    "NAME-relief.png, that the SVG links to)")
        ->check(CLI::IsMember({"embedded", "external"}))
        ->capture_default_str();
    sub->add_option("--format", o->format,
                    "svg (default), pdf or png: the format on standard output (-o -)");
    return [o]() -> int { return run_render(*o); };
}

}  // namespace cm::cli
