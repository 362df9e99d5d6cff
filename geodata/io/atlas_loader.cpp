#include "atlas_loader.hpp"

#include <filesystem>
#include <future>

#include "geodata/files/input_file.hpp"
#include "geodata/io/gazetteer_loader.hpp"
#include "geodata/io/history_loader.hpp"
#include "geodata/io/labels_loader.hpp"
#include "geodata/model/error.hpp"

namespace cm {

Atlas load_atlas(const std::string& data_dir) {
    namespace fs = std::filesystem;
    if (const std::string problem = input_dir_problem(data_dir); !problem.empty())
        throw DataError(data_dir, "", "data directory: " + problem);
    Atlas atlas;
    // The gazetteer and the history files are parsed at once; then the borders take the
    // gazetteer's lines.
    auto places = std::async(std::launch::async, [&data_dir] {
        return load_gazetteer((fs::path(data_dir) / "gazetteer.geojson").string());
    });
    try {
        read_history((fs::path(data_dir) / "history").string(), atlas);
    } catch (...) {
        places.get();  // a broken gazetteer is reported first, as when it was read first
        throw;
    }
    atlas.places = places.get();
    tie_history_to_places(atlas);
    atlas.labels = load_labels((fs::path(data_dir) / "labels.toml").string());
    return atlas;
}

}  // namespace cm
