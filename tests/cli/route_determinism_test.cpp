// The same inputs give the same map: `render` run twice as separate processes, each with a
// cache of its own made fresh, writes the same SVG of a demo war map, byte for byte, so every
// leg's drawn course, bundled and offset, is the same. Skips without ETOPO5 (package
// ferret-datasets), which the legs' courses are found on.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "geodata/io/relief_loader.hpp"
#include "tests/cli/run_command.hpp"
#include "tests/temp_dir.hpp"

namespace cm {
namespace {

std::string bytes_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Renders the war map @p war in @p style as SVG into @p dir, with a fresh cache there.
std::string render_svg(const test::TempDir& dir, const std::string& war, const std::string& style) {
    const std::string out = dir / (war + "-" + style + ".svg");
    const test::CommandResult r =
        test::run_shell("XDG_CACHE_HOME='" + (dir / "cache") + "' " + std::string(CM_BINARY) +
                        " render --data '" + CM_SOURCE_DIR + "/geodata' --war " + war +
                        " --style " + style + " --relief off -o '" + out + "'");
    EXPECT_EQ(r.status, 0) << r.output;
    return bytes_of(out);
}

TEST(RouteDeterminism, TwoProcessesWithFreshCachesWriteTheSameWarMap) {
    if (!std::filesystem::exists(default_relief_path()))
        GTEST_SKIP() << "ETOPO5 (package ferret-datasets) is missing";
    for (const char* war : {"1635-1658", "1681-1684"}) {
        const test::TempDir a("cm-route-determinism"), b("cm-route-determinism");
        const std::string first = render_svg(a, war, "slides");
        const std::string second = render_svg(b, war, "slides");
        ASSERT_GT(first.size(), 10000u) << war;
        EXPECT_TRUE(first == second) << war << ": the two runs' SVGs differ";
    }
}

}  // namespace
}  // namespace cm
