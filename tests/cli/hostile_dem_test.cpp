// A DEM far finer than the page (README, Robustness): `render --relief FILE` reads it at the
// page's resolution, so a grid of hundreds of millions of cells over the theatre renders in
// about the memory of a small one, and shows the same relief as that small one.

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gdal_priv.h>

#include "tests/cli/run_command.hpp"
#include "tests/cli/scratch_data.hpp"
#include "tests/synthetic_dem.hpp"
#include "tests/temp_dir.hpp"

namespace {

using cm::test::sanitized;

using cm::test::DemShape;

/// The peak memory allowed for a 960 x 540 map over the huge DEM. Reading it whole would
/// take 1.5 GB for the heights alone; a 960 x 540 map with ETOPO5 takes about 90 MB.
constexpr long kPeakBoundMiB = 300;

struct MeasuredRun {
    int status = -1;
    long peak_mib = 0;
};

/// Runs @p work in a child process. A child's peak memory starts from what its parent holds
/// when it forks: making large DEMs here would lift every later measurement to the size of
/// this test process. @returns whether @p work succeeded.
bool in_child_process(const std::function<bool()>& work) {
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(work() ? 0 : 1);
    int raw = 0;
    ::waitpid(child, &raw, 0);
    return WIFEXITED(raw) && WEXITSTATUS(raw) == 0;
}

/// Runs campaignmap with @p args (output discarded) and measures its peak resident memory.
MeasuredRun run_measured(const std::vector<std::string>& args) {
    std::vector<char*> argv{const_cast<char*>(CM_BINARY)};
    for (const std::string& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    const pid_t child = ::fork();
    if (child == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::dup2(null, 2);
        ::execv(CM_BINARY, argv.data());
        ::_exit(127);
    }
    int raw = 0;
    rusage usage{};
    ::wait4(child, &raw, 0, &usage);
    return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, usage.ru_maxrss / 1024};
}

/// The mean difference of two PNGs of one size, in levels (0..255) over their RGB channels.
double mean_difference(const std::string& a, const std::string& b) {
    GDALAllRegister();
    GDALDataset* da = GDALDataset::Open(a.c_str(), GDAL_OF_RASTER);
    GDALDataset* db = GDALDataset::Open(b.c_str(), GDAL_OF_RASTER);
    double sum = 0.0;
    long count = 0;
    if (da && db && da->GetRasterXSize() == db->GetRasterXSize() &&
        da->GetRasterYSize() == db->GetRasterYSize()) {
        const int w = da->GetRasterXSize(), h = da->GetRasterYSize();
        std::vector<std::uint8_t> pa(static_cast<std::size_t>(w) * h), pb(pa.size());
        for (int band = 1; band <= 3; ++band) {
            if (da->GetRasterBand(band)->RasterIO(GF_Read, 0, 0, w, h, pa.data(), w, h, GDT_Byte, 0,
                                                  0, nullptr) != CE_None ||
                db->GetRasterBand(band)->RasterIO(GF_Read, 0, 0, w, h, pb.data(), w, h, GDT_Byte, 0,
                                                  0, nullptr) != CE_None)
                return 1e9;
            for (std::size_t i = 0; i < pa.size(); ++i)
                sum += std::abs(int(pa[i]) - int(pb[i]));
            count += static_cast<long>(pa.size());
        }
    }
    GDALClose(da);
    GDALClose(db);
    return count ? sum / count : 1e9;
}

double across(double lon) {
    return 1100.0 * std::sin(lon * 0.7);
}
double down(double lat) {
    return 1200.0 + 500.0 * std::cos(lat * 0.9);
}
double ranges(double lon, double lat) {
    return across(lon) + down(lat);
}

/// Renders 1645 of the scratch data at 960 x 540 over 62..78 E, 38..50 N with @p relief.
MeasuredRun render(const cm::test::ScratchData& data, const std::string& relief,
                   const std::string& name) {
    return run_measured({"render", "--data", data.data(), "--year", "1645", "--page", "960x540",
                         "--extent", "62,38,78,50", "--relief", relief, "-o", data.out(name)});
}

/// Renders with the DEM @p huge and with @p small of the same ground; checks the huge one
/// costs about the memory of the small one and gives the same relief, which shows.
void expect_bounded_and_same(const std::string& huge, const std::string& small) {
    cm::test::ScratchData data;
    const MeasuredRun huge_run = render(data, huge, "huge.png");
    const MeasuredRun small_run = render(data, small, "small.png");
    const MeasuredRun flat_run = render(data, "off", "flat.png");
    ASSERT_EQ(huge_run.status, 0);
    ASSERT_EQ(small_run.status, 0);
    ASSERT_EQ(flat_run.status, 0);
    std::printf("peak memory: huge DEM %ld MiB, small DEM %ld MiB, no relief %ld MiB\n",
                huge_run.peak_mib, small_run.peak_mib, flat_run.peak_mib);
    if (!sanitized()) {
        EXPECT_LT(huge_run.peak_mib, kPeakBoundMiB);
        EXPECT_LT(huge_run.peak_mib, small_run.peak_mib + 100);  // GDAL's block cache, 64 MB
    } else {  // ASan's shadow memory and its quarantine of freed memory (256 MB) add up
        EXPECT_LT(huge_run.peak_mib, small_run.peak_mib + 400);
    }
    const double same = mean_difference(data.out("huge.png"), data.out("small.png"));
    const double relief = mean_difference(data.out("small.png"), data.out("flat.png"));
    std::printf("mean difference: huge vs small DEM %.2f, small DEM vs no relief %.2f\n", same,
                relief);
    // The same relief, and a relief that shows: the shipped styles' hillshade only darkens
    // (relief.highlights = false), so it changes the map less than a hillshade with highlights.
    EXPECT_LT(same, 1.0);
    EXPECT_GT(relief, 3.0);
    EXPECT_GT(relief, 5 * same);
}

const DemShape kSmall{600, 400, 55.0, 55.0, 0.05};  // 55..85 E, 35..55 N

/// 24000 x 16000 cells declared by a VRT over the small grid: 1.5 GB of heights as floats.
TEST(HostileDem, HugeVrtRendersInBoundedMemoryWithTheSameRelief) {
    cm::test::TempDir dir("cm-dem");
    ASSERT_TRUE(cm::test::write_dem(dir / "small.tif", kSmall, ranges));
    const DemShape huge{24000, 16000, 55.0, 55.0, 0.00125};  // the same ground, 40 times finer
    cm::test::write_stretched_vrt(dir / "huge.vrt", huge, dir / "small.tif", kSmall);
    expect_bounded_and_same(dir / "huge.vrt", dir / "small.tif");
}

/// A real file of 16000 x 10000 cells, tiled and compressed, without overviews: read a
/// block at a time and averaged as it is read (the window alone is 190 MB as floats).
TEST(HostileDem, HugeGeoTiffRendersInBoundedMemoryWithTheSameRelief) {
    cm::test::TempDir dir("cm-dem");
    ASSERT_TRUE(cm::test::write_dem(dir / "small.tif", kSmall, ranges));
    const DemShape huge{16000, 10000, 55.0, 55.0, 0.002};  // 55..87 E, 35..55 N
    ASSERT_TRUE(in_child_process(
        [&] { return cm::test::write_large_dem(dir / "huge.tif", huge, across, down); }));
    expect_bounded_and_same(dir / "huge.tif", dir / "small.tif");
}

}  // namespace
