// An animation makes what stays the same once: the still layers composed, those under the
// first changing layer (background, relief, land) drawn into an image every frame starts from.
// A frame composes only its year's layers, from a map that holds no copy of the base's
// geometry. The frames are those of the whole map drawn for each frame, byte for byte.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <string>

#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/basemap_loader.hpp"
#include "render/canvas/fonts.hpp"
#include "render/compose/compose_page.hpp"
#include "render/output/frame_base.hpp"
#include "render/output/raster.hpp"
#include "render/scene/prepared_map.hpp"
#include "render/style/style_loader.hpp"
#include "render/style/styled_page.hpp"
#include "render/writers/measure.hpp"

using namespace cm;

namespace {

/// A hill of @p peak_m metres over [60, 85] x [38, 52] degrees, so that the relief is drawn.
ElevationGrid hill(float peak_m) {
    ElevationGrid grid;
    grid.width = 101;
    grid.height = 57;
    grid.west = 60.0, grid.east = 85.0, grid.south = 38.0, grid.north = 52.0;
    for (int row = 0; row < grid.height; ++row)
        for (int column = 0; column < grid.width; ++column) {
            const double dx = (column - 50) / 25.0, dy = (row - 28) / 14.0;
            grid.metres.push_back(peak_m * static_cast<float>(std::exp(-(dx * dx + dy * dy))));
        }
    return grid;
}

/// The project's atlas and the shipped Natural Earth extract, prepared for 1642-1652 on a
/// 1280x720 slide, with a relief; nullptr without the project's data.
const PreparedMap* prepared_run() {
    static const std::optional<PreparedMap> prepared = []() -> std::optional<PreparedMap> {
        const std::string data = std::string(CM_SOURCE_DIR) + "/geodata";
        if (!std::filesystem::exists(data + "/history/control.toml"))
            return std::nullopt;
        pin_fonts();
        const Atlas atlas = load_atlas(data);
        const Style style = load_style(resolve_style_path("slides"));
        MapSpec spec;
        spec.years = {1642, 1652};
        spec.page = styled_page("1280x720", 0, style);
        spec.relief = true;
        const MapPlan plan = plan_map(atlas, spec, style);
        const Basemap basemap = load_natural_earth(data + "/basemap", plan.window);
        const ElevationGrid relief = hill(3000.0f);
        return prepare_map(atlas, plan, spec, style, basemap, &relief, nullptr);
    }();
    return prepared ? &*prepared : nullptr;
}

const FrameBase& run_base() {
    static const FrameBase base = frame_base(*prepared_run());
    return base;
}

std::vector<std::string> layer_ids(const DisplayList& list) {
    std::vector<std::string> ids;
    for (const Item& item : list.root.items)
        ids.push_back(group_in(item) ? group_in(item)->id : "(no group)");
    return ids;
}

/// The feature kinds of every label set in @p group and the groups in it (SVG classes).
void collect_kinds(const Group& group, std::vector<std::string>& out) {
    for (const Item& item : group.items) {
        if (const auto* set = std::get_if<LabelSet>(&item))
            out.insert(out.end(), set->kinds.begin(), set->kinds.end());
        else if (const Group* inner = group_in(item))
            collect_kinds(*inner, out);
    }
}

std::vector<std::string> label_kinds(const DisplayList& list) {
    std::vector<std::string> out;
    collect_kinds(list.root, out);
    return out;
}

}  // namespace

TEST(AnimateStillLayers, AFrameIsTheWholeMapDrawnForIt) {
    const PreparedMap* map = prepared_run();
    if (!map)
        GTEST_SKIP() << "no history data";
    // Fading territories and half-drawn routes (progress 0.5), whole years, a year of many
    // events (1643) and one with its events listed (1652).
    for (const FrameState state : {FrameState{1643, 0.5}, FrameState{1643, 1.0},
                                   FrameState{1646, 0.25}, FrameState{1652, 1.0}}) {
        const RasterImage whole =
            render_raster(frame_map(*map, state), map->style, map->spec.transparent, 2);
        const RasterImage shared = render_frame(*map, run_base(), state, 2);
        const RasterImage one_band = render_frame(*map, run_base(), state);
        ASSERT_EQ(shared.width, whole.width);
        ASSERT_EQ(shared.height, whole.height);
        EXPECT_TRUE(shared.pixels == whole.pixels)
            << state.year << " at " << state.progress << ": the frame differs from the map";
        const RasterImage whole_one_band =
            render_raster(frame_map(*map, state), map->style, map->spec.transparent);
        EXPECT_TRUE(one_band.pixels == whole_one_band.pixels) << state.year << " in one band";
    }
}

TEST(AnimateStillLayers, FramesShareTheStillLayersAndComposeTheirOwn) {
    const PreparedMap* map = prepared_run();
    if (!map)
        GTEST_SKIP() << "no history data";
    const FrameBase& base = run_base();
    ASSERT_FALSE(base.over.empty());
    ASSERT_NE(map->base.relief, nullptr);
    const TextMeasure measure = TextMeasure::raster(map->base.page.px_per_pt);
    const auto joined = [&](const FrameState& state) {
        return join_layers(compose_layers(frame_layers(*map, state), map->style, false,
                                          measure.get(), LayerPart::changing),
                           base.over);
    };
    const DisplayList a = joined({1643, 1.0});
    const DisplayList b = joined({1652, 1.0});
    const DisplayList whole =
        compose_page(frame_map(*map, {1643, 1.0}), map->style, false, measure.get());
    // Every layer in the page's order, but those in the image under the frame.
    std::vector<std::string> above = layer_ids(whole);
    std::erase_if(above, [](const std::string& id) { return lies_under_changing_layers(id); });
    EXPECT_EQ(layer_ids(a), above);
    EXPECT_EQ(above.size() + 3, layer_ids(whole).size()) << "background, relief, land";
    const std::vector<std::string> kinds = label_kinds(whole);
    EXPECT_EQ(label_kinds(a), kinds);  // polity, water, region...: the SVG's classes
    EXPECT_NE(std::find(kinds.begin(), kinds.end(), "water"), kinds.end()) << "a weak test";
    int shared = 0;
    for (std::size_t i = 0; i < a.root.items.size(); ++i) {
        const auto* still = std::get_if<std::shared_ptr<const Group>>(&a.root.items[i]);
        if (!still)
            continue;
        ++shared;
        const auto* other = std::get_if<std::shared_ptr<const Group>>(&b.root.items[i]);
        ASSERT_NE(other, nullptr) << (*still)->id;
        EXPECT_EQ(still->get(), other->get()) << (*still)->id << ": not the same group";
    }
    EXPECT_EQ(shared, static_cast<int>(base.over.size()));
    for (const char* changing : {"territories", "routes", "events", "labels", "title"})
        EXPECT_TRUE(std::none_of(base.over.begin(), base.over.end(),
                                 [&](const auto& g) { return g->id == changing; }))
            << changing << " is composed once for every frame";
}

TEST(AnimateStillLayers, AFramesOwnMapHoldsNoneOfTheBase) {
    const PreparedMap* map = prepared_run();
    if (!map)
        GTEST_SKIP() << "no history data";
    ASSERT_FALSE(map->base.land.rings.empty());
    ASSERT_FALSE(map->base.rivers.empty());
    ASSERT_FALSE(map->base.settlements.empty());
    const PageMap frame = frame_layers(*map, {1643, 0.5});
    EXPECT_TRUE(frame.land.rings.empty());
    EXPECT_TRUE(frame.lakes.rings.empty());
    EXPECT_TRUE(frame.rivers.empty());
    EXPECT_TRUE(frame.settlements.empty());
    EXPECT_TRUE(frame.graticule.empty());
    EXPECT_TRUE(frame.locator_land.empty());
    EXPECT_FALSE(frame.territories.empty());
    EXPECT_EQ(frame.scene.years_text, "1643");
}
