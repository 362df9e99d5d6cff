// The SVG writer's markup: compact path data that stays on the rounded points, arcs as Cairo
// draws them, numbers, colours, escaped text and ids that are XML names.

#include <gtest/gtest.h>

#include <cmath>

#include "render/writers/detail/svg_markup.hpp"

namespace cm {
namespace {

std::string data_of(const Path& path) {
    std::string out;
    detail::append_path_data(out, path);
    return out;
}

PathStep step(PathStep::Verb verb, PagePt p) {
    PathStep s;
    s.verb = verb;
    s.p = p;
    return s;
}

TEST(SvgMarkup, LinesAreRelativeToTheRoundedPoints) {
    const Path path{step(PathStep::Verb::move, {10.004, 20}),
                    step(PathStep::Verb::line, {12.5, 19.25}),
                    step(PathStep::Verb::line, {12.5, 21.333}), step(PathStep::Verb::close, {})};
    EXPECT_EQ(data_of(path), "M10 20l2.5-0.75l0 2.08Z");
}

TEST(SvgMarkup, AFullCircleIsFourClockwiseQuarters) {
    PathStep arc = step(PathStep::Verb::arc, {10, 10});
    arc.radius_pt = 2.0;
    arc.from_rad = 0.0;
    arc.to_rad = 2.0 * M_PI;
    arc.new_subpath = true;
    EXPECT_EQ(data_of({arc}), "M12 10a2 2 0 0 1-2 2a2 2 0 0 1-2-2a2 2 0 0 1 2-2a2 2 0 0 1 2 2");
}

TEST(SvgMarkup, NumbersColoursTextAndIds) {
    EXPECT_EQ(detail::number(297.0), "297");
    EXPECT_EQ(detail::number(-0.004), "0");
    EXPECT_EQ(detail::number(1.005), "1");
    EXPECT_EQ(detail::hex_colour({1.0, 0.5, 0.0, 0.3}), "#ff8000");
    std::string out;
    detail::append_escaped(out, "A & <B> \"C\"\x01");
    EXPECT_EQ(out, "A &amp; &lt;B&gt; &quot;C&quot;");
    EXPECT_EQ(detail::id_part("place:Ayagöz river"), "place_Ayag__z_river");
}

}  // namespace
}  // namespace cm
