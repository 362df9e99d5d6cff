#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "geodata/io/basemap_loader.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/io/vector_cache.hpp"
#include "tests/temp_dir.hpp"

using cm::test::TempDir;

namespace cm {
namespace {

namespace fs = std::filesystem;

/// Mixed single and multi lines, as Natural Earth's rivers are, with a name and a rank.
const char* const kRivers = R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"name": "Ile", "scalerank": 7},
  "geometry": {"type": "LineString", "coordinates": [[81.5, 43.9], [77.0, 44.0], [74.5, 45.6]]}},
 {"type": "Feature", "properties": {"name": "Syr  Darya", "scalerank": 5},
  "geometry": {"type": "MultiLineString",
               "coordinates": [[[71.0, 40.9], [68.6, 41.4]], [[68.6, 41.4], [61.2, 46.1]]]}},
 {"type": "Feature", "properties": {"name": "Öztürk ʻ", "scalerank": 9},
  "geometry": {"type": "LineString", "coordinates": [[60.0, 40.0], [60.5, 40.5]]}}
]})";

void write_text(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

/// Every feature of @p path's first layer as "name|rank|WKT", in order.
std::vector<std::string> features_of(const std::string& path) {
    ogr::DatasetPtr ds = ogr::open_vector(path);
    OGRLayer* layer = ds->GetLayer(0);
    std::vector<std::string> out;
    while (ogr::FeaturePtr f{layer->GetNextFeature()}) {
        const std::string wkt = f->GetGeometryRef()->exportToWkt();
        const std::string name = f->GetFieldAsString("name");
        const std::string rank = f->GetFieldAsString("scalerank");  // reuses GDAL's buffer
        out.push_back(name + '|' + rank + '|' + wkt);
    }
    return out;
}

TEST(VectorCache, GeoJsonCopyHoldsTheSameFeaturesInTheSameOrder) {
    TempDir dir;
    write_text(dir / "rivers.geojson", kRivers);
    const std::string copy = fast_copy_of(dir / "rivers.geojson", dir / "cache");
    EXPECT_EQ(fs::path(copy).extension(), ".fgb");
    EXPECT_EQ(fs::path(copy).parent_path(), fs::path(dir / "cache"));
    const std::vector<std::string> original = features_of(dir / "rivers.geojson");
    ASSERT_EQ(original.size(), 3u);
    EXPECT_EQ(features_of(copy), original);
}

TEST(VectorCache, CopyIsMadeOnceAndReused) {
    TempDir dir;
    write_text(dir / "rivers.geojson", kRivers);
    const std::string first = fast_copy_of(dir / "rivers.geojson", dir / "cache");
    const auto written = fs::last_write_time(first);
    const std::string second = fast_copy_of(dir / "rivers.geojson", dir / "cache");
    EXPECT_EQ(second, first);
    EXPECT_EQ(fs::last_write_time(second), written);
    EXPECT_EQ(std::distance(fs::directory_iterator(dir / "cache"), fs::directory_iterator{}), 1);
}

TEST(VectorCache, EditedSourceGetsAFreshCopy) {
    TempDir dir;
    write_text(dir / "rivers.geojson", kRivers);
    const std::string before = fast_copy_of(dir / "rivers.geojson", dir / "cache");
    std::string edited = kRivers;
    edited.replace(edited.find("\"Ile\""), 5, "\"Ili\"");
    write_text(dir / "rivers.geojson", edited + "\n");
    const std::string after = fast_copy_of(dir / "rivers.geojson", dir / "cache");
    EXPECT_NE(after, before);
    EXPECT_EQ(features_of(after).front().substr(0, 4), "Ili|");
}

TEST(VectorCache, OtherFormatsAreReadAsTheyAre) {
    TempDir dir;
    write_text(dir / "land.shp", "not read");
    EXPECT_EQ(fast_copy_of(dir / "land.shp", dir / "cache"), dir / "land.shp");
    EXPECT_FALSE(fs::exists(dir / "cache"));
}

TEST(VectorCache, WithoutAUsableCacheTheSourceIsRead) {
    TempDir dir;
    write_text(dir / "rivers.geojson", kRivers);
    EXPECT_EQ(fast_copy_of(dir / "rivers.geojson", std::nullopt), dir / "rivers.geojson");
    EXPECT_EQ(fast_copy_of(dir / "rivers.geojson", "/proc/no-cache-here"), dir / "rivers.geojson");
    write_text(dir / "cache", "a file where the directory should be");
    EXPECT_EQ(fast_copy_of(dir / "rivers.geojson", dir / "cache"), dir / "rivers.geojson");
}

TEST(VectorCache, BrokenGeoJsonIsLeftForTheReaderToReport) {
    TempDir dir;
    write_text(dir / "rivers.geojson", std::string(kRivers).substr(0, 120));
    EXPECT_EQ(fast_copy_of(dir / "rivers.geojson", dir / "cache"), dir / "rivers.geojson");
    EXPECT_TRUE(!fs::exists(dir / "cache") || fs::is_empty(dir / "cache"));
    EXPECT_EQ(fast_copy_of(dir / "missing.geojson", dir / "cache"), dir / "missing.geojson");
}

TEST(VectorCache, DirectoryFollowsXdgCacheHomeThenHome) {
    const char* saved_xdg = std::getenv("XDG_CACHE_HOME");
    const char* saved_home = std::getenv("HOME");
    const std::string xdg = saved_xdg ? saved_xdg : "";
    const std::string home = saved_home ? saved_home : "";
    ::setenv("XDG_CACHE_HOME", "/tmp/xdg", 1);
    ::setenv("HOME", "/tmp/home", 1);
    EXPECT_EQ(vector_cache_dir(), "/tmp/xdg/campaignmap/vectors");
    ::unsetenv("XDG_CACHE_HOME");
    EXPECT_EQ(vector_cache_dir(), "/tmp/home/.cache/campaignmap/vectors");
    ::unsetenv("HOME");
    EXPECT_EQ(vector_cache_dir(), std::nullopt);
    saved_xdg ? ::setenv("XDG_CACHE_HOME", xdg.c_str(), 1) : ::unsetenv("XDG_CACHE_HOME");
    saved_home ? ::setenv("HOME", home.c_str(), 1) : ::unsetenv("HOME");
}

/// The cached Natural Earth gives the basemap reading the GeoJSON gives, to the coordinate.
TEST(VectorCache, NaturalEarthThroughTheCacheIsTheSameBasemap) {
    const fs::path ne = fs::path(CM_SHARED_DIR) / "basemap" / "naturalearth";
    if (!fs::exists(ne / "ne_10m_land.geojson"))
        GTEST_SKIP() << "no Natural Earth subset in " << ne;
    TempDir dir;
    const Bounds window{60.0, 36.0, 90.0, 52.0, false};
    ::setenv("XDG_CACHE_HOME", (dir / "cache").c_str(), 1);
    const Basemap cached = load_natural_earth(ne.string(), window);
    ::setenv("XDG_CACHE_HOME", "/proc/no-cache-here", 1);
    const Basemap direct = load_natural_earth(ne.string(), window);
    ::unsetenv("XDG_CACHE_HOME");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir / "cache/campaignmap/vectors"),
                            fs::directory_iterator{}),
              3);
    EXPECT_EQ(cached.land, direct.land);
    EXPECT_EQ(cached.lakes, direct.lakes);
    ASSERT_EQ(cached.rivers.size(), direct.rivers.size());
    ASSERT_GT(cached.rivers.size(), 20u);
    for (std::size_t i = 0; i < cached.rivers.size(); ++i) {
        EXPECT_EQ(cached.rivers[i].name, direct.rivers[i].name);
        EXPECT_EQ(cached.rivers[i].rank, direct.rivers[i].rank);
        EXPECT_EQ(cached.rivers[i].line, direct.rivers[i].line);
    }
}

}  // namespace
}  // namespace cm
