// The display list: what the Canvas records (shapes with their pen, clip groups, feature tags,
// transforms), the page composed once into one group per layer, and the Cairo writer drawing
// it as the layers drew before (the golden images hold that; here, the pieces).

#include <cmath>

#include <gtest/gtest.h>

#include "render/compose/compose_page.hpp"
#include "render/writers/cairo_writer.hpp"
#include "render/writers/measure.hpp"
#include "scene_render.hpp"

namespace cm {
namespace {

struct Recorded {
    TextMeasure measure = TextMeasure::vector();
    Canvas canvas{100.0, 80.0, measure.get()};
};

TEST(DisplayList, AFillThenAStrokeOfOnePathIsOneShape) {
    Recorded r;
    r.canvas.rectangle(10, 10, 20, 20);
    r.canvas.set_colour({1, 0, 0, 1});
    r.canvas.fill_preserve();
    r.canvas.set_colour({0, 0, 1, 1});
    r.canvas.set_line_width(0.5);
    r.canvas.set_line_join(LineJoin::round);
    r.canvas.stroke();
    const DisplayList list = r.canvas.finish();
    ASSERT_EQ(list.root.items.size(), 1u);
    const Shape& s = std::get<Shape>(list.root.items[0]);
    ASSERT_TRUE(s.fill && s.stroke);
    EXPECT_EQ(*s.fill, (Colour{1, 0, 0, 1}));
    EXPECT_EQ(s.stroke->colour, (Colour{0, 0, 1, 1}));
    EXPECT_EQ(s.stroke->width_pt, 0.5);
    EXPECT_EQ(s.stroke->join, LineJoin::round);
    EXPECT_FALSE(s.stroke_first);
    EXPECT_EQ(s.path.size(), 5u);  // move, three lines, close
}

TEST(DisplayList, AnOutlineUnderItsFillIsStrokedFirst) {
    Recorded r;
    r.canvas.move_to(0, 0);
    r.canvas.line_to(10, 0);
    r.canvas.line_to(5, 5);
    r.canvas.close_path();
    r.canvas.stroke_preserve();
    r.canvas.fill();
    r.canvas.move_to(0, 0);  // a new path: a shape of its own
    r.canvas.line_to(10, 10);
    r.canvas.stroke();
    const DisplayList list = r.canvas.finish();
    ASSERT_EQ(list.root.items.size(), 2u);
    EXPECT_TRUE(std::get<Shape>(list.root.items[0]).stroke_first);
    EXPECT_FALSE(std::get<Shape>(list.root.items[1]).fill.has_value());
}

TEST(DisplayList, AClipHoldsWhatIsDrawnUntilItsRestore) {
    Recorded r;
    r.canvas.save();
    r.canvas.rectangle(0, 0, 50, 50);
    r.canvas.clip();
    r.canvas.rectangle(10, 10, 100, 100);
    r.canvas.fill();
    double x0, y0, x1, y1;
    r.canvas.clip_extents(&x0, &y0, &x1, &y1);
    EXPECT_EQ(x1, 50.0);
    r.canvas.restore();
    r.canvas.rectangle(0, 0, 5, 5);
    r.canvas.fill();
    const DisplayList list = r.canvas.finish();
    ASSERT_EQ(list.root.items.size(), 2u);
    const auto& group = std::get<std::unique_ptr<Group>>(list.root.items[0]);
    ASSERT_TRUE(group->clip.has_value());
    EXPECT_EQ(group->items.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<Shape>(list.root.items[1]));
}

TEST(DisplayList, PointsAreOnThePageThroughTheTransform) {
    Recorded r;
    r.canvas.save();
    r.canvas.translate(10, 20);
    r.canvas.rotate(M_PI / 2);
    r.canvas.move_to(5, 0);
    r.canvas.arc(0, 0, 2, 0, M_PI);
    r.canvas.stroke();
    r.canvas.restore();
    const DisplayList list = r.canvas.finish();
    const Shape& s = std::get<Shape>(list.root.items[0]);
    EXPECT_NEAR(s.path[0].p.x, 10.0, 1e-9);
    EXPECT_NEAR(s.path[0].p.y, 25.0, 1e-9);
    EXPECT_NEAR(s.path[1].p.x, 10.0, 1e-9);
    EXPECT_NEAR(s.path[1].from_rad, M_PI / 2, 1e-9);
    EXPECT_EQ(s.path[1].radius_pt, 2.0);
}

TEST(DisplayList, ItemsCarryTheFeatureTheyDraw) {
    Recorded r;
    r.canvas.save();
    r.canvas.set_feature({"place", "talas"});
    r.canvas.rectangle(0, 0, 1, 1);
    r.canvas.fill();
    r.canvas.restore();
    r.canvas.rectangle(0, 0, 1, 1);
    r.canvas.fill();
    const DisplayList list = r.canvas.finish();
    EXPECT_EQ(std::get<Shape>(list.root.items[0]).feature, (FeatureTag{"place", "talas"}));
    EXPECT_EQ(std::get<Shape>(list.root.items[1]).feature, FeatureTag{});
}

TEST(DisplayList, APageIsComposedIntoOneGroupPerLayer) {
    const Style style = test::fixture_style("slides");
    const PageMap map = test::fixture_map(test::fixture_spec(480, 320, 1, {1000, 1002}), style);
    const TextMeasure measure = TextMeasure::raster(map.page.px_per_pt);
    const DisplayList list = compose_page(map, style, false, measure.get());
    std::vector<std::string> ids;
    for (const Item& item : list.root.items)
        ids.push_back(std::get<std::unique_ptr<Group>>(item)->id);
    ASSERT_EQ(ids.size(), 20u);
    EXPECT_EQ(ids[15], "event-list");
    EXPECT_EQ(ids.front(), "background");
    EXPECT_EQ(ids[2], "land");
    EXPECT_EQ(ids[11], "labels");
    EXPECT_EQ(ids.back(), "credits");
    // A map layer is clipped to the frame inside its group; furniture is not.
    const Group& territories = *std::get<std::unique_ptr<Group>>(list.root.items[3]);
    ASSERT_EQ(territories.items.size(), 1u);
    EXPECT_TRUE(std::get<std::unique_ptr<Group>>(territories.items[0])->clip.has_value());
    const Group& labels = *std::get<std::unique_ptr<Group>>(list.root.items[11]);
    const Group& clipped = *std::get<std::unique_ptr<Group>>(labels.items[0]);
    EXPECT_EQ(std::get<LabelSet>(clipped.items[0]).labels.size(), map.labels.size());
}

TEST(DisplayList, DrawnTwiceItGivesTheSamePixels) {
    const Style style = test::fixture_style("publication");
    const PageMap map = test::fixture_map(test::fixture_spec(400, 300, 1, {1001, 1001}), style);
    const TextMeasure measure = TextMeasure::raster(map.page.px_per_pt);
    const DisplayList list = compose_page(map, style, false, measure.get());
    std::vector<std::vector<unsigned char>> drawn;
    for (int i = 0; i < 2; ++i) {
        Surface s = checked(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 400, 300), "test");
        {
            Context cr = make_context(s.get());
            draw_display_list(cr.get(), list);
        }
        cairo_surface_flush(s.get());
        const unsigned char* data = cairo_image_surface_get_data(s.get());
        drawn.emplace_back(data, data + cairo_image_surface_get_stride(s.get()) * 300);
    }
    EXPECT_TRUE(drawn[0] == drawn[1]);
    EXPECT_TRUE(std::any_of(drawn[0].begin(), drawn[0].end(), [](unsigned char c) { return c; }));
}

}  // namespace
}  // namespace cm
