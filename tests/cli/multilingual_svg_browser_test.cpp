// A multilingual SVG in a browser: headless Chromium, its language set by --accept-lang (which
// is what systemLanguage is matched against), shows the Russian map to a Russian reader and the
// English map to an English one (and the Kazakh to a Kazakh), each as the single-language SVG of
// that language looks.

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include <gdal_priv.h>
#include <gtest/gtest.h>

#include "tests/cli/run_command.hpp"
#include "tests/temp_dir.hpp"

namespace {

using cm::test::run_campaignmap;
using cm::test::run_shell;
using cm::test::TempDir;

constexpr int kWidth = 800, kHeight = 600;

/// @returns the RGB pixels of the PNG @p path (rows of kWidth), empty when it is not
/// kWidth x kHeight.
std::vector<std::uint8_t> rgb_of(const std::string& path) {
    GDALAllRegister();
    GDALDataset* png = GDALDataset::Open(path.c_str(), GDAL_OF_RASTER);
    std::vector<std::uint8_t> rgb;
    if (png && png->GetRasterXSize() == kWidth && png->GetRasterYSize() == kHeight &&
        png->GetRasterCount() >= 3) {
        rgb.resize(std::size_t{3} * kWidth * kHeight);
        int bands[] = {1, 2, 3};
        if (png->RasterIO(GF_Read, 0, 0, kWidth, kHeight, rgb.data(), kWidth, kHeight, GDT_Byte, 3,
                          bands, 3, 3 * kWidth, 1, nullptr) != CE_None)
            rgb.clear();
    }
    GDALClose(png);
    return rgb;
}

/// @returns the share of pixels of @p a and @p b (same size) that differ by more than a
/// third of the range in some channel.
double share_differing(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b) {
    if (a.empty() || a.size() != b.size())
        return 1.0;
    std::size_t differing = 0;
    for (std::size_t i = 0; i < a.size(); i += 3) {
        int most = 0;
        for (std::size_t c = 0; c < 3; ++c)
            most = std::max(most, std::abs(int(a[i + c]) - int(b[i + c])));
        differing += most > 85 ? 1 : 0;
    }
    return static_cast<double>(differing) / (a.size() / 3.0);
}

/// Screenshots @p svg in headless Chromium for a reader of @p language.
std::vector<std::uint8_t> screenshot(const TempDir& dir, const std::string& svg,
                                     const std::string& language) {
    const std::string png = svg + "-" + language + ".png";
    const auto r = run_shell(
        "timeout 120 chromium --headless --no-sandbox --disable-gpu "
        "--hide-scrollbars --user-data-dir=" +
        dir / "profile" + " --lang=" + language + " --accept-lang=" + language +
        " --window-size=" + std::to_string(kWidth) + ',' + std::to_string(kHeight) +
        " --screenshot=" + png + " file://" + svg);
    EXPECT_EQ(r.status, 0) << r.output;
    return rgb_of(png);
}

}  // namespace

TEST(MultilingualSvgBrowser, ChromiumShowsTheReadersLanguage) {
    if (run_shell("command -v chromium").status != 0)
        GTEST_SKIP() << "chromium is not installed (setup.sh installs it)";
    const TempDir dir;
    const std::string map = "render --war 1681-1684 --relief off --page 800x600 ";
    for (const std::string lang : {"en,ru,kk", "en", "ru", "kk"}) {
        const auto r = run_campaignmap(map + "--lang " + lang + " -o " + dir / (lang + ".svg"));
        ASSERT_EQ(r.status, 0) << r.output;
    }
    const auto multi_en = screenshot(dir, dir / "en,ru,kk.svg", "en");
    const auto multi_ru = screenshot(dir, dir / "en,ru,kk.svg", "ru");
    const auto single_en = screenshot(dir, dir / "en.svg", "en");
    const auto single_ru = screenshot(dir, dir / "ru.svg", "ru");
    const auto multi_kk = screenshot(dir, dir / "en,ru,kk.svg", "kk");
    const auto single_kk = screenshot(dir, dir / "kk.svg", "kk");
    ASSERT_FALSE(multi_en.empty() || multi_ru.empty() || single_en.empty() || single_ru.empty());
    // The labels, title and legend words differ between the two readers...
    EXPECT_GT(share_differing(multi_en, multi_ru), 0.01);
    EXPECT_GT(share_differing(single_en, single_ru), 0.01);
    // ...and each reader sees the map of their language, nothing doubled or missing.
    EXPECT_LT(share_differing(multi_en, single_en), 0.001);
    EXPECT_LT(share_differing(multi_ru, single_ru), 0.001);
    EXPECT_LT(share_differing(multi_kk, single_kk), 0.001);
    EXPECT_GT(share_differing(multi_kk, multi_ru), 0.01);
}
