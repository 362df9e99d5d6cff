#pragma once

// Loaders for the history of a dataset (see DESIGN.md, Data): a directory holding
// polities.toml, wars.toml, events.toml, campaigns.toml, control.toml, regions.geojson (one
// point per region), borders.geojson (the border segments the regions are built from) and,
// optionally, dataset.toml (the dataset's region name and the titles of the cited articles).
// Strict: unknown keys, values of the wrong type, missing fields and duplicate ids are
// errors naming the file, the record and the key. Whether ids resolve, years are in order
// and regions tile is for check_history(), which reports every problem at once.

#include <string>
#include <vector>

#include "geodata/model/atlas.hpp"

namespace cm {

/// The file names of a history directory, in one place.
struct HistoryFiles {
    std::string polities, wars, events, campaigns, control, regions, borders, dataset;
};

/// @returns the paths of the history files inside @p history_dir.
HistoryFiles history_files(const std::string& history_dir);

std::vector<Polity> load_polities(const std::string& path);
std::vector<War> load_wars(const std::string& path);
std::vector<Event> load_events(const std::string& path);
std::vector<Campaign> load_campaigns(const std::string& path);
std::vector<Control> load_control(const std::string& path);
/// Reads the region points (GeoJSON points with id, name, note, source); their geometry is
/// left empty for build_regions().
std::vector<Region> load_regions(const std::string& path);
/// Reads the border segments (GeoJSON lines with id, certainty, follows, note, source).
std::vector<Border> load_borders(const std::string& path);

/// Reads dataset.toml at @p path into @p atlas: `region` (optional) and [[article]] records
/// (id, title). A missing file leaves both empty.
/// @throws DataError naming the file, record and key at fault.
void load_dataset(const std::string& path, Atlas& atlas);

/// The last year of @p atlas's history: the latest year of its wars, events, campaign legs and
/// control records (0 when it has none).
int history_end(const Atlas& atlas);

/// Sets Control::years: each record holds from its `from` to the year before its region's
/// next record, the last one to history_end(). Two records of a region from the same year
/// (check_history reports them): the first in the file holds that year.
void set_control_years(Atlas& atlas);

/// Loads every history file of @p history_dir into @p atlas (places are left as they are, and
/// the borders follow the gazetteer lines of atlas.places), then builds the regions:
/// read_history, then tie_history_to_places.
/// @throws DataError naming the file, record and key at fault.
void load_history(const std::string& history_dir, Atlas& atlas);

/// The first half of load_history, which needs no places: reads every file of @p history_dir
/// into @p atlas.
void read_history(const std::string& history_dir, Atlas& atlas);

/// The second half: the borders take the lines of the places they follow, and the regions are
/// built from them.
void tie_history_to_places(Atlas& atlas);

}  // namespace cm
