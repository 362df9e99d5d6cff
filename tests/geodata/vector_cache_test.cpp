#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
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

/// One land polygon, Natural Earth's shape.
const char* const kLand = R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"featurecla": "Land"},
  "geometry": {"type": "Polygon",
               "coordinates": [[[58.0, 37.0], [82.0, 37.5], [81.0, 48.0], [59.0, 47.0], [58.0, 37.0]]]}}
]})";

void write_text(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

std::string test_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
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

/// How many cached copies (.fgb files, not their records) @p dir holds.
long copies_in(const fs::path& dir) {
    return std::count_if(
        fs::directory_iterator(dir), fs::directory_iterator{},
        [](const fs::directory_entry& e) { return e.path().extension() == ".fgb"; });
}

TEST(VectorCache, GeoJsonCopyHoldsTheSameFeaturesInTheSameOrder) {
    TempDir dir;
    write_text(dir / "rivers.geojson", kRivers);
    const std::string copy = fast_copy_of(dir / "rivers.geojson", dir / "cache").path;
    EXPECT_EQ(fs::path(copy).extension(), ".fgb");
    EXPECT_EQ(fs::path(copy).parent_path(), fs::path(dir / "cache"));
    const std::vector<std::string> original = features_of(dir / "rivers.geojson");
    ASSERT_EQ(original.size(), 3u);
    EXPECT_EQ(features_of(copy), original);
}

TEST(VectorCache, CopyIsMadeOnceAndReused) {
    TempDir dir;
    write_text(dir / "rivers.geojson", kRivers);
    const std::string first = fast_copy_of(dir / "rivers.geojson", dir / "cache").path;
    const auto written = fs::last_write_time(first);
    const std::string second = fast_copy_of(dir / "rivers.geojson", dir / "cache").path;
    EXPECT_EQ(second, first);
    EXPECT_EQ(fs::last_write_time(second), written);
    EXPECT_EQ(copies_in(dir / "cache"), 1);
    EXPECT_TRUE(fs::is_regular_file(first + ".sum"));
}

TEST(VectorCache, EditedSourceGetsAFreshCopy) {
    TempDir dir;
    write_text(dir / "rivers.geojson", kRivers);
    const std::string before = fast_copy_of(dir / "rivers.geojson", dir / "cache").path;
    std::string edited = kRivers;
    edited.replace(edited.find("\"Ile\""), 5, "\"Ili\"");
    write_text(dir / "rivers.geojson", edited + "\n");
    const std::string after = fast_copy_of(dir / "rivers.geojson", dir / "cache").path;
    EXPECT_NE(after, before);
    EXPECT_EQ(features_of(after).front().substr(0, 4), "Ili|");
}

TEST(VectorCache, OtherFormatsAreReadAsTheyAre) {
    TempDir dir;
    write_text(dir / "land.shp", "not read");
    EXPECT_EQ(fast_copy_of(dir / "land.shp", dir / "cache").path, dir / "land.shp");
    EXPECT_FALSE(fs::exists(dir / "cache"));
}

TEST(VectorCache, WithoutAUsableCacheTheSourceIsRead) {
    TempDir dir;
    write_text(dir / "rivers.geojson", kRivers);
    write_text(dir / "cache", "a file where the directory should be");
    for (const std::optional<std::string>& cache :
         {std::optional<std::string>{}, std::optional<std::string>{"/proc/no-cache-here"},
          std::optional<std::string>{dir / "cache"}}) {
        const VectorToRead read = fast_copy_of(dir / "rivers.geojson", cache);
        EXPECT_EQ(read.path, dir / "rivers.geojson");
        EXPECT_EQ(read.note, "");  // no cache is not a damaged cache
    }
}

TEST(VectorCache, BrokenGeoJsonIsLeftForTheReaderToReport) {
    TempDir dir;
    write_text(dir / "rivers.geojson", std::string(kRivers).substr(0, 120));
    EXPECT_EQ(fast_copy_of(dir / "rivers.geojson", dir / "cache").path, dir / "rivers.geojson");
    EXPECT_TRUE(!fs::exists(dir / "cache") || fs::is_empty(dir / "cache"));
    EXPECT_EQ(fast_copy_of(dir / "missing.geojson", dir / "cache").path, dir / "missing.geojson");
}

/// The ways a cached copy is found damaged: each makes @p copy lie or fail to be read.
struct Damage {
    const char* name;
    void (*apply)(const std::string& copy);
};

void flip_a_coordinate_byte(const std::string& copy) {
    std::string bytes = test_bytes(copy);
    bytes[bytes.size() - 12] ^= 0x10;  // in the last feature's coordinates: a wrong river
    write_text(copy, bytes);
}

const Damage kDamages[] = {
    {"truncated", [](const std::string& c) { fs::resize_file(c, fs::file_size(c) / 2); }},
    {"a flipped byte", flip_a_coordinate_byte},
    {"empty", [](const std::string& c) { write_text(c, ""); }},
    {"a directory",
     [](const std::string& c) {
         fs::remove(c);
         fs::create_directories(fs::path(c) / "inside");
     }},
    {"no record", [](const std::string& c) { fs::remove(c + ".sum"); }},
    {"a garbled record", [](const std::string& c) { write_text(c + ".sum", "size 12 crc32 zz"); }},
};

TEST(VectorCache, DamagedCopyIsRebuiltFromTheSourceWithANote) {
    for (const Damage& damage : kDamages) {
        SCOPED_TRACE(damage.name);
        TempDir dir;
        write_text(dir / "rivers.geojson", kRivers);
        const VectorToRead sound = fast_copy_of(dir / "rivers.geojson", dir / "cache");
        ASSERT_EQ(fs::path(sound.path).extension(), ".fgb");
        EXPECT_EQ(sound.note, "");
        damage.apply(sound.path);
        const VectorToRead rebuilt = fast_copy_of(dir / "rivers.geojson", dir / "cache");
        EXPECT_EQ(rebuilt.path, sound.path);
        EXPECT_EQ(rebuilt.note.rfind("vector cache " + sound.path + " (of " +
                                         (dir / "rivers.geojson") + ") is damaged (",
                                     0),
                  0u)
            << rebuilt.note;
        EXPECT_TRUE(rebuilt.note.ends_with("); rebuilt")) << rebuilt.note;
        EXPECT_EQ(features_of(rebuilt.path), features_of(dir / "rivers.geojson"));
        EXPECT_EQ(fast_copy_of(dir / "rivers.geojson", dir / "cache").note, "");
        EXPECT_EQ(copies_in(dir / "cache"), 1);
    }
}

/// A damaged copy that cannot be replaced (here its record's place is taken by a directory
/// that is not empty) is never read: the source is, with a note saying so.
TEST(VectorCache, DamagedCopyThatCannotBeReplacedLeavesTheSourceToRead) {
    TempDir dir;
    write_text(dir / "rivers.geojson", kRivers);
    const std::string copy = fast_copy_of(dir / "rivers.geojson", dir / "cache").path;
    fs::resize_file(copy, fs::file_size(copy) / 2);
    fs::remove(copy + ".sum");
    fs::create_directories(copy + ".sum/inside");
    const VectorToRead read = fast_copy_of(dir / "rivers.geojson", dir / "cache");
    EXPECT_EQ(read.path, dir / "rivers.geojson");
    EXPECT_TRUE(read.note.ends_with("; read the source instead")) << read.note;
    EXPECT_NE(read.note.find("is damaged"), std::string::npos) << read.note;
}

/// The basemap read through a damaged cache is the basemap of the source, with one note.
TEST(VectorCache, NaturalEarthThroughADamagedCacheIsTheSourcesBasemap) {
    TempDir dir;
    fs::create_directories(dir / "ne");
    write_text(dir / "ne/ne_10m_land.geojson", kLand);
    write_text(dir / "ne/ne_10m_rivers_lake_centerlines.geojson", kRivers);
    const Bounds window{55.0, 35.0, 85.0, 50.0, false};
    ::setenv("XDG_CACHE_HOME", (dir / "cache").c_str(), 1);
    const Basemap first = load_natural_earth(dir / "ne", window);
    const fs::path copies = dir / "cache/campaignmap/vectors";
    for (const auto& entry : fs::directory_iterator(copies))
        if (entry.path().extension() == ".fgb" &&
            entry.path().filename().string().starts_with("ne_10m_land-"))
            fs::resize_file(entry.path(), fs::file_size(entry.path()) / 2);
    const Basemap damaged = load_natural_earth(dir / "ne", window);
    ::unsetenv("XDG_CACHE_HOME");
    const Basemap direct = load_natural_earth(dir / "ne", window);
    EXPECT_TRUE(first.notes.empty());
    ASSERT_EQ(damaged.notes.size(), 1u);
    EXPECT_NE(damaged.notes[0].find("ne_10m_land.geojson) is damaged"), std::string::npos);
    ASSERT_FALSE(direct.land.polygons.empty());
    EXPECT_EQ(damaged.land, direct.land);
    EXPECT_EQ(damaged.rivers.size(), direct.rivers.size());
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
    EXPECT_EQ(copies_in(dir / "cache/campaignmap/vectors"), 3);
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
