#include "history_loader.hpp"

#include <filesystem>
#include <future>

#include "geodata/files/input_file.hpp"
#include "geodata/io/detail/toml_record.hpp"
#include "geodata/io/region_faces.hpp"
#include "geodata/model/error.hpp"

namespace cm {
namespace {

using detail::read_records;
using detail::TomlRecord;

Polity read_polity(TomlRecord& r) {
    Polity p;
    p.id = r.text("id");
    r.name_after(p.id);
    p.name = r.text("name");
    p.names = r.texts("names");
    p.colour_key = r.text("colour_key");
    p.source = r.text("source");
    return p;
}

War read_war(TomlRecord& r) {
    War w;
    w.id = r.text("id");
    r.name_after(w.id);
    w.name = r.text("name");
    w.years = *r.years(true);
    w.extent = r.optional_extent("extent");
    w.result = r.optional_text("result");
    w.source = r.text("source");
    return w;
}

Control read_control(TomlRecord& r) {
    Control c;
    c.region_id = r.text("region");
    c.polity_id = r.text("polity");
    if (r.has("years"))
        r.fail("years",
               "control records say who holds a region from a year on: write 'from = FIRST' "
               "(it holds until the region's next record)");
    c.from = r.year("from");
    c.years = {c.from, c.from};
    r.name_after(c.region_id + " from " + std::to_string(c.from));
    c.certainty = r.certainty("certainty");
    c.note = r.optional_text("note");
    c.source = r.text("source");
    return c;
}

}  // namespace

HistoryFiles history_files(const std::string& history_dir) {
    const std::filesystem::path dir(history_dir);
    auto in = [&](const char* name) { return (dir / name).string(); };
    return {in("polities.toml"), in("wars.toml"),       in("events.toml"),     in("campaigns.toml"),
            in("control.toml"),  in("regions.geojson"), in("borders.geojson"), in("dataset.toml")};
}

std::vector<Polity> load_polities(const std::string& path) {
    return read_records<Polity>(path, "polity", read_polity);
}

std::vector<War> load_wars(const std::string& path) {
    return read_records<War>(path, "war", read_war);
}

std::vector<Control> load_control(const std::string& path) {
    return read_records<Control>(path, "control", read_control);
}

void read_history(const std::string& history_dir, Atlas& atlas) {
    if (const std::string problem = input_dir_problem(history_dir); !problem.empty())
        throw DataError(history_dir, "", "history directory: " + problem);
    const HistoryFiles files = history_files(history_dir);
    // The borders are the largest file: parsed while the records are.
    auto borders = std::async(std::launch::async, [&files] { return load_borders(files.borders); });
    atlas.polities = load_polities(files.polities);
    atlas.wars = load_wars(files.wars);
    atlas.events = load_events(files.events);
    atlas.campaigns = load_campaigns(files.campaigns);
    atlas.control = load_control(files.control);
    atlas.regions = load_regions(files.regions);
    atlas.borders = borders.get();
    load_dataset(files.dataset, atlas);
    set_control_years(atlas);
}

void tie_history_to_places(Atlas& atlas) {
    follow_features(atlas.borders, atlas.places);
    build_regions(atlas);
}

void load_history(const std::string& history_dir, Atlas& atlas) {
    read_history(history_dir, atlas);
    tie_history_to_places(atlas);
}

}  // namespace cm
