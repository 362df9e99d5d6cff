// The SVG of a real map from the command line: the A4 war map with its relief is small and
// written about as fast as its PNG; --svg-relief external writes the relief beside the SVG,
// links it, and never over one of the run's inputs.

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <vector>

#include <gtest/gtest.h>

#include "tests/cli/run_command.hpp"
#include "tests/cli/scratch_data.hpp"
#include "tests/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using cm::test::run_campaignmap;

/// The best wall time of three runs of `campaignmap ARGS`, in seconds.
double best_seconds(const std::string& args) {
    std::vector<double> times;
    for (int i = 0; i < 3; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const auto r = run_campaignmap(args);
        times.push_back(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        EXPECT_EQ(r.status, 0) << args << "\n" << r.output;
    }
    return *std::min_element(times.begin(), times.end());
}

TEST(SvgEditorCli, TheA4WarMapsSvgIsSmallAndQuickWithItsRelief) {
    const cm::test::TempDir tmp("cm-svg-a4");
    const std::string map = "render --war 1635-1658 --style publication --page a4-landscape -o ";
    const double svg_s = best_seconds(map + (tmp / "war.svg"));
    const double png_s = best_seconds(map + (tmp / "war.png"));
    const std::string svg = cm::test::read_bytes(tmp.path / "war.svg");
    EXPECT_NE(svg.find("data:image/png;base64,"), std::string::npos) << "with its relief";
    EXPECT_LT(svg.size(), 1'500'000u);
    EXPECT_LT(svg_s, 1.5 * png_s) << "SVG " << svg_s << " s, PNG " << png_s << " s";
}

TEST(SvgEditorCli, AnExternalReliefIsAPngBesideTheSvg) {
    const cm::test::TempDir tmp("cm-svg-external");
    const auto r = run_campaignmap("render --year 1643 --page 640x400 --svg-relief external -o " +
                                   (tmp / "map.svg"));
    ASSERT_EQ(r.status, 0) << r.output;
    const std::string svg = cm::test::read_bytes(tmp.path / "map.svg");
    EXPECT_NE(svg.find("xlink:href=\"map-relief.png\""), std::string::npos);
    EXPECT_EQ(svg.find("data:image"), std::string::npos);
    EXPECT_EQ(cm::test::read_bytes(tmp.path / "map-relief.png").substr(1, 3), "PNG");
}

TEST(SvgEditorCli, AnExternalReliefNeverOverwritesAnInput) {
    const cm::test::TempDir tmp("cm-svg-input");
    // The style is read from a file named as the relief of map.svg would be.
    fs::copy_file(fs::path(CM_SOURCE_DIR) / "styles" / "publication.toml",
                  tmp.path / "map-relief.png");
    const std::string before = cm::test::read_bytes(tmp.path / "map-relief.png");
    const auto r =
        run_campaignmap("render --year 1643 --page 640x400 --style " + (tmp / "map-relief.png") +
                        " --svg-relief external -o " + (tmp / "map.svg"));
    EXPECT_EQ(r.status, 1) << r.output;
    EXPECT_NE(r.output.find("campaignmap: " + (tmp / "map-relief.png")), std::string::npos)
        << r.output;
    EXPECT_EQ(cm::test::read_bytes(tmp.path / "map-relief.png"), before);
    EXPECT_FALSE(fs::exists(tmp.path / "map.svg"));
}

TEST(SvgEditorCli, AnExternalReliefNeedsAFile) {
    const auto r = run_campaignmap("render --year 1643 --page 640x400 --svg-relief external -o -");
    EXPECT_EQ(r.status, 2) << r.output;
    EXPECT_NE(r.output.find("--svg-relief external"), std::string::npos) << r.output;
    EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 1) << r.output;
    const auto bad = run_campaignmap("render --year 1643 --svg-relief inside -o x.svg");
    EXPECT_EQ(bad.status, 2) << bad.output;
}

}  // namespace
