// `check` names what a newcomer's data most often gets wrong, all at once with a count:
// lon/lat swapped, an event outside every war and the history, a colour key a style lacks,
// a war without territory, an unknown id (with the nearest one), a draft left unreviewed.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "tests/cli/run_command.hpp"
#include "tests/cli/scratch_data.hpp"

namespace {

namespace fs = std::filesystem;

using cm::test::read_bytes;
using cm::test::run_campaignmap;
using cm::test::ScratchData;
using cm::test::write_bytes;

void append(const ScratchData& d, const std::string& relative, const std::string& text) {
    const auto path = fs::path(d.data()) / relative;
    write_bytes(path, read_bytes(path) + text);
}

/// Adds a feature to the scratch gazetteer (before the closing "]\n}").
void add_place(const ScratchData& d, const std::string& feature) {
    const auto path = fs::path(d.data()) / "gazetteer.geojson";
    std::string text = read_bytes(path);
    const std::size_t end = text.rfind(']');
    text.insert(text.rfind('}', end) + 1, ",\n" + feature);
    write_bytes(path, text);
}

const char* kSwapped =
    R"({"type": "Feature", "properties": {"id": "otrar", "name": "Otrar", "names": ["Otrar"],)"
    R"( "type": "settlement", "certainty": "exact", "source": "test"}, "geometry": {"type":)"
    R"( "Point", "coordinates": [42.85, 68.3]}})";

const char* kLateEvent = R"(
[[event]]
id = "raid-1750"
name = "Raid"
type = "capture"
year = 1750
place = "sayram"
outcome = "A raid."
certainty = "exact"
source = "test"
)";

bool has(const std::string& out, const std::string& what) {
    return out.find(what) != std::string::npos;
}

}  // namespace

TEST(NewcomerCheck, WarnsOfSwappedLonLatAndEventsOutsideEveryWarButPasses) {
    ScratchData d;
    add_place(d, kSwapped);
    append(d, "history/events.toml", kLateEvent);
    const auto r = run_campaignmap("check --data " + d.data());
    EXPECT_EQ(r.status, 0) << r.output;
    EXPECT_TRUE(has(r.output, "warning: " + d.data() +
                                  "/gazetteer.geojson: feature 'otrar': geometry: lies at lon "
                                  "42.85, lat 68.30"))
        << r.output;
    EXPECT_TRUE(has(r.output, "lon and lat look swapped (GeoJSON positions are [lon, lat])"));
    EXPECT_TRUE(has(r.output,
                    "event 'raid-1750': year: 1750 is outside every war's years "
                    "(1640-1650): correct the year, or add the war to wars.toml"))
        << r.output;
    EXPECT_TRUE(has(r.output, "2 problem(s) found: 0 error(s), 2 warning(s)")) << r.output;
    // A render is not stopped by warnings.
    EXPECT_EQ(run_campaignmap("render --data " + d.data() +
                              " --year 1645 --page 320x200 --relief off -o " + d.out("m.svg"))
                  .status,
              0);
}

TEST(NewcomerCheck, PrintsEveryErrorAtOnceWithWhatToDo) {
    ScratchData d;
    append(d, "history/polities.toml",
           "\n[[polity]]\nid = \"river-horde\"\nname = \"River Horde\"\ncolour_key = "
           "\"river-horde\"\nsource = \"test\"\n");
    append(d, "history/wars.toml",
           "\n[[war]]\nid = \"1600-1605\"\nname = \"Earlier war\"\nyears = [1600, 1605]\nsource "
           "= \"test\"\n");
    std::string events = read_bytes(fs::path(d.data()) / "history/events.toml");
    events.replace(events.find("place = \"sayram\""), 16, "place = \"sayran\"");
    events.replace(events.find("certainty = \"exact\""), 19, "certainty = \"draft\"");
    write_bytes(fs::path(d.data()) / "history/events.toml", events);
    const auto r = run_campaignmap("check --data " + d.data() + " --style publication");
    EXPECT_EQ(r.status, 1) << r.output;
    EXPECT_TRUE(has(r.output, "place: unknown place id 'sayran' (did you mean 'sayram'?)"))
        << r.output;
    EXPECT_TRUE(has(r.output,
                    "certainty: certainty is \"draft\": review the record against its "
                    "source, then set certainty to exact, approximate or uncertain"))
        << r.output;
    EXPECT_TRUE(
        has(r.output,
            "war '1600-1605': years: no region is held in 1600-1605: its maps would show no "
            "territory (add control.toml records from 1600)"))
        << r.output;
    EXPECT_TRUE(has(r.output,
                    "polities.toml: polity 'river-horde': colour_key: 'river-horde' "
                    "has no colour in style 'publication'"))
        << r.output;
    EXPECT_TRUE(has(r.output, "4 problem(s) found: 4 error(s), 0 warning(s)")) << r.output;
}

TEST(NewcomerCheck, ChecksTheColourKeysOfEveryShippedStyleByDefault) {
    ScratchData d;
    append(d, "history/polities.toml",
           "\n[[polity]]\nid = \"river-horde\"\nname = \"River Horde\"\ncolour_key = "
           "\"river-horde\"\nsource = \"test\"\n");
    const auto r = run_campaignmap("check --data " + d.data());
    EXPECT_EQ(r.status, 1);
    for (const char* style : {"publication", "slides", "wikipedia"})
        EXPECT_TRUE(has(r.output, std::string("has no colour in style '") + style + "'"))
            << r.output;
}
