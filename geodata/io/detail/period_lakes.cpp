#include "geodata/io/detail/period_lakes.hpp"

#include <algorithm>
#include <sstream>

#include <glib.h>

#include "geodata/io/detail/clipped_layer.hpp"
#include "geodata/io/ogr.hpp"

namespace cm::detail {
namespace {

void append(PolygonGeometry& to, PolygonGeometry&& from) {
    for (auto& p : from.polygons)
        to.polygons.push_back(std::move(p));
}

const DammedLake* dammed_lake(const WaterPeriod& period, const std::string& name) {
    for (const DammedLake& lake : period.dammed_lakes)
        if (lake.name == name)
            return &lake;
    return nullptr;
}

/// The historic lakes of @p path in @p window, as OGR geometries (to test the modern ones
/// against) and as polygons.
std::vector<ogr::GeometryPtr> read_historic(const std::string& path, const Bounds& window,
                                            PolygonGeometry& out, std::vector<std::string>& notes) {
    std::vector<ogr::GeometryPtr> shapes;
    notes.push_back(read_clipped(path, window, {}, [&](const OGRFeature&, const OGRGeometry& g) {
        shapes.emplace_back(g.clone());
        append(out, ogr::to_polygons(g));
    }));
    return shapes;
}

}  // namespace

std::string normalise_name(const std::string& raw) {
    if (!g_utf8_validate(raw.data(), static_cast<gssize>(raw.size()), nullptr))
        return {};  // a feature is drawn unnamed rather than with broken text
    std::istringstream words(raw);
    std::string word;
    std::string out;
    while (words >> word)
        out += (out.empty() ? "" : " ") + word;
    return out;
}

PolygonGeometry read_period_lakes(const std::string& lakes_path,
                                  const std::optional<std::string>& historic_path,
                                  const Bounds& window, const WaterPeriod& period,
                                  std::vector<std::string>& notes) {
    PolygonGeometry out;
    std::vector<ogr::GeometryPtr> historic;
    if (!period.modern() && historic_path)
        historic = read_historic(*historic_path, window, out, notes);
    const auto covered = [&](const OGRGeometry& g) {
        return std::any_of(historic.begin(), historic.end(),
                           [&](const ogr::GeometryPtr& h) { return h->Intersects(&g); });
    };
    std::vector<std::string> natural_added;
    const ClippedVisit visit = [&](const OGRFeature& f, const OGRGeometry& g) {
        if (period.modern()) {
            append(out, ogr::to_polygons(g));
            return;
        }
        if (string_field(f, "featurecla") == "Reservoir") {
            const DammedLake* lake = dammed_lake(period, normalise_name(string_field(f, "name")));
            if (!lake)
                return;  // filled in the 20th century
            if (!lake->natural_extent.polygons.empty()) {
                if (std::find(natural_added.begin(), natural_added.end(), lake->name) ==
                    natural_added.end())
                    append(out, clip_to_window(lake->natural_extent, window));
                natural_added.push_back(lake->name);
                return;
            }
        }
        if (!covered(g))
            append(out, ogr::to_polygons(g));
    };
    notes.push_back(read_clipped(lakes_path, window, {"featurecla", "name"}, visit));
    return out;
}

}  // namespace cm::detail
