#include <filesystem>

#include "geodata/check/check_atlas.hpp"
#include "geodata/check/detail/history_checks.hpp"

namespace cm {
namespace {

std::string history_file(const AtlasFiles& files, const char* name) {
    return (std::filesystem::path(files.history_dir) / name).string();
}

void add_topology(const Atlas& atlas, const AtlasFiles& files, ProblemList& problems) {
    detail::check_border_topology(atlas, history_file(files, "borders.geojson"),
                                  history_file(files, "regions.geojson"), problems);
}

void add_timelines(const Atlas& atlas, const AtlasFiles& files, ProblemList& problems) {
    detail::check_control_timelines(atlas, history_file(files, "control.toml"), problems);
}

}  // namespace

namespace detail {

void check_history_but_topology(const Atlas& atlas, const AtlasFiles& files,
                                ProblemList& problems) {
    check_history_records(atlas, files.history_dir, problems);
    add_timelines(atlas, files, problems);
}

}  // namespace detail

ProblemList check_history(const Atlas& atlas, const AtlasFiles& files) {
    ProblemList problems;
    detail::check_history_records(atlas, files.history_dir, problems);
    add_topology(atlas, files, problems);
    add_timelines(atlas, files, problems);
    return problems;
}

ProblemList check_atlas_topology(const Atlas& atlas, const AtlasFiles& files) {
    ProblemList problems;
    add_topology(atlas, files, problems);
    return problems;
}

}  // namespace cm
