#include "atlas_loader.hpp"

#include <filesystem>

#include "geodata/io/gazetteer_loader.hpp"
#include "geodata/io/history_loader.hpp"
#include "geodata/model/error.hpp"

namespace cm {

Atlas load_atlas(const std::string& data_dir) {
    namespace fs = std::filesystem;
    if (!fs::is_directory(data_dir))
        throw DataError(data_dir, "", "data directory not found");
    Atlas atlas;
    atlas.places = load_gazetteer((fs::path(data_dir) / "gazetteer.geojson").string());
    load_history((fs::path(data_dir) / "history").string(), atlas);
    return atlas;
}

}  // namespace cm
