#include "render/cli/geocode_index.hpp"

#include <filesystem>

#include "geodata/geocode/not_places.hpp"
#include "geodata/io/gazetteer_loader.hpp"

namespace cm::cli {

geocode::PlaceIndex load_index(const std::string& data_dir) {
    namespace fs = std::filesystem;
    std::vector<Place> places = load_gazetteer((fs::path(data_dir) / "gazetteer.geojson").string());
    const fs::path not_places = fs::path(data_dir) / "geocode" / "not_places.txt";
    std::error_code ec;
    std::vector<std::string> phrases;
    if (fs::exists(not_places, ec))
        phrases = geocode::load_not_places(not_places.string());
    return geocode::PlaceIndex(std::move(places), phrases);
}

}  // namespace cm::cli
