#pragma once

// Loaders for the history of a dataset (see DESIGN.md, Data): a directory holding
// polities.toml, wars.toml, events.toml, campaigns.toml, control.toml and regions.geojson.
// Strict: unknown keys, values of the wrong type, missing fields and duplicate ids are
// errors naming the file, the record and the key. Whether ids resolve, years are in order
// and regions tile is for check_history(), which reports every problem at once.

#include <string>
#include <vector>

#include "geodata/model/atlas.hpp"

namespace cm {

/// The file names of a history directory, in one place.
struct HistoryFiles {
    std::string polities, wars, events, campaigns, control, regions;
};

/// @returns the paths of the history files inside @p history_dir.
HistoryFiles history_files(const std::string& history_dir);

std::vector<Polity> load_polities(const std::string& path);
std::vector<War> load_wars(const std::string& path);
std::vector<Event> load_events(const std::string& path);
std::vector<Campaign> load_campaigns(const std::string& path);
std::vector<Control> load_control(const std::string& path);
/// Reads the region tiles (GeoJSON polygons with id, name, note, source).
std::vector<Region> load_regions(const std::string& path);

/// Loads every history file of @p history_dir into @p atlas (places are left as they are).
/// @throws DataError naming the file, record and key at fault.
void load_history(const std::string& history_dir, Atlas& atlas);

}  // namespace cm
