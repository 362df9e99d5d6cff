#include "render/cli/route_inputs.hpp"

#include <filesystem>
#include <optional>

#include "geodata/io/relief_loader.hpp"
#include "geodata/routing/courses.hpp"

namespace cm::cli {

std::string route_terrain_input(const std::string& option) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(default_relief_path(), ec))
        return default_relief_path();
    return option == "off" || option == "default" ? "" : option;
}

std::vector<std::string> with_route_terrain(std::vector<std::string> inputs,
                                            const std::string& relief_option) {
    if (std::string dem = route_terrain_input(relief_option); !dem.empty())
        inputs.push_back(std::move(dem));
    return inputs;
}

namespace {

Terrain terrain_of_run(const RoutedRun& run, const Atlas& atlas) {
    return terrain_of(atlas, run.grid ? &*run.grid : nullptr);
}

}  // namespace

RoutedRun route_run(const std::string& relief_option, const Atlas& atlas, const YearRange& years) {
    RoutedRun run;
    const Bounds window = terrain_window(atlas, years);
    const std::string path = route_terrain_input(relief_option);
    if (!window.empty && !path.empty())
        run.grid = load_elevation(path, window, terrain_grid_size(window));
    run.legs = route_legs(atlas, years, terrain_of_run(run, atlas));
    return run;
}

CourseTable courses_at_scale(const RoutedRun& run, const Atlas& atlas, double generalise_km) {
    return courses_of(run.legs, terrain_of_run(run, atlas), generalise_km);
}

CourseTable load_route_courses(const std::string& relief_option, const Atlas& atlas,
                               const YearRange& years, double generalise_km) {
    return courses_at_scale(route_run(relief_option, atlas, years), atlas, generalise_km);
}

}  // namespace cm::cli
