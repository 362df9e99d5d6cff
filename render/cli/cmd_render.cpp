// campaignmap render: a year map or a war map as SVG, PDF or PNG. The one place that loads
// the atlas, the basemap, the relief and the style, and hands them to the renderer.

#include <iostream>
#include <memory>
#include <optional>

#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/basemap_loader.hpp"
#include "geodata/io/relief_loader.hpp"
#include "geodata/model/error.hpp"
#include "render/canvas/fonts.hpp"
#include "render/cli/checked_atlas.hpp"
#include "render/cli/commands.hpp"
#include "render/cli/map_options.hpp"
#include "render/output/pixel_budget.hpp"
#include "render/output/write_map.hpp"
#include "render/project/densify.hpp"
#include "render/scene/compose_map.hpp"
#include "render/style/style_loader.hpp"

namespace cm::cli {
namespace {

struct RenderOptions {
    std::string data_dir;
    std::optional<int> year, from, to;
    std::string war, style = "publication", page = "a4-landscape", extent = "auto";
    std::string projection = "auto", relief = "default", basemap, output;
    int dpi = 0;
    bool transparent = false, verbose = false;
};

YearRange years_of(const RenderOptions& o, const Atlas& atlas) {
    if (!o.war.empty()) {
        return war_named(atlas, o.war).years;
    }
    if (o.year && !o.from && !o.to)
        return {*o.year, *o.year};
    if (!o.year && o.from && o.to)
        return {*o.from, *o.to};
    throw UsageError("give --year Y, or --from Y0 --to Y1, or --war ID");
}

MapSpec spec_of(const RenderOptions& o, const Atlas& atlas) {
    MapSpec spec;
    spec.years = years_of(o, atlas);
    spec.war_id = o.war;
    spec.page = parse_page(o.page, o.dpi);
    spec.extent = extent_option(o.extent, atlas, o.war);
    spec.projection = o.projection;
    spec.transparent = o.transparent;
    spec.relief = o.relief != "off";
    return spec;
}

Basemap load_basemap(const RenderOptions& o, const Bounds& window) {
    if (!o.basemap.empty())
        return load_natural_earth(o.basemap, window);
    return load_gshhs(default_gshhs_dir(), window, GshhsResolution::intermediate);
}

int run_render(const RenderOptions& o) {
    format_of(o.output);  // an unknown extension fails before any work
    pin_fonts();
    const Style style = load_style(resolve_style_path(o.style));
    const Atlas atlas = load_checked_atlas(o.data_dir);
    const MapSpec spec = spec_of(o, atlas);
    const bool shaded = spec.relief && style.relief.enabled;
    check_pixel_budget(spec.page,
                       (format_of(o.output) == MapFormat::png ? 2 : 0) + (shaded ? 1 : 0),
                       page_asked(o.page, o.dpi));
    const MapPlan plan = plan_map(atlas, spec, style);
    const Basemap basemap = load_basemap(o, grow(plan.window, 0.05));
    std::optional<ElevationGrid> relief;
    if (shaded)
        relief =
            load_elevation(o.relief == "default" ? default_relief_path() : o.relief, plan.window);
    const Basemap locator =
        load_gshhs(default_gshhs_dir(), grow(plan.window, 1.3), GshhsResolution::crude);
    const PageMap map =
        compose_map(plan, spec, style, basemap, relief ? &*relief : nullptr, &locator);
    if (o.verbose)
        for (const std::string& id : map.dropped_labels)
            std::cerr << "campaignmap: label dropped: " << id << '\n';
    write_map(map, style, o.output, spec.transparent);
    return 0;
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
    sub->add_option("--extent", o->extent,
                    "auto (the war's theatre, or the places involved) or W,S,E,N degrees")
        ->capture_default_str();
    add_projection_and_basemap_options(*sub, o->projection, o->relief, o->basemap);
    sub->add_flag("--transparent", o->transparent, "Transparent page background (PNG, SVG)");
    sub->add_flag("--verbose", o->verbose, "Report labels that could not be placed");
    sub->add_option("-o,--output", o->output, "Output file: .svg, .pdf or .png")->required();
    return [o]() -> int { return run_render(*o); };
}

}  // namespace cm::cli
