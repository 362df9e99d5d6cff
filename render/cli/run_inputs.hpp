#pragma once

// The files a command reads, so that its outputs can be checked against them before any
// work (geodata/files/output_target.hpp): a run never writes over one of its own inputs.

#include <string>
#include <vector>

namespace cm::cli {

/// What a map (render, animate) reads besides the data directory.
struct MapInputs {
    std::string style_path;
    std::string relief_path;  ///< "" when relief is off
    std::string basemap_dir;  ///< "" for the default GSHHS
};

/// @returns the DEM that `--relief` @p option names: ETOPO5 for "default", none for "off".
std::string relief_input(const std::string& option);

/// The data directory's files: gazetteer, history files, geocode/not_places.txt.
std::vector<std::string> data_inputs(const std::string& data_dir);

/// data_inputs() plus the style, the relief, the basemap directory, GSHHS's directories (the
/// locator inset reads them in any case) and the vector cache directory.
std::vector<std::string> map_inputs(const std::string& data_dir, const MapInputs& map);

/// Checks an output path before any work: it may not be a device, FIFO or directory (a
/// link to a file is followed), nor one of @p inputs.
/// @throws OutputError naming @p output (and the input it would overwrite).
void check_output(const std::string& output, const std::vector<std::string>& inputs);

}  // namespace cm::cli
