#include "render/cli/map_options.hpp"

#include <sstream>

#include "geodata/model/error.hpp"

namespace cm::cli {
namespace {

std::string degrees(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

/// Why @p b cannot be a map's extent, or "" when it can.
std::string extent_problem(const Bounds& b) {
    for (const double lon : {b.west, b.east})
        if (lon < -180.0 || lon > 180.0)
            return "longitude " + degrees(lon) + " is outside -180..180";
    for (const double lat : {b.south, b.north})
        if (lat < -90.0 || lat > 90.0)
            return "latitude " + degrees(lat) + " is outside -90..90";
    if (b.west > b.east && b.east + 360.0 - b.west > 180.0)
        return "west " + degrees(b.west) + " is east of east " + degrees(b.east) +
               ": across the antimeridian that would span " + degrees(b.east + 360.0 - b.west) +
               " degrees of longitude (at most 180)";
    if (b.west == b.east)
        return "west and east are both " + degrees(b.west) + ": the extent has no width";
    if (b.south >= b.north)
        return "south " + degrees(b.south) + " is not south of north " + degrees(b.north);
    if (b.south == -90.0 || b.north == 90.0)
        return std::string(b.north == 90.0 ? "north" : "south") +
               " touches a pole, where east and west have no meaning on a map: stop short "
               "of it (e.g. " +
               (b.north == 90.0 ? "89" : "-89") + ")";
    return "";
}

Bounds parse_extent(const std::string& text) {
    Bounds b;
    char c1 = 0, c2 = 0, c3 = 0;
    std::istringstream in(text);
    in >> b.west >> c1 >> b.south >> c2 >> b.east >> c3 >> b.north;
    if (!in || !in.eof() || c1 != ',' || c2 != ',' || c3 != ',')
        throw UsageError("--extent '" + text + "': expected auto or W,S,E,N in degrees");
    if (const std::string problem = extent_problem(b); !problem.empty())
        throw UsageError("--extent '" + text + "': " + problem);
    // Across the antimeridian (150,20,-150,60): longitudes run on past 180 (to 210), which
    // every projection takes as they are and the map's lon/lat windows keep in one piece.
    if (b.west > b.east)
        b.east += 360.0;
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
