// libFuzzer target: the geocoder on arbitrary article bytes, against the project's own
// gazetteer. An article that is not UTF-8 or is empty must end in a cm::Error; any other
// text must geocode and give a report, never a crash, a hang or another exception.

#include <cstddef>
#include <cstdint>
#include <string>

#include "geodata/geocode/geocoder.hpp"
#include "geodata/geocode/not_places.hpp"
#include "geodata/geocode/report.hpp"
#include "geodata/io/gazetteer_loader.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/model/error.hpp"
#include "tests/fuzz/scratch_file.hpp"

namespace {

const cm::geocode::PlaceIndex& project_index() {
    static const cm::geocode::PlaceIndex index = [] {
        cm::ogr::register_drivers();
        const std::string data = std::string(CM_SOURCE_DIR) + "/geodata/";
        return cm::geocode::PlaceIndex(
            cm::load_gazetteer(data + "gazetteer.geojson"),
            cm::geocode::load_not_places(data + "geocode/not_places.txt"));
    }();
    return index;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const cm::fuzz::ScratchFile scratch("cm-fuzz-article");
    const cm::geocode::PlaceIndex& index = project_index();
    if (!scratch.write(data, size))
        return 0;
    try {
        const cm::geocode::Geocoding g = cm::geocode::geocode_files({scratch.path()}, index);
        (void)cm::geocode::report_json(g);
        (void)cm::geocode::report_summary(g);
    } catch (const cm::Error&) {
    }
    return 0;
}
