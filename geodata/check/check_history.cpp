#include <filesystem>

#include "geodata/check/check_atlas.hpp"
#include "geodata/check/detail/history_checks.hpp"

namespace cm {
namespace {

std::string history_file(const AtlasFiles& files, const char* name) {
    return (std::filesystem::path(files.history_dir) / name).string();
}

}  // namespace

namespace detail {

void check_history_but_topology(const Atlas& atlas, const AtlasFiles& files,
                                ProblemList& problems) {
    check_history_records(atlas, files.history_dir, problems);
    check_control_timelines(atlas, history_file(files, "control.toml"), problems);
}

}  // namespace detail

ProblemList check_history(const Atlas& atlas, const AtlasFiles& files) {
    ProblemList problems;
    detail::check_history_records(atlas, files.history_dir, problems);
    detail::check_border_topology(atlas, history_file(files, "borders.geojson"),
                                  history_file(files, "regions.geojson"), problems);
    detail::check_control_timelines(atlas, history_file(files, "control.toml"), problems);
    return problems;
}

ProblemList check_atlas_topology(const Atlas& atlas, const AtlasFiles& files) {
    ProblemList problems;
    detail::check_border_topology(atlas, history_file(files, "borders.geojson"),
                                  history_file(files, "regions.geojson"), problems);
    return problems;
}

}  // namespace cm
