// A cached vector copy cannot lie (README, Robustness): a Natural Earth directory of GeoJSON
// is read through its FlatGeobuf copies in $XDG_CACHE_HOME; a copy truncated, altered,
// emptied or replaced by a directory gives the very map the GeoJSON gives, with one note that
// the copy was rebuilt, and the next map reads the new copy without a word.

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "tests/cli/run_command.hpp"
#include "tests/cli/scratch_data.hpp"
#include "tests/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using cm::test::CommandResult;
using cm::test::read_bytes;
using cm::test::run_campaignmap;
using cm::test::write_bytes;

const char* const kLand = R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"featurecla": "Land"},
  "geometry": {"type": "Polygon", "coordinates": [[[55.0, 35.0], [80.0, 35.5], [81.0, 52.0],
   [56.0, 51.0], [55.0, 35.0]], [[66.0, 44.0], [67.0, 44.0], [67.0, 45.0], [66.0, 44.0]]]}}
]})";

const char* const kRivers = R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"name": "Syr Darya", "scalerank": 2},
  "geometry": {"type": "LineString", "coordinates": [[71.0, 40.9], [68.6, 41.4], [66.0, 43.6]]}},
 {"type": "Feature", "properties": {"name": "Talas", "scalerank": 5},
  "geometry": {"type": "LineString", "coordinates": [[72.5, 42.4], [71.3, 42.9], [70.0, 44.0]]}}
]})";

class HostileCache : public testing::Test {
  protected:
    HostileCache() {
        fs::create_directories(m_files.path / "ne");
        write_bytes(m_files / "ne/ne_10m_land.geojson", kLand);
        write_bytes(m_files / "ne/ne_10m_rivers_lake_centerlines.geojson", kRivers);
    }
    ~HostileCache() override { ::unsetenv("XDG_CACHE_HOME"); }

    /// Renders 1645 over the GeoJSON basemap as SVG; @returns the run and the SVG's bytes.
    std::pair<CommandResult, std::string> render(const std::string& cache_home) const {
        ::setenv("XDG_CACHE_HOME", cache_home.c_str(), 1);
        const std::string svg = m_data.out("map.svg");
        const CommandResult r = run_campaignmap("render --data " + m_data.data() +
                                                " --year 1645 --page 400x300 --relief off " +
                                                "--basemap " + (m_files / "ne") + " -o " + svg);
        return {r, read_bytes(svg)};
    }
    /// The cached copy of the land layer.
    fs::path land_copy() const {
        for (const auto& e : fs::directory_iterator(m_files.path / "cache/campaignmap/vectors"))
            if (e.path().filename().string().starts_with("ne_10m_land-") &&
                e.path().extension() == ".fgb")
                return e.path();
        return {};
    }

    cm::test::ScratchData m_data;
    cm::test::TempDir m_files{"cm-cache"};
};

TEST_F(HostileCache, DamagedCopyNeverDrawsAWrongMap) {
    const auto [direct, reference] = render("/proc/no-cache-here");  // the GeoJSON itself
    ASSERT_EQ(direct.status, 0) << direct.output;
    ASSERT_NE(reference.find("<svg"), std::string::npos);
    const auto [first, cached] = render(m_files / "cache");
    ASSERT_EQ(first.status, 0) << first.output;
    EXPECT_EQ(first.output, "");
    EXPECT_EQ(cached, reference);
    const fs::path copy = land_copy();
    ASSERT_FALSE(copy.empty());

    const std::pair<const char*, void (*)(const fs::path&)> damages[] = {
        {"truncated", [](const fs::path& c) { fs::resize_file(c, fs::file_size(c) - 40); }},
        {"a flipped byte",
         [](const fs::path& c) {
             std::string bytes = read_bytes(c);
             bytes[bytes.size() - 20] ^= 0x08;  // in the land's coordinates
             write_bytes(c, bytes);
         }},
        {"empty", [](const fs::path& c) { write_bytes(c, ""); }},
        {"a directory",
         [](const fs::path& c) {
             fs::remove_all(c);
             fs::create_directories(c / "inside");
         }},
        {"a named pipe",  // reading it would wait for a writer for ever
         [](const fs::path& c) {
             fs::remove_all(c);
             ::mkfifo(c.c_str(), 0600);
         }},
    };
    for (const auto& [name, damage] : damages) {
        SCOPED_TRACE(name);
        damage(copy);
        const auto [run, svg] = render(m_files / "cache");
        EXPECT_EQ(run.status, 0) << run.output;
        EXPECT_EQ(svg, reference);
        EXPECT_EQ(run.output.rfind("campaignmap: note: vector cache " + copy.string(), 0), 0u)
            << run.output;
        EXPECT_NE(run.output.find("is damaged ("), std::string::npos) << run.output;
        EXPECT_TRUE(run.output.ends_with("); rebuilt\n")) << run.output;
        EXPECT_EQ(std::count(run.output.begin(), run.output.end(), '\n'), 1) << run.output;
        const auto [again, svg_again] = render(m_files / "cache");
        EXPECT_EQ(again.output, "");  // the rebuilt copy is sound
        EXPECT_EQ(svg_again, reference);
    }
}

}  // namespace
