#include "render/cli/lonlat_pieces.hpp"

#include <algorithm>

namespace cm::cli {

bool crosses_antimeridian(const Bounds& window) {
    return !window.empty && (window.west < -180.0 || window.east > 180.0);
}

std::vector<Bounds> lonlat_pieces(const Bounds& window) {
    Bounds w = window;
    if (w.east - w.west > 360.0) {  // once round is all there is
        const double middle = (w.west + w.east) / 2.0;
        w.west = middle - 180.0;
        w.east = middle + 180.0;
    }
    if (!crosses_antimeridian(w))
        return {w};
    // Cut at the antimeridian, so that no piece holds land that runs round the back.
    const double west = w.west < -180.0 ? w.west + 360.0 : w.west;
    const double east = w.east > 180.0 ? w.east - 360.0 : w.east;
    return {{west, w.south, 180.0, w.north, false}, {-180.0, w.south, east, w.north, false}};
}

Basemap load_in_pieces(const Bounds& window, const std::function<Basemap(const Bounds&)>& load) {
    Basemap all;
    for (const Bounds& piece : lonlat_pieces(window)) {
        Basemap part = load(piece);
        for (Polygon& p : part.land.polygons)
            all.land.polygons.push_back(std::move(p));
        for (Polygon& p : part.lakes.polygons)
            all.lakes.polygons.push_back(std::move(p));
        for (Basemap::River& r : part.rivers)
            all.rivers.push_back(std::move(r));
        for (std::string& note : part.notes)
            if (std::find(all.notes.begin(), all.notes.end(), note) == all.notes.end())
                all.notes.push_back(std::move(note));
        for (std::string& credit : part.credits)
            if (std::find(all.credits.begin(), all.credits.end(), credit) == all.credits.end())
                all.credits.push_back(std::move(credit));
    }
    return all;
}

}  // namespace cm::cli
