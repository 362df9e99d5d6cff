#include <filesystem>

#include "geodata/check/check_atlas.hpp"
#include "geodata/check/detail/history_checks.hpp"

namespace cm {

ProblemList check_history(const Atlas& atlas, const AtlasFiles& files) {
    const std::filesystem::path dir(files.history_dir);
    ProblemList problems;
    detail::check_history_records(atlas, files.history_dir, problems);
    detail::check_border_topology(atlas, (dir / "borders.geojson").string(),
                                  (dir / "regions.geojson").string(), problems);
    detail::check_control_timelines(atlas, (dir / "control.toml").string(), problems);
    return problems;
}

}  // namespace cm
