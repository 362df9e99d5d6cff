// The pixel budget: a page of pixels is measured before anything is drawn, and one that
// would need more than kPixelBudgetBytes is a usage error giving the figure; the pages the
// project draws every day are well within it.

#include <gtest/gtest.h>

#include <string>

#include "geodata/model/error.hpp"
#include "render/output/pixel_budget.hpp"

namespace cm {
namespace {

std::string error_of(const std::string& page, int dpi, int images) {
    try {
        check_pixel_budget(parse_page(page, dpi), images, page_asked(page, dpi));
    } catch (const UsageError& e) {
        return e.what();
    }
    return "";
}

TEST(PixelBudget, A3At2400DpiIsRefusedWithTheFigure) {
    EXPECT_EQ(error_of("a3", 2400, 3),
              "--page a3 at 2400 dpi needs 12.4 GiB of pixels (28063 x 39685 px, 3 images at "
              "once), more than the 2.0 GiB budget");
    EXPECT_EQ(pixel_bytes(28063, 39685, 1), 28063ull * 39685ull * 4ull);
}

TEST(PixelBudget, EverydayPagesFit) {
    EXPECT_EQ(error_of("a4-landscape", 300, 3), "");
    EXPECT_EQ(error_of("a3", 600, 3), "");
    EXPECT_EQ(error_of("slide", 0, 3 * 8 + 1), "");  // an animation on eight workers
    EXPECT_EQ(error_of("20000x20000", 0, 0), "");    // an SVG without relief draws no pixels
    EXPECT_NE(error_of("20000x20000", 0, 2), "");
}

}  // namespace
}  // namespace cm
