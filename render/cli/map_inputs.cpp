#include "render/cli/map_inputs.hpp"

#include <cmath>
#include <iostream>

#include "geodata/io/basemap_loader.hpp"
#include "geodata/io/dammed_lakes_loader.hpp"
#include "geodata/io/relief_loader.hpp"
#include "geodata/io/terminal_text.hpp"
#include "render/cli/lonlat_pieces.hpp"
#include "render/install/install_layout.hpp"
#include "render/layers/relief.hpp"

namespace cm::cli {

namespace {

bool inside(const Bounds& inner, const Bounds& outer) {
    return inner.west >= outer.west && inner.east <= outer.east && inner.south >= outer.south &&
           inner.north <= outer.north;
}

std::string degrees(double value, char positive, char negative) {
    return std::to_string(std::lround(std::abs(value))) + "\u00b0" +
           (value < 0 ? negative : positive);
}

/// "the map reaches beyond the Natural Earth extract (35°E..125°E, 20°N..65N): ..."
std::string fallback_note(const Bounds& extract) {
    return "the map reaches beyond the shipped Natural Earth extract (" +
           degrees(extract.west, 'E', 'W') + ".." + degrees(extract.east, 'E', 'W') + ", " +
           degrees(extract.south, 'N', 'S') + ".." + degrees(extract.north, 'N', 'S') +
           "): land and lakes are GSHHS's, without Natural Earth's rivers (--basemap DIR takes "
           "a Natural Earth directory that covers it)";
}

Basemap load_default_basemap(const Bounds& window, const WaterPeriod& period) {
    const Bounds extract = natural_earth_extract_window();
    if (!crosses_antimeridian(window) && inside(window, extract))
        return load_natural_earth(basemap_extract_dir(), window, period);
    Basemap basemap = load_in_pieces(window, [&](const Bounds& piece) {
        return load_gshhs(default_gshhs_dir(), piece, GshhsResolution::intermediate);
    });
    basemap.notes.insert(basemap.notes.begin(), fallback_note(extract));
    return basemap;
}

}  // namespace

Basemap load_map_basemap(const std::string& dir, const Bounds& window, const WaterPeriod& period) {
    Basemap basemap = dir.empty() ? load_default_basemap(window, period)
                                  : load_in_pieces(window, [&](const Bounds& piece) {
                                        return load_natural_earth(dir, piece, period);
                                    });
    for (const std::string& note : basemap.notes)
        std::cerr << "campaignmap: note: " << terminal_safe(note) << '\n';
    return basemap;
}

WaterPeriod water_period_of(const Atlas& atlas, int year) {
    WaterPeriod period;
    period.year = year;
    if (!period.modern())
        period.dammed_lakes = load_dammed_lakes(basemap_extract_dir() + "/dammed_lakes.tsv", atlas);
    return period;
}

std::optional<ElevationGrid> load_map_relief(const std::string& relief, const MapPlan& plan,
                                             const MapSpec& spec, const Style& style) {
    if (!spec.relief || !style.relief.enabled)
        return std::nullopt;
    const std::string path = relief == "default" ? default_relief_path() : relief;
    return load_elevation(path, plan.window, relief_grid_limit(plan.frame, spec.page.px_per_pt));
}

}  // namespace cm::cli
