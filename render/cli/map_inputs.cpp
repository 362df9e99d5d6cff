#include "render/cli/map_inputs.hpp"

#include <iostream>

#include "geodata/io/basemap_loader.hpp"
#include "geodata/io/relief_loader.hpp"
#include "geodata/io/terminal_text.hpp"
#include "render/cli/lonlat_pieces.hpp"
#include "render/layers/relief.hpp"

namespace cm::cli {

Basemap load_map_basemap(const std::string& dir, const Bounds& window) {
    Basemap basemap = load_in_pieces(window, [&](const Bounds& piece) {
        return dir.empty() ? load_gshhs(default_gshhs_dir(), piece, GshhsResolution::intermediate)
                           : load_natural_earth(dir, piece);
    });
    for (const std::string& note : basemap.notes)
        std::cerr << "campaignmap: note: " << terminal_safe(note) << '\n';
    return basemap;
}

std::optional<ElevationGrid> load_map_relief(const std::string& relief, const MapPlan& plan,
                                             const MapSpec& spec, const Style& style) {
    if (!spec.relief || !style.relief.enabled)
        return std::nullopt;
    const std::string path = relief == "default" ? default_relief_path() : relief;
    return load_elevation(path, plan.window, relief_grid_limit(plan.frame, spec.page.px_per_pt));
}

}  // namespace cm::cli
