#include "atlas_loader.hpp"

#include <filesystem>

#include "geodata/io/gazetteer_loader.hpp"
#include "geodata/io/history_loader.hpp"
#include "geodata/io/input_file.hpp"
#include "geodata/io/labels_loader.hpp"
#include "geodata/model/error.hpp"

namespace cm {

Atlas load_atlas(const std::string& data_dir) {
    namespace fs = std::filesystem;
    if (const std::string problem = input_dir_problem(data_dir); !problem.empty())
        throw DataError(data_dir, "", "data directory: " + problem);
    Atlas atlas;
    atlas.places = load_gazetteer((fs::path(data_dir) / "gazetteer.geojson").string());
    load_history((fs::path(data_dir) / "history").string(), atlas);
    atlas.labels = load_labels((fs::path(data_dir) / "labels.toml").string());
    return atlas;
}

}  // namespace cm
