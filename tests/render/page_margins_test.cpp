// A page too small for its style's margins, header and footer is an error saying how much
// room the map would have, never a map box of negative size.

#include <gtest/gtest.h>

#include <string>

#include "geodata/model/error.hpp"
#include "render/scene/project_scene.hpp"
#include "render/style/page.hpp"
#include "render/style/style.hpp"

namespace cm {
namespace {

TEST(PageMargins, NoRoomForTheMapIsAnError) {
    Style style;
    style.page.margin_mm = 50.0;
    try {
        map_box_of(parse_page("400x300", 96), style);  // 106 x 79 mm
        FAIL() << "no error";
    } catch (const RenderError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "the page is too small for the style's margins, header and footer: 6 x -43 mm "
                  "would be left for the map");
    }
    style.page.margin_mm = 10.0;
    const PageBox box = map_box_of(parse_page("400x300", 96), style);
    EXPECT_NEAR(box.width(), (400 * 0.75) - 2 * 10.0 * kPtPerMm, 1e-9);
}

}  // namespace
}  // namespace cm
