// The installed program: `cmake --install` into a scratch prefix and the Debian package from
// `cpack -G DEB`, each run from another directory on a fresh cache, as a new user would.

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "tests/cli/run_command.hpp"
#include "tests/cli/scratch_data.hpp"
#include "tests/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using cm::test::CommandResult;
using cm::test::read_bytes;
using cm::test::run_shell;
using cm::test::TempDir;

/// Runs the campaignmap of @p prefix in another directory with a HOME and XDG_CACHE_HOME
/// whose parents do not exist yet (fontconfig alone would find no writable cache there).
CommandResult run_installed(const TempDir& tmp, const fs::path& prefix, const std::string& args,
                            const std::string& env = "") {
    const std::string fresh = env.empty() ? "HOME='" + (tmp / "home/user") + "' XDG_CACHE_HOME='" +
                                                (tmp / "fresh/cache") + "' "
                                          : env + " ";
    return run_shell("cd '" + (tmp / "elsewhere") + "' && " + fresh + "'" +
                     (prefix / "bin" / "campaignmap").string() + "' " + args);
}

void expect_runs_as_installed(const TempDir& tmp, const fs::path& prefix) {
    fs::create_directories(tmp / "elsewhere");
    const CommandResult check = run_installed(tmp, prefix, "check");
    EXPECT_EQ(check.status, 0) << check.output;
    const CommandResult render =
        run_installed(tmp, prefix, "render --year 1643 --page 480x320 -o map.png");
    EXPECT_EQ(render.status, 0) << render.output;
    EXPECT_TRUE(fs::file_size(tmp / "elsewhere/map.png") > 1000);
    // The default basemap is the Natural Earth extract installed beside the data, read with
    // no cache (the fresh cache directory holds no vector copy afterwards).
    const CommandResult svg = run_installed(
        tmp, prefix, "render --year 1643 --page 480x320 --relief off --verbose -o map.svg");
    EXPECT_EQ(svg.status, 0) << svg.output;
    EXPECT_NE(svg.output.find("; basemap Made with Natural Earth"), std::string::npos)
        << svg.output;
    EXPECT_FALSE(fs::exists(tmp / "fresh/cache/campaignmap/vectors"));
    EXPECT_EQ(render.output.find("Fontconfig"), std::string::npos) << render.output;
    EXPECT_TRUE(fs::is_directory(tmp / "fresh/cache/campaignmap/fontconfig"));
    // Neither HOME nor XDG_CACHE_HOME (a service, a CI job): still no fontconfig message.
    const CommandResult homeless =
        run_installed(tmp, prefix, "render --year 1643 --page 480x320 -o small.png",
                      "env -u HOME -u XDG_CACHE_HOME");
    EXPECT_EQ(homeless.status, 0) << homeless.output;
    EXPECT_EQ(homeless.output.find("Fontconfig"), std::string::npos) << homeless.output;
    // The GIF encoder is in the module, which must come from the prefix.
    const CommandResult gif =
        run_installed(tmp, prefix, "animate --from 1643 --to 1644 --page 640x480 -q -o a.gif");
    EXPECT_EQ(gif.status, 0) << gif.output;
    EXPECT_TRUE(fs::exists(tmp / "elsewhere/a.gif"));
}

}  // namespace

TEST(Install, InstalledProgramRunsFromAnyDirectoryWithoutTheBuildTree) {
    const TempDir tmp("cm-install");
    const fs::path prefix = tmp.path / "prefix";
    const CommandResult install = run_shell(std::string("'") + CM_CMAKE_COMMAND + "' --install '" +
                                            CM_BUILD_DIR + "' --prefix '" + prefix.string() + "'");
    ASSERT_EQ(install.status, 0) << install.output;
    for (const char* file :
         {"bin/campaignmap", "lib/campaignmap/libcm_encoders.so",
          "share/campaignmap/styles/fonts.conf", "share/campaignmap/styles/slides.toml",
          "share/campaignmap/geodata/gazetteer.geojson",
          "share/campaignmap/geodata/history/wars.toml",
          "share/campaignmap/geodata/basemap/ne_10m_land.fgb",
          "share/campaignmap/geodata/basemap/ne_10m_lakes.fgb",
          "share/campaignmap/geodata/basemap/ne_10m_lakes_historic.fgb",
          "share/campaignmap/geodata/basemap/ne_10m_rivers_lake_centerlines.fgb",
          "share/campaignmap/geodata/basemap/dammed_lakes.tsv"})
        EXPECT_TRUE(fs::is_regular_file(prefix / file)) << file;
    // No path of the source or build tree's resources is compiled in: the program's constant
    // data (.rodata, where string literals live) holds none of them. (Debug builds keep source
    // file names for their assertions, so only whole resource paths are looked for.)
    const fs::path rodata = tmp.path / "rodata.bin";
    const CommandResult dump =
        run_shell("objcopy -O binary --only-section=.rodata '" +
                  (prefix / "bin/campaignmap").string() + "' '" + rodata.string() + "'");
    ASSERT_EQ(dump.status, 0) << dump.output;
    const std::string constants = read_bytes(rodata);
    ASSERT_NE(constants.find("campaignmap"), std::string::npos);
    using namespace std::string_literals;
    for (const std::string& path :
         {CM_SOURCE_DIR "/styles\0"s, CM_SOURCE_DIR "/styles/fonts.conf\0"s,
          CM_SOURCE_DIR "/geodata\0"s, CM_SOURCE_DIR "/geodata/\0"s, std::string(CM_BUILD_DIR)})
        EXPECT_EQ(constants.find(path), std::string::npos) << path;
    expect_runs_as_installed(tmp, prefix);
}

TEST(Install, DebianPackageNamesItsDependenciesAndRuns) {
    const TempDir tmp("cm-deb");
    const CommandResult pack = run_shell(std::string("cd '") + CM_BUILD_DIR + "' && '" +
                                         CM_CPACK_COMMAND + "' -G DEB -B '" + (tmp / "pkg") + "'");
    ASSERT_EQ(pack.status, 0) << pack.output;
    fs::path deb;
    for (const auto& entry : fs::directory_iterator(tmp / "pkg"))
        if (entry.path().extension() == ".deb")
            deb = entry.path();
    ASSERT_FALSE(deb.empty()) << pack.output;
    EXPECT_EQ(deb.filename().string().rfind("campaignmap_", 0), 0u) << deb;
    const CommandResult depends = run_shell("dpkg-deb -f '" + deb.string() + "' Depends");
    ASSERT_EQ(depends.status, 0) << depends.output;
    for (const char* package : {"libgdal", "libproj", "libcairo2", "libpango", "fonts-noto-core",
                                "ferret-datasets", "python-cartopy-data"})
        EXPECT_NE(depends.output.find(package), std::string::npos) << package << depends.output;
    const CommandResult unpack =
        run_shell("dpkg-deb -x '" + deb.string() + "' '" + (tmp / "root") + "'");
    ASSERT_EQ(unpack.status, 0) << unpack.output;
    expect_runs_as_installed(tmp, tmp.path / "root/usr");
}
