// What the formats say a war map and a style lookup do: the changed-hands baseline is the
// year before the war; `--style NAME` looks beside the data first.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "render/install/install_layout.hpp"
#include "render/scene/build_scene.hpp"
#include "render/style/style_loader.hpp"
#include "tests/render/scene_fixture.hpp"
#include "tests/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;

bool changed(const cm::Scene& scene, const std::string& region) {
    return std::any_of(scene.changes.begin(), scene.changes.end(),
                       [&](const cm::SceneChange& c) { return c.region_id == region; });
}

cm::Scene war_map(const cm::Atlas& atlas, int first, int last) {
    cm::MapSpec spec;
    spec.years = {first, last};
    return cm::build_scene(atlas, spec);
}

}  // namespace

TEST(WarFormats, ChangedHandsCountsFromTheYearBeforeTheWar) {
    const cm::Atlas atlas = cm::test::fixture_atlas();
    // r3 passes from west to east in 1001, the war's first year: hatched.
    const cm::Scene scene = war_map(atlas, 1001, 1002);
    EXPECT_TRUE(changed(scene, "r3"));
    EXPECT_EQ(scene.changes.size(), 1u);
    // A war after the change: nothing changed in its years.
    EXPECT_TRUE(war_map(atlas, 1002, 1005).changes.empty());
}

TEST(WarFormats, AWarFromTheHistorysFirstYearComparesWithThatYear) {
    // The history starts in 990: nobody holds anything in 989, and no region is hatched
    // for that alone; r3 changed between 990 and 1002.
    const cm::Scene scene = war_map(cm::test::fixture_atlas(), 990, 1002);
    EXPECT_EQ(scene.changes.size(), 1u);
    EXPECT_TRUE(changed(scene, "r3"));
}

TEST(WarFormats, StyleNameIsLookedUpBesideTheDataFirst) {
    const cm::test::TempDir dir("cm-style-lookup");
    fs::create_directories(dir.path / "war" / "data" / "styles");
    fs::create_directories(dir.path / "war" / "styles");
    std::ofstream(dir.path / "war" / "styles" / "beside.toml") << "";
    std::ofstream(dir.path / "war" / "styles" / "both.toml") << "";
    std::ofstream(dir.path / "war" / "data" / "styles" / "both.toml") << "";
    const std::string data = (dir.path / "war" / "data").string();
    EXPECT_EQ(fs::canonical(cm::resolve_style_for_data("beside", data)),
              fs::canonical(dir.path / "war" / "styles" / "beside.toml"));
    EXPECT_EQ(fs::canonical(cm::resolve_style_for_data("both", data)),
              fs::canonical(dir.path / "war" / "data" / "styles" / "both.toml"));
    EXPECT_EQ(cm::resolve_style_for_data("slides", data), cm::styles_dir() + "/slides.toml");
    EXPECT_EQ(cm::resolve_style_for_data("my/style.toml", data), "my/style.toml");
}
