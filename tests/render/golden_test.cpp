// Golden images: small scenes of the fixture atlas, each at scale 1 and 2, compared with the
// references in tests/golden/, images and label lists (tolerance in golden_compare.hpp).

#include <gtest/gtest.h>

#include "golden_compare.hpp"
#include "render/output/raster.hpp"
#include "scene_render.hpp"

namespace cm {
namespace {

struct GoldenCase {
    const char* name;
    const char* style;
    int width, height;
    YearRange years;
    int dpi = 96;  ///< the slides case is laid out as the slide it stands for
};

void check_case(const GoldenCase& c, int scale) {
    const MapSpec spec = test::fixture_spec(c.width, c.height, scale, c.years, c.dpi);
    const Style style = test::fixture_style(c.style);
    const PageMap map = test::fixture_map(spec, style);
    const RasterImage image = render_raster(map, style, false);
    const std::string name = std::string(c.name) + "-" + std::to_string(c.width) + "-" +
                             std::to_string(c.height) + "-" + std::to_string(scale) + "-png";
    const test::GoldenResult result = test::compare_golden(image, map, name);
    EXPECT_TRUE(result.ok) << result.message;
}

TEST(Golden, YearMapPublication) {
    for (int scale : {1, 2})
        check_case({"year-publication", "publication", 480, 320, {1001, 1001}}, scale);
}

TEST(Golden, WarMapSlides) {
    for (int scale : {1, 2})
        check_case({"war-slides", "slides", 960, 540, {1000, 1002}, 48}, scale);
}

TEST(Golden, YearMapWikipedia) {
    for (int scale : {1, 2})
        check_case({"year-wikipedia", "wikipedia", 400, 300, {1001, 1001}}, scale);
}

}  // namespace
}  // namespace cm
