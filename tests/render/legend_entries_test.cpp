// The legend is built from what the map draws, each key drawn as the map draws its thing: one
// route entry per side in that side's colour, the changed-hands hatch as hatched (not a solid
// swatch), borders solid and dashed with the map's dash, the town's dot, the river's line, the
// lake's fill; and an entry only when the map draws that thing.

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "render/layers/legend.hpp"
#include "tests/render/legend_display.hpp"

using namespace cm;

namespace {

using Key = LegendEntry::Key;

struct Composed {
    std::vector<const Shape*> shapes;
    std::vector<const TextRun*> texts;
};

Composed layer(const DisplayList& list, const std::string& id) {
    Composed out;
    const Group* g = test::layer_of(list, id);
    if (g)
        test::collect_shapes(*g, out.shapes, out.texts);
    return out;
}

bool same(const Colour& a, const Colour& b) {
    return std::abs(a.r - b.r) < 1e-9 && std::abs(a.g - b.g) < 1e-9 && std::abs(a.b - b.b) < 1e-9 &&
           std::abs(a.a - b.a) < 1e-9;
}

/// The same colour, at whatever opacity (an inferred course is drawn lighter).
bool same_hue(const Colour& a, const Colour& b) {
    return same({a.r, a.g, a.b, 1.0}, {b.r, b.g, b.b, 1.0});
}

int moves(const Shape& s) {
    int n = 0;
    for (const PathStep& p : s.path)
        n += p.verb == PathStep::Verb::move ? 1 : 0;
    return n;
}

/// A stroke of @p legend with the colour, width and dash of @p drawn.
bool has_stroke_like(const Composed& legend, const StrokeStyle& drawn, int min_moves = 1) {
    for (const Shape* s : legend.shapes)
        if (s->stroke && same(s->stroke->colour, drawn.colour) &&
            std::abs(s->stroke->width_pt - drawn.width_pt) < 1e-9 &&
            s->stroke->dash_pt == drawn.dash_pt && moves(*s) >= min_moves)
            return true;
    return false;
}

std::multiset<Key> keys_of(const PageMap& map) {
    std::multiset<Key> keys;
    for (const LegendEntry& e : legend_entries(map))
        keys.insert(e.key);
    return keys;
}

DisplayList composed(const PageMap& map, const Style& style) {
    const TextMeasure measure = TextMeasure::raster(map.page.px_per_pt);
    return compose_page(map, style, false, measure.get());
}

}  // namespace

TEST(LegendEntries, OneRouteEntryPerSideInItsColour) {
    const Atlas* atlas = test::project_atlas();
    if (!atlas)
        GTEST_SKIP() << "no history data";
    for (const char* style_name : {"publication", "slides", "wikipedia"}) {
        const Style style = test::style_named(style_name);
        for (const War& war : atlas->wars) {
            const PageMap map = test::war_page_map(*atlas, war, style, "a4-landscape", 100);
            const std::string where = std::string(style_name) + " " + war.id;
            std::set<std::string> sides, keyed;
            for (const PageRoute& r : map.routes)
                sides.insert(r.route.colour_key);
            for (const LegendEntry& e : legend_entries(map))
                if (e.key == Key::side) {
                    EXPECT_TRUE(keyed.insert(e.colour_key).second) << where << ": twice";
                }
            ASSERT_FALSE(sides.empty()) << where;
            EXPECT_EQ(keyed, sides) << where;
            const DisplayList list = composed(map, style);
            const Composed routes = layer(list, "routes"), legend = layer(list, "legend");
            for (const std::string& key : sides) {
                const Colour c = darken(polity_colour(style, key), style.routes.darken);
                bool on_map = false, in_legend = false;
                for (const Shape* s : routes.shapes)
                    on_map = on_map || (s->stroke && same_hue(s->stroke->colour, c));
                for (const Shape* s : legend.shapes)
                    in_legend = in_legend || (s->stroke && same_hue(s->stroke->colour, c));
                EXPECT_TRUE(on_map) << where << " " << key;
                EXPECT_TRUE(in_legend) << where << ": no route of " << key << " in the legend";
            }
        }
    }
}

TEST(LegendEntries, HatchAndBordersAreKeyedAsDrawn) {
    const Atlas* atlas = test::project_atlas();
    if (!atlas)
        GTEST_SKIP() << "no history data";
    const Style style = test::style_named("publication");
    PageMap map = test::war_page_map(*atlas, atlas->wars.front(), style, "a4-landscape", 100);
    ASSERT_FALSE(map.changes.empty());
    ASSERT_GE(map.borders.size(), 2u);
    map.borders[0].certainty = Certainty::uncertain;
    map.borders[1].certainty = Certainty::exact;
    const DisplayList list = composed(map, style);
    const Composed legend = layer(list, "legend");
    // The hatch: its lines, width and colour; never a solid swatch of the change colour.
    const Composed changes = layer(list, "changes");
    ASSERT_FALSE(changes.shapes.empty());
    EXPECT_TRUE(has_stroke_like(legend, *changes.shapes.front()->stroke, 2));
    for (const Shape* s : legend.shapes)
        if (s->fill) {
            EXPECT_FALSE(same(*s->fill, {style.territories.change.r, style.territories.change.g,
                                         style.territories.change.b, 0.5}));
        }
    // Borders: the map's width and, for the uncertain one, its dash.
    bool solid = false, dashed = false;
    for (const Shape* s : layer(list, "territories").shapes) {
        if (!s->stroke)
            continue;
        StrokeStyle key = *s->stroke;
        key.colour = darken(style.territories.fallback, style.territories.border_darken);
        (key.dash_pt.empty() ? solid : dashed) = true;
        EXPECT_TRUE(has_stroke_like(legend, key)) << "border dash " << key.dash_pt.size();
    }
    EXPECT_TRUE(solid && dashed);
}

TEST(LegendEntries, TownRiverAndLakeAreKeyedAsDrawn) {
    const Atlas* atlas = test::project_atlas();
    if (!atlas)
        GTEST_SKIP() << "no history data";
    const Style style = test::style_named("publication");
    const PageMap map = test::war_page_map(*atlas, atlas->wars.front(), style, "a4-landscape", 100);
    const DisplayList list = composed(map, style);
    const Composed legend = layer(list, "legend");
    // The town's dot, the river's line, the lake's fill.
    const Composed towns = layer(list, "settlements");
    ASSERT_FALSE(towns.shapes.empty());
    bool dot = false, river = false, lake = false;
    for (const Shape* s : legend.shapes) {
        dot = dot || (s->fill && same(*s->fill, *towns.shapes.front()->fill) &&
                      s->path.front().verb == PathStep::Verb::arc &&
                      std::abs(s->path.front().radius_pt -
                               style.symbols.settlement_mm * kPtPerMm / 2) < 1e-9);
        river = river || (s->stroke && same(s->stroke->colour, style.basemap.river));
        lake = lake || (s->fill && same(*s->fill, style.basemap.lake));
    }
    EXPECT_TRUE(dot);
    EXPECT_TRUE(river);
    EXPECT_TRUE(lake);
}

TEST(LegendEntries, AnEntryOnlyWhenTheMapDrawsItsThing) {
    const Atlas* atlas = test::project_atlas();
    if (!atlas)
        GTEST_SKIP() << "no history data";
    const Style style = test::style_named("publication");
    PageMap map = test::war_page_map(*atlas, atlas->wars.front(), style, "a4-landscape", 100);
    for (Key k : {Key::side, Key::retreat, Key::change, Key::town, Key::river, Key::lake,
                  Key::border, Key::event, Key::polity})
        EXPECT_GE(keys_of(map).count(k), 1u) << static_cast<int>(k);
    EXPECT_EQ(
        keys_of(map).count(Key::uncertain_border),
        std::count_if(map.borders.begin(), map.borders.end(),
                      [](const PageBorder& b) { return b.certainty == Certainty::uncertain; }) > 0
            ? 1u
            : 0u);
    map.routes.clear();
    map.changes.clear();
    map.settlements.clear();
    map.rivers.clear();
    map.lakes.rings.clear();
    map.water.clear();
    map.events.resize(1);
    const std::multiset<Key> keys = keys_of(map);
    for (Key k : {Key::side, Key::retreat, Key::strength, Key::inferred, Key::change, Key::town,
                  Key::river, Key::lake})
        EXPECT_EQ(keys.count(k), 0u) << static_cast<int>(k);
    EXPECT_EQ(keys.count(Key::event), 1u);
    // A polity is keyed by its land: one with routes but no land on the map has no swatch.
    std::set<std::string> held;
    for (const PageArea& t : map.territories)
        held.insert(t.colour_key);
    for (const LegendEntry& e : legend_entries(map))
        if (e.key == Key::polity) {
            EXPECT_TRUE(held.count(e.colour_key)) << e.text;
        }
}

TEST(LegendEntries, WhoLostAndWhoTookChangedLandAreKeyed) {
    const Atlas* atlas = test::project_atlas();
    if (!atlas)
        GTEST_SKIP() << "no history data";
    const Style style = test::style_named("publication");
    for (const War& war : atlas->wars) {
        const PageMap map = test::war_page_map(*atlas, war, style, "a4-landscape", 100);
        std::set<std::string> on_map, parties, keyed;
        for (const PageArea& t : map.territories)
            on_map.insert(t.colour_key);
        for (const PageArea& c : map.changes)
            for (const std::string& key : {c.former_colour_key, c.colour_key})
                if (on_map.count(key) && key != kUnknownPolity)  // keyed as "Holder unknown"
                    parties.insert(key);
        for (const LegendEntry& e : legend_entries(map))
            if (e.key == Key::polity)
                keyed.insert(e.colour_key);
        ASSERT_FALSE(parties.empty()) << war.id << ": no land changed hands";
        EXPECT_TRUE(parties.count("kazakh")) << war.id << ": the Kazakh Khanate lost no land";
        for (const std::string& key : parties)
            EXPECT_TRUE(keyed.count(key)) << war.id << ": " << key << " is not keyed";
    }
}
