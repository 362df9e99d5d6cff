// libFuzzer target: suggestions, the draft gazetteer and `draft` on arbitrary article bytes,
// against the project's gazetteer and Natural Earth extract. What they write must parse:
// the draft gazetteer as JSON, the drafts as TOML; never a crash, a hang or another
// exception than cm::Error for a text that is not an article.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <cpl_json.h>
#include <toml++/toml.h>

#include "geodata/draft/draft_toml.hpp"
#include "geodata/draft/drafts.hpp"
#include "geodata/geocode/draft_gazetteer.hpp"
#include "geodata/geocode/geocoder.hpp"
#include "geodata/geocode/not_places.hpp"
#include "geodata/geocode/suggestions.hpp"
#include "geodata/io/gazetteer_loader.hpp"
#include "geodata/io/history_loader.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/io/reference_loader.hpp"
#include "geodata/model/error.hpp"
#include "tests/fuzz/scratch_file.hpp"

namespace {

const std::string kData = std::string(CM_SOURCE_DIR) + "/geodata/";

const cm::geocode::PlaceIndex& project_index() {
    static const cm::geocode::PlaceIndex index = [] {
        cm::ogr::register_drivers();
        return cm::geocode::PlaceIndex(
            cm::load_gazetteer(kData + "gazetteer.geojson"),
            cm::geocode::load_not_places(kData + "geocode/not_places.txt"));
    }();
    return index;
}

void must_parse_as_toml(const std::string& text) {
    try {
        (void)toml::parse(text);
    } catch (const toml::parse_error&) {
        std::abort();  // a draft that its own loader could not read
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const cm::fuzz::ScratchFile scratch("cm-fuzz-draft");
    static const auto reference = cm::load_reference_places(kData + "basemap");
    static const auto polities = cm::load_polities(kData + "history/polities.toml");
    const cm::geocode::PlaceIndex& index = project_index();
    if (!scratch.write(data, size))
        return 0;
    try {
        const cm::geocode::Article article = cm::geocode::read_article(scratch.path());
        cm::geocode::Geocoding g = cm::geocode::geocode({article}, index);
        cm::geocode::suggest_locations(g, reference);
        CPLJSONDocument doc;
        if (!doc.LoadMemory(cm::geocode::draft_gazetteer_json(g)))
            std::abort();
        const cm::draft::Drafts drafts = cm::draft::draft_history({article}, index, polities);
        must_parse_as_toml(cm::draft::events_toml(drafts));
        must_parse_as_toml(cm::draft::campaigns_toml(drafts));
    } catch (const cm::Error&) {
    }
    return 0;
}
