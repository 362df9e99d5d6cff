// The golden tolerance (golden_compare.hpp) is tight enough that nothing a map draws can go
// missing unseen: on every golden case, leaving out the labels of any one category (towns,
// rivers, water, regions, polities, events) or the borders between territories changes more
// pixels than the tolerance allows, and each label category also changes the label list.

#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "golden_compare.hpp"
#include "render/output/raster.hpp"
#include "scene_render.hpp"

namespace cm {
namespace {

/// What a placed label names, from its id and the areas of @p map.
std::string category_of(const PlacedLabel& label, const PageMap& map) {
    const std::string id = label.id;
    const std::string kind = id.substr(0, id.find(':'));
    if (kind != "area")
        return kind;
    const std::string area = id.substr(id.find(':') + 1);
    const auto names = [&](const std::vector<PageArea>& areas) {
        return std::any_of(areas.begin(), areas.end(),
                           [&](const PageArea& a) { return a.id == area; });
    };
    if (names(map.territories))
        return "polity";
    if (names(map.water))
        return "water";
    if (names(map.regions))
        return "region";
    return "area";
}

long pixels_changed(const PageMap& map, const PageMap& mutated, const Style& style) {
    RasterImage diff;
    return test::count_differences(render_raster(map, style, false),
                                   render_raster(mutated, style, false), diff,
                                   test::kChannelThreshold);
}

void expect_every_omission_fails(const char* style_name, int width, int height, YearRange years,
                                 int dpi = 96) {
    const Style style = test::fixture_style(style_name);
    const PageMap map = test::fixture_map(test::fixture_spec(width, height, 1, years, dpi), style);
    std::set<std::string> categories;
    for (const PlacedLabel& label : map.labels)
        categories.insert(category_of(label, map));
    EXPECT_GE(categories.size(), 4u) << style_name << ": the case should hold most categories";
    for (const std::string& category : categories) {
        PageMap mutated = map;
        std::erase_if(mutated.labels, [&](const PlacedLabel& label) {
            return category_of(label, map) == category;
        });
        EXPECT_GT(pixels_changed(map, mutated, style), test::kAllowedPixels)
            << style_name << ": without its " << category << " labels";
    }
    ASSERT_FALSE(map.borders.empty());
    PageMap borderless = map;
    borderless.borders.clear();
    EXPECT_GT(pixels_changed(map, borderless, style), test::kAllowedPixels)
        << style_name << ": without its borders";
}

TEST(GoldenSensitivity, YearMapPublicationMissesNothing) {
    expect_every_omission_fails("publication", 480, 320, {1001, 1001});
}

TEST(GoldenSensitivity, WarMapSlidesMissesNothing) {
    // Half the slide, laid out as the slide it stands for (48 dpi), as in golden_test.cpp.
    expect_every_omission_fails("slides", 960, 540, {1000, 1002}, 48);
}

TEST(GoldenSensitivity, YearMapWikipediaMissesNothing) {
    expect_every_omission_fails("wikipedia", 400, 300, {1001, 1001});
}

}  // namespace
}  // namespace cm
