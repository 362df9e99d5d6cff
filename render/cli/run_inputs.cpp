#include "render/cli/run_inputs.hpp"

#include <filesystem>

#include "geodata/files/output_target.hpp"
#include "geodata/io/basemap_loader.hpp"
#include "geodata/io/history_loader.hpp"
#include "geodata/io/relief_loader.hpp"
#include "geodata/io/vector_cache.hpp"
#include "render/install/install_layout.hpp"

namespace cm::cli {

std::string relief_input(const std::string& option) {
    if (option == "off")
        return "";
    return option == "default" ? default_relief_path() : option;
}

std::vector<std::string> data_inputs(const std::string& data_dir) {
    namespace fs = std::filesystem;
    const fs::path dir(data_dir);
    const HistoryFiles h = history_files((dir / "history").string());
    return {(dir / "gazetteer.geojson").string(),
            (dir / "labels.toml").string(),
            (dir / "geocode" / "not_places.txt").string(),
            h.polities,
            h.wars,
            h.events,
            h.campaigns,
            h.control,
            h.regions,
            h.borders,
            h.dataset};
}

std::vector<std::string> map_inputs(const std::string& data_dir, const MapInputs& map) {
    std::vector<std::string> inputs = data_inputs(data_dir);
    inputs.push_back(map.style_path);
    if (!map.relief_path.empty())
        inputs.push_back(map.relief_path);
    if (!map.basemap_dir.empty())
        inputs.push_back(map.basemap_dir);
    inputs.push_back(basemap_extract_dir());  // the default basemap and its list of lakes
    inputs.push_back(default_gshhs_dir());    // the locator inset's in any case
    for (const char* resolution : {"c", "l", "i", "h", "f"})
        inputs.push_back(default_gshhs_dir() + "/" + resolution);
    if (const auto cache = vector_cache_dir())
        inputs.push_back(*cache);
    return inputs;
}

void check_output(const std::string& output, const std::vector<std::string>& inputs) {
    if (!is_standard_output(output))
        output_file_for(output);
    refuse_overwriting_inputs(output, inputs);
}

}  // namespace cm::cli
