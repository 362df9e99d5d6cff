// The basemap and the page from the command line: the shipped Natural Earth extract is the
// default, GSHHS the fallback beyond it (said on stderr); the year maps of a war share its
// extent; PNG, PDF and SVG carry their page size.

#include <filesystem>
#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "run_command.hpp"
#include "scratch_data.hpp"
#include "tests/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using cm::test::read_bytes;
using cm::test::run_campaignmap;
using cm::test::TempDir;

/// The "campaignmap: extent ...; projection ..." line of a --verbose render.
std::string extent_line(const std::string& output) {
    static const std::regex line("campaignmap: extent [^\n]*");  // also names the basemap
    std::smatch m;
    return std::regex_search(output, m, line) ? m.str() : "";
}

TEST(BasemapCli, TheCaspianIsNamedWhereTheLegendLeavesItRoom) {
    // On this slide the legend covers the middle of the Caspian; its north shows.
    const TempDir tmp("cm-basemap");
    const auto r = run_campaignmap(
        "render --year 1643 --style slides --page slide --extent 50,37,100,54 --relief off "
        "--verbose -o " +
        (tmp / "caspian.png"));
    ASSERT_EQ(r.status, 0) << r.output;
    EXPECT_EQ(r.output.find("label dropped: area:caspian-sea"), std::string::npos) << r.output;
    EXPECT_EQ(r.output.find("label dropped: area:aral-sea"), std::string::npos) << r.output;
}

TEST(BasemapCli, DefaultIsTheShippedNaturalEarthExtract) {
    const TempDir tmp("cm-basemap");
    const auto r = run_campaignmap("render --year 1643 --page 640x400 --relief off --verbose -o " +
                                   (tmp / "map.svg"));
    ASSERT_EQ(r.status, 0) << r.output;
    EXPECT_EQ(r.output.find("note"), std::string::npos) << r.output;
    const std::string line = extent_line(r.output);
    EXPECT_NE(line.find("; basemap Made with Natural Earth"), std::string::npos) << line;
    EXPECT_EQ(line.find("GSHHS"), std::string::npos) << line;
}

TEST(BasemapCli, BeyondTheExtractGshhsIsUsedAndSaidSo) {
    const TempDir tmp("cm-basemap");
    const auto r = run_campaignmap(
        "render --year 1643 --page 640x400 --relief off --verbose --extent 5,40,30,55 -o " +
        (tmp / "west.svg"));
    ASSERT_EQ(r.status, 0) << r.output;
    EXPECT_NE(r.output.find("campaignmap: note: the map reaches beyond the shipped Natural Earth "
                            "extract (35\u00b0E..125\u00b0E, 20\u00b0N..65\u00b0N)"),
              std::string::npos)
        << r.output;
    EXPECT_NE(extent_line(r.output).find("; basemap Shorelines and lakes: GSHHS"),
              std::string::npos)
        << r.output;
}

TEST(BasemapCli, YearMapsOfOneWarShareItsExtentAndProjection) {
    const TempDir tmp("cm-basemap");
    std::string lines[3];
    const char* years[3] = {"1643", "1652", "1683"};
    for (int i = 0; i < 3; ++i) {
        const auto r =
            run_campaignmap(std::string("render --year ") + years[i] +
                            " --page 320x240 --relief off --verbose -o " + (tmp / "y.png"));
        ASSERT_EQ(r.status, 0) << r.output;
        lines[i] = extent_line(r.output);
        ASSERT_FALSE(lines[i].empty()) << r.output;
    }
    EXPECT_EQ(lines[0], lines[1]) << "1643 and 1652 are maps of the war of 1635-1658";
    EXPECT_NE(lines[0], lines[2]);
    EXPECT_NE(lines[2].find("extent 58,36,90,54;"), std::string::npos)
        << "1683: the theatre wars.toml gives the war of 1681-1684: " << lines[2];
    const auto asked = run_campaignmap(
        "render --year 1643 --page 320x240 --relief off --verbose "
        "--extent 60,40,80,50 -o " +
        (tmp / "y.png"));
    EXPECT_NE(extent_line(asked.output).find("extent 60,40,80,50;"), std::string::npos)
        << asked.output;
    const auto war = run_campaignmap(
        "render --war 1635-1658 --page 320x240 --relief off --verbose -o " + (tmp / "w.png"));
    EXPECT_EQ(extent_line(war.output), lines[0]) << "the year maps show the war map's extent";
}

/// On the 1681-1684 war map: on the 1635-1658 one, the campaign routes up the Naryn valley leave
/// its name no room.
TEST(BasemapCli, RiversOnNaturalEarthsCourseAreNamed) {
    const TempDir tmp("cm-basemap");
    const auto r =
        run_campaignmap("render --war 1681-1684 --relief off --verbose -o " + (tmp / "war.png"));
    ASSERT_EQ(r.status, 0) << r.output;
    for (const char* river : {"syr-darya", "irtysh", "amu-darya", "naryn"})
        EXPECT_EQ(r.output.find(std::string("label dropped: river:") + river + "\n"),
                  std::string::npos)
            << river << ": its name follows the course, generalised to its letters";
}

/// The bytes of chunk @p type of the PNG @p png, or "" when it has none.
std::string png_chunk(const std::string& png, const std::string& type) {
    for (std::size_t at = 8; at + 12 <= png.size();) {
        const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(png[i]); };
        const std::size_t length =
            byte(at) << 24 | byte(at + 1) << 16 | byte(at + 2) << 8 | byte(at + 3);
        if (png.compare(at + 4, 4, type) == 0)
            return png.substr(at + 8, length);
        at += 12 + length;
    }
    return "";
}

TEST(PageSizeCli, PngCarriesItsDensityAndSrgb) {
    const TempDir tmp("cm-page");
    for (const int dpi : {100, 150}) {
        const fs::path out = tmp.path / ("a4-" + std::to_string(dpi) + ".png");
        const auto r = run_campaignmap("render --year 1643 --relief off --dpi " +
                                       std::to_string(dpi) + " -o " + out.string());
        ASSERT_EQ(r.status, 0) << r.output;
        const std::string png = read_bytes(out);
        const std::string phys = png_chunk(png, "pHYs");
        ASSERT_EQ(phys.size(), 9u);
        const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(phys[i]); };
        const unsigned per_metre = byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
        EXPECT_EQ(per_metre, dpi == 100 ? 3937u : 5906u);  // dpi / 0.0254
        EXPECT_EQ(phys.substr(4, 4), phys.substr(0, 4));
        EXPECT_EQ(byte(8), 1) << "unit: the metre";
        EXPECT_EQ(png_chunk(png, "sRGB").size(), 1u);
        EXPECT_EQ(png.find("IDAT") > png.find("pHYs"), true) << "before the image data";
    }
}

TEST(PageSizeCli, SvgAndPdfHaveTheExactPageSize) {
    const TempDir tmp("cm-page");
    ASSERT_EQ(run_campaignmap("render --year 1643 --relief off -o " + (tmp / "a4.svg")).status, 0);
    const std::string svg = read_bytes(tmp.path / "a4.svg");
    EXPECT_NE(svg.find("width=\"297mm\" height=\"210mm\""), std::string::npos)
        << svg.substr(0, 300);
    ASSERT_EQ(run_campaignmap("render --year 1643 --page slide --dpi 192 --relief off -o " +
                              (tmp / "slide.svg"))
                  .status,
              0);
    EXPECT_NE(read_bytes(tmp.path / "slide.svg").find("width=\"254mm\" height=\"142.875mm\""),
              std::string::npos)
        << "--dpi sets the size of a pixel page: 1920 px at 192 dpi is 254 mm";
    ASSERT_EQ(run_campaignmap("render --year 1643 --relief off -o " + (tmp / "a4.pdf")).status, 0);
    EXPECT_NE(read_bytes(tmp.path / "a4.pdf").find("/MediaBox [ 0 0 841.889764 595.275591 ]"),
              std::string::npos);
}

}  // namespace
