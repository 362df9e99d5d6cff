// libFuzzer target: the history loaders on arbitrary bytes. The first byte picks the file
// kind (polities, wars, events, campaigns, control TOML, or the regions or borders GeoJSON);
// the rest is its content. Bad input must end in a cm::Error, never a crash, a hang or another
// exception.

#include <cstddef>
#include <cstdint>
#include <string>

#include "geodata/io/history_loader.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/model/error.hpp"
#include "tests/fuzz/scratch_file.hpp"

namespace {

void load_toml(std::uint8_t kind, const std::string& path) {
    switch (kind % 5) {
        case 0:
            (void)cm::load_polities(path);
            break;
        case 1:
            (void)cm::load_wars(path);
            break;
        case 2:
            (void)cm::load_events(path);
            break;
        case 3:
            (void)cm::load_campaigns(path);
            break;
        default:
            (void)cm::load_control(path);
            break;
    }
}

/// The regions and borders go to a real file too: the loaders read only regular files.
void load_geojson(bool borders, const std::uint8_t* data, std::size_t size) {
    static const cm::fuzz::ScratchFile scratch("cm-fuzz-regions", ".geojson");
    if (!scratch.write(data, size))
        return;
    try {
        if (borders)
            (void)cm::load_borders(scratch.path());
        else
            (void)cm::load_regions(scratch.path());
    } catch (const cm::Error&) {
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const cm::fuzz::ScratchFile scratch("cm-fuzz-history");
    if (size == 0)
        return 0;
    const std::uint8_t kind = data[0] % 6;
    if (kind == 5) {
        cm::ogr::register_drivers();
        load_geojson(data[0] % 12 >= 6, data + 1, size - 1);  // '5': regions, ';': borders
        return 0;
    }
    if (!scratch.write(data + 1, size - 1))
        return 0;
    try {
        load_toml(kind, scratch.path());
    } catch (const cm::Error&) {
    }
    return 0;
}
