#include "geodata/io/basemap_loader.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <future>
#include <map>
#include <optional>

#include "geodata/files/input_file.hpp"
#include "geodata/io/detail/clipped_layer.hpp"
#include "geodata/io/detail/period_lakes.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/model/error.hpp"

namespace cm {

namespace {

namespace fs = std::filesystem;

constexpr std::array<char, 5> kGshhsLetters = {'c', 'l', 'i', 'h', 'f'};

using detail::int_field;
using detail::normalise_name;
using detail::read_clipped;
using detail::string_field;

void append(PolygonGeometry& to, PolygonGeometry&& from) {
    for (auto& p : from.polygons)
        to.polygons.push_back(std::move(p));
}

/// The polygons of @p path in @p window; the cache's note, if any, goes to @p note.
PolygonGeometry read_polygons(const std::string& path, const Bounds& window, std::string& note) {
    PolygonGeometry out;
    note = read_clipped(path, window, {}, [&](const OGRFeature&, const OGRGeometry& g) {
        append(out, ogr::to_polygons(g));
    });
    return out;
}

/// Adds the notes that are not empty to @p basemap's.
void add_notes(Basemap& basemap, const std::vector<std::string>& notes) {
    for (const std::string& note : notes)
        if (!note.empty())
            basemap.notes.push_back(note);
}

/// The GSHHS shapefile of @p level at the installed resolution nearest @p wanted (coarser
/// ones first: a coarser shoreline is better than none, a finer one slower).
std::optional<std::string> find_gshhs(const std::string& dir, GshhsResolution wanted, int level) {
    const int w = static_cast<int>(wanted);
    std::vector<int> order;
    for (int i = w; i >= 0; --i)
        order.push_back(i);
    for (int i = w + 1; i < static_cast<int>(kGshhsLetters.size()); ++i)
        order.push_back(i);
    for (const int i : order) {
        const char r = kGshhsLetters[static_cast<std::size_t>(i)];
        const fs::path file =
            fs::path(dir) / std::string(1, r) /
            ("GSHHS_" + std::string(1, r) + "_L" + std::to_string(level) + ".shp");
        if (std::error_code ec; fs::exists(fs::symlink_status(file, ec)))
            return file.string();
    }
    return std::nullopt;
}

/// ne_10m_<name>.fgb, .shp or .geojson in @p dir, whichever exists (in that order).
std::optional<std::string> find_natural_earth(const std::string& dir, const std::string& name) {
    for (const char* ext : {".fgb", ".shp", ".geojson", ".json"}) {
        const fs::path file = fs::path(dir) / ("ne_10m_" + name + ext);
        if (std::error_code ec; fs::exists(fs::symlink_status(file, ec)))
            return file.string();
    }
    return std::nullopt;
}

/// A river's `scalerank` within Natural Earth's 0..kLeastRiverRank; a rank that is absent,
/// not a number or beyond +-1e9 counts as 0, as in a file without ranks (every river drawn).
int river_rank(const OGRFeature& feature) {
    constexpr int kLeastRiverRank = 12;
    return std::clamp(int_field(feature, "scalerank", 0), 0, kLeastRiverRank);
}

std::vector<Basemap::River> read_rivers(const std::string& path, const Bounds& window,
                                        std::string& note) {
    std::vector<Basemap::River> rivers;
    std::map<std::string, std::size_t> by_name;
    note = read_clipped(path, window, {"name", "scalerank"},
                        [&](const OGRFeature& f, const OGRGeometry& g) {
                            const Geometry geometry = ogr::to_geometry(g);
                            MultiLineGeometry line;
                            if (const auto* l = std::get_if<LineGeometry>(&geometry))
                                line.lines.push_back(l->points);
                            if (const auto* ml = std::get_if<MultiLineGeometry>(&geometry))
                                line = *ml;
                            if (line.lines.empty())
                                return;
                            const std::string name = normalise_name(string_field(f, "name"));
                            const int rank = river_rank(f);
                            const auto known = name.empty() ? by_name.end() : by_name.find(name);
                            if (known == by_name.end()) {
                                if (!name.empty())
                                    by_name[name] = rivers.size();
                                rivers.push_back({name, rank, std::move(line)});
                                return;
                            }
                            Basemap::River& river = rivers[known->second];
                            river.rank = std::min(river.rank, rank);
                            for (auto& part : line.lines)
                                river.line.lines.push_back(std::move(part));
                        });
    return rivers;
}

}  // namespace

std::string default_gshhs_dir() {
    return "/usr/share/cartopy/data/shapefiles/gshhs";
}

GshhsResolution gshhs_resolution_for(double scale_denominator) {
    if (scale_denominator > 30e6)
        return GshhsResolution::crude;
    if (scale_denominator > 10e6)
        return GshhsResolution::low;
    if (scale_denominator > 3e6)
        return GshhsResolution::intermediate;
    if (scale_denominator > 1e6)
        return GshhsResolution::high;
    return GshhsResolution::full;
}

Basemap load_gshhs(const std::string& dir, const Bounds& window, GshhsResolution resolution) {
    check_input_dir(dir);
    const auto land = find_gshhs(dir, resolution, 1);
    if (!land)
        throw DataError(dir, "", "no GSHHS land file (GSHHS_<c|l|i|h|f>_L1.shp)");
    const auto lakes_file = find_gshhs(dir, resolution, 2);
    std::vector<std::string> notes(2);
    auto lakes = std::async(std::launch::async, [&] {
        return lakes_file ? read_polygons(*lakes_file, window, notes[1]) : PolygonGeometry{};
    });
    Basemap basemap;
    basemap.land = read_polygons(*land, window, notes[0]);
    basemap.lakes = lakes.get();
    add_notes(basemap, notes);
    basemap.credits.push_back("Shorelines and lakes: GSHHS (Wessel & Smith)");
    return basemap;
}

Basemap load_natural_earth(const std::string& dir, const Bounds& window,
                           const WaterPeriod& period) {
    check_input_dir(dir);
    const auto land = find_natural_earth(dir, "land");
    if (!land)
        throw DataError(dir, "ne_10m_land", "missing (.fgb, .shp or .geojson)");
    const auto lakes_file = find_natural_earth(dir, "lakes");
    const auto historic_file = find_natural_earth(dir, "lakes_historic");
    const auto rivers_file = find_natural_earth(dir, "rivers_lake_centerlines");
    // The layers are independent datasets: read them at the same time, each with notes of
    // its own.
    std::vector<std::string> land_notes(1), lake_notes, river_notes(1);
    auto lakes = std::async(std::launch::async, [&] {
        return lakes_file ? detail::read_period_lakes(*lakes_file, historic_file, window, period,
                                                      lake_notes)
                          : PolygonGeometry{};
    });
    auto rivers = std::async(std::launch::async, [&] {
        return rivers_file ? read_rivers(*rivers_file, window, river_notes[0])
                           : std::vector<Basemap::River>{};
    });
    Basemap basemap;
    basemap.land = read_polygons(*land, window, land_notes[0]);
    basemap.lakes = lakes.get();
    basemap.rivers = rivers.get();
    for (const auto* notes : {&land_notes, &lake_notes, &river_notes})
        add_notes(basemap, *notes);
    basemap.credits.push_back("Made with Natural Earth (land, lakes, rivers)");
    basemap.natural_earth = true;
    return basemap;
}

Bounds natural_earth_extract_window() {
    return Bounds{35.0, 20.0, 125.0, 65.0, false};  // make_extract.sh's window
}

}  // namespace cm
