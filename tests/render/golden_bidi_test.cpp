// Golden images of right-to-left and mixed-direction names: the fixture atlas with its towns,
// river, lake and polities named in Arabic script (Arabic, Persian, Uyghur) and one name of
// both directions, as a year map at scale 1 and 2 (tolerance in golden_compare.hpp).

#include <gtest/gtest.h>

#include "golden_compare.hpp"
#include "render/output/raster.hpp"
#include "scene_render.hpp"

namespace cm {
namespace {

void rename(Atlas& atlas, const std::string& id, const std::string& name) {
    for (Place& place : atlas.places)
        if (place.id == id)
            place.name = name, place.names = {name};
    for (Polity& polity : atlas.polities)
        if (polity.id == id)
            polity.name = name;
    for (Region& region : atlas.regions)
        if (region.id == id)
            region.name = name;
}

Atlas arabic_script_atlas() {
    Atlas atlas = test::fixture_atlas();
    rename(atlas, "westtown", "بخارى");                // Bukhara, Arabic
    rename(atlas, "easttown", "Kashgar قەشقەر");       // Kashgar, Latin and Uyghur
    rename(atlas, "ayagoz", "ئاياغوز");                // Ayagoz, Uyghur
    rename(atlas, "blue-river", "آمودریا");            // Amu Darya, Persian
    rename(atlas, "round-lake", "دریاچه گرد");         // "round lake", Persian
    rename(atlas, "west", "خانات غربی");               // "western khanate", Persian
    rename(atlas, "east", "East Khanate خانات شرقی");  // both directions
    rename(atlas, "r3", "جتیسو");                      // Jetisu, Persian
    return atlas;
}

RasterImage render_case(int scale) {
    const MapSpec spec = test::fixture_spec(480, 320, scale, {1001, 1001});
    const Style style = test::fixture_style("publication");
    const Atlas atlas = arabic_script_atlas();
    const MapPlan plan = plan_map(atlas, spec, style);
    Basemap land;
    land.land.polygons.push_back(test::square(55.0, 35.0, 75.0, 52.0));
    land.credits = {"Test land"};
    return render_raster(compose_map(plan, spec, style, land, nullptr, nullptr), style, false);
}

TEST(Golden, YearMapWithArabicScriptNames) {
    for (const int scale : {1, 2}) {
        const test::GoldenResult result = test::compare_golden(
            render_case(scale), "year-arabic-480-320-" + std::to_string(scale) + "-png");
        EXPECT_TRUE(result.ok) << result.message;
    }
}

}  // namespace
}  // namespace cm
