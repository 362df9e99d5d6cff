// Hostile names, extents, projections and years (issue 17): right-to-left names draw, and so
// does a Pacific extent across the antimeridian; an extent touching a pole, a projection that
// mirrors or folds the map, and years outside the history are refused in one line with exit
// status 2, leaving no file behind.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "tests/cli/run_command.hpp"
#include "tests/cli/scratch_data.hpp"

namespace {

using cm::test::CommandResult;
using cm::test::read_bytes;
using cm::test::run_campaignmap;
using cm::test::ScratchData;
using cm::test::write_bytes;

constexpr int kUsage = 2;

/// A river with an Arabic-script name through the base dataset's places, to be labelled
/// along its curve.
const std::string kArabicRiver =
    R"({"type": "Feature", "properties": {"id": "syr", "name": "سیحون", "names": ["سیحون"], )"
    R"("type": "river", "certainty": "exact", "source": "fixture"}, "geometry": {"type": )"
    R"("LineString", "coordinates": [[66.0, 44.6], [67.0, 44.0], [68.0, 43.6], [69.0, 43.0], )"
    R"([70.0, 42.8], [71.0, 42.9], [72.0, 42.6], [73.0, 42.0]]}},)";

void replace_all(std::string& text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at))
        text.replace(at, from.size(), to), at += to.size();
}

class HostileGeometry : public testing::Test {
  protected:
    CommandResult render(const std::string& options) const {
        return run_campaignmap("render --data " + m_data.data() +
                               " --page 400x300 --relief off -o " + m_data.out("map.png") + " " +
                               options);
    }

    /// Exit status 2, one line "campaignmap: " + @p prefix ... @p what, no file written.
    void expect_refused(const CommandResult& r, const std::string& prefix,
                        const std::string& what) const {
        EXPECT_EQ(r.status, kUsage) << r.output;
        EXPECT_EQ(r.output.rfind("campaignmap: " + prefix, 0), 0u) << r.output;
        EXPECT_NE(r.output.find(what), std::string::npos) << r.output;
        EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 1) << r.output;
        EXPECT_TRUE(m_data.outputs().empty()) << "left behind: " << m_data.outputs().front();
    }

    ScratchData m_data;
};

TEST_F(HostileGeometry, RightToLeftAndMixedNamesRender) {
    const std::string gazetteer = m_data.data() + "/gazetteer.geojson";
    std::string text = read_bytes(gazetteer);
    replace_all(text, "\"Sayram\"", "\"صايرام\"");
    replace_all(text, "\"Turkistan\"", "\"Turkistan تۈركىستان\"");
    replace_all(text, "\"Talas valley\"", "\"وادی طلاس\"");
    replace_all(text, "\"features\": [\n", "\"features\": [\n" + kArabicRiver + "\n");
    write_bytes(gazetteer, text);
    const CommandResult r = render("--year 1645 --verbose");
    EXPECT_EQ(r.status, 0) << r.output;
    EXPECT_EQ(r.output.find("internal error"), std::string::npos) << r.output;
    EXPECT_EQ(m_data.outputs(), std::vector<std::string>{"map.png"});
    EXPECT_GT(std::filesystem::file_size(m_data.out("map.png")), 1000u);
}

TEST_F(HostileGeometry, PacificExtentAcrossTheAntimeridianRenders) {
    const CommandResult r = render("--year 1645 --extent 150,20,-150,60");
    EXPECT_EQ(r.status, 0) << r.output;
    // Beyond the Natural Earth extract: one note, GSHHS read on both sides of the antimeridian.
    EXPECT_EQ(r.output.rfind("campaignmap: note: the map reaches beyond the shipped Natural Earth "
                             "extract",
                             0),
              0u)
        << r.output;
    EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 1) << r.output;
    EXPECT_EQ(m_data.outputs(), std::vector<std::string>{"map.png"});
    EXPECT_GT(std::filesystem::file_size(m_data.out("map.png")), 1000u);
}

TEST_F(HostileGeometry, ExtentTooWideAcrossTheAntimeridianIsRefused) {
    // 90,38,60,52 is a typo for 60,38,90,52 far more often than a map of 330 degrees.
    expect_refused(render("--year 1645 --extent 90,38,60,52"), "--extent '90,38,60,52': ",
                   "west 90 is east of east 60: across the antimeridian that would span 330");
    expect_refused(render("--year 1645 --extent 150,20,210,60"),
                   "--extent '150,20,210,60': ", "longitude 210 is outside -180..180");
}

TEST_F(HostileGeometry, ExtentTouchingAPoleIsRefused) {
    expect_refused(render("--year 1645 --extent 60,70,90,90"),
                   "--extent '60,70,90,90': ", "north touches a pole");
    expect_refused(render("--year 1645 --extent 60,-90,90,-70"),
                   "--extent '60,-90,90,-70': ", "south touches a pole");
    expect_refused(render("--year 1645 --extent 60,30,90,95"),
                   "--extent '60,30,90,95': ", "latitude 95 is outside -90..90");
}

TEST_F(HostileGeometry, ExtentCloseToAPoleRenders) {
    const CommandResult r = render("--year 1645 --extent 60,75,100,89.5");
    EXPECT_EQ(r.status, 0) << r.output;
    EXPECT_EQ(m_data.outputs(), std::vector<std::string>{"map.png"});
}

TEST_F(HostileGeometry, ProjectionThatMirrorsTheMapIsRefused) {
    expect_refused(render("--year 1645 --projection '+proj=merc +axis=wnu'"),
                   "projection '+proj=merc +axis=wnu' mirrors or folds the extent: ",
                   "but is drawn left of it");
    expect_refused(render("--year 1645 --projection '+proj=stere +lat_0=90 +lon_0=-105'"),
                   "projection '+proj=stere +lat_0=90 +lon_0=-105' mirrors or folds the extent",
                   "lon/lat");
}

TEST_F(HostileGeometry, RenderYearOutsideTheHistoryIsRefused) {
    expect_refused(render("--year 2000"), "--year 2000 ",
                   "outside the history's years (1640-1650)");
    expect_refused(render("--from 1600 --to 1645"), "--from 1600 ",
                   "outside the history's years (1640-1650)");
    expect_refused(render("--from 1645 --to 1651"), "--to 1651 ",
                   "outside the history's years (1640-1650)");
}

TEST_F(HostileGeometry, AnimateYearsOutsideTheHistoryAreRefused) {
    const std::string animate = "animate --data " + m_data.data() + " --quiet --page 320x200 " +
                                "--relief off -o " + m_data.out("a.gif");
    expect_refused(run_campaignmap(animate + " --from 1630 --to 1645"), "--from 1630 ",
                   "outside the history's years (1640-1650)");
    expect_refused(run_campaignmap(animate + " --from 1645 --to 1700"), "--to 1700 ",
                   "outside the history's years (1640-1650)");
}

}  // namespace
