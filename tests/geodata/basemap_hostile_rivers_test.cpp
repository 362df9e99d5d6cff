// A Natural Earth rivers layer with hostile ranks (NaN, 1e300, negative, beyond Natural Earth's
// range) is read without a crash and every rank comes out within 0..12: what is not a number
// or beyond +-1e9 counts as absent (rank 0, as in a file without ranks), the rest is clamped.

#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "geodata/io/basemap_loader.hpp"
#include "tests/hostile_rivers_basemap.hpp"
#include "tests/temp_dir.hpp"

namespace cm {
namespace {

namespace fs = std::filesystem;

/// Sets XDG_CACHE_HOME (the GeoJSON's FlatGeobuf copy goes there) for one test.
class CacheHome {
  public:
    explicit CacheHome(const std::string& dir) {
        if (const char* old = std::getenv("XDG_CACHE_HOME"))
            m_saved = old;
        ::setenv("XDG_CACHE_HOME", dir.c_str(), 1);
    }
    ~CacheHome() {
        m_saved ? ::setenv("XDG_CACHE_HOME", m_saved->c_str(), 1) : ::unsetenv("XDG_CACHE_HOME");
    }
    CacheHome(const CacheHome&) = delete;
    CacheHome& operator=(const CacheHome&) = delete;

  private:
    std::optional<std::string> m_saved;
};

TEST(BasemapHostileRivers, RanksThatAreNotNumbersOrOutOfRangeAreKeptInRange) {
    const test::TempDir tmp("cm-hostile-rivers");
    const fs::path dir = test::make_hostile_rivers_basemap(tmp.path);
    const CacheHome cache(tmp / "cache");
    const Basemap b = load_natural_earth(dir.string(), Bounds{60.0, 35.0, 80.0, 50.0, false});
    std::map<std::string, int> ranks;
    for (const Basemap::River& r : b.rivers)
        ranks[r.name] = r.rank;
    const std::map<std::string, int> expected = {{"Nan River", 0},
                                                 {"Huge River", 0},
                                                 {"Negative River", 0},
                                                 {"Big Rank River", 12},
                                                 {"Plain River", 7}};
    EXPECT_EQ(ranks, expected);
}

}  // namespace
}  // namespace cm
