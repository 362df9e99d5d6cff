#include "render/cli/map_options.hpp"

#include <sstream>

#include "geodata/model/error.hpp"

namespace cm::cli {
namespace {

Bounds parse_extent(const std::string& text) {
    Bounds b;
    char c1 = 0, c2 = 0, c3 = 0;
    std::istringstream in(text);
    in >> b.west >> c1 >> b.south >> c2 >> b.east >> c3 >> b.north;
    if (!in || !in.eof() || c1 != ',' || c2 != ',' || c3 != ',' || b.west >= b.east ||
        b.south >= b.north || b.south < -90 || b.north > 90)
        throw UsageError("--extent '" + text + "': expected auto or W,S,E,N in degrees");
    b.empty = false;
    return b;
}

}  // namespace

const War& war_named(const Atlas& atlas, const std::string& id) {
    const War* war = find_war(atlas, id);
    if (!war)
        throw UsageError("--war '" + id + "': no such war in the atlas");
    return *war;
}

std::optional<Bounds> extent_option(const std::string& text, const Atlas& atlas,
                                    const std::string& war_id) {
    if (text != "auto")
        return parse_extent(text);
    if (!war_id.empty())
        return war_named(atlas, war_id).extent;
    return std::nullopt;
}

void add_projection_and_basemap_options(CLI::App& sub, std::string& projection, std::string& relief,
                                        std::string& basemap) {
    sub.add_option("--projection", projection, "auto, a PROJ string or EPSG:n")
        ->capture_default_str();
    sub.add_option("--relief", relief, "default (ETOPO5), off, or a DEM file")
        ->capture_default_str();
    sub.add_option("--basemap", basemap, "A Natural Earth directory instead of GSHHS");
}

}  // namespace cm::cli
