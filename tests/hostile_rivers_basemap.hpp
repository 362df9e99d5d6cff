// A --basemap directory of the shipped land and a rivers file whose ranks are hostile (NaN,
// 1e300, negative, 40): tests/fixtures/hostile_rivers.
#pragma once

#include <filesystem>

namespace cm::test {

/// Makes `basemap/` under @p root and returns it.
inline std::filesystem::path make_hostile_rivers_basemap(const std::filesystem::path& root) {
    namespace fs = std::filesystem;
    const fs::path dir = root / "basemap";
    fs::create_directories(dir);
    fs::create_symlink(fs::path(CM_SOURCE_DIR) / "geodata/basemap/ne_10m_land.fgb",
                       dir / "ne_10m_land.fgb");
    fs::copy_file(
        fs::path(CM_TEST_FIXTURES) / "hostile_rivers" / "ne_10m_rivers_lake_centerlines.geojson",
        dir / "ne_10m_rivers_lake_centerlines.geojson");
    return dir;
}

}  // namespace cm::test
