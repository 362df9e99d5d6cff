// Colours that identify: in every style of styles/, any two polities whose territories share
// a border in some year of the history (geodata/history) differ, as their fills show on flat
// land and in the legend, by CIEDE2000 12 or more, by 8 or more under deuteranopia and under
// protanopia (Machado 2009), and by 8 or more in L*. The polities, their colour keys, the
// years and the borders all come from the data, so a polity added later is checked too.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/query/territories.hpp"
#include "render/colour/colour_science.hpp"
#include "render/layers/territory_tint.hpp"
#include "render/style/style_loader.hpp"

namespace cm {
namespace {

/// Two regions share a border when their outlines touch or come within this (about 1 km).
constexpr double kToleranceDeg = 0.01;

using Pair = std::pair<std::string, std::string>;  // polity ids, first < second

/// Pairs of regions (by index in atlas.regions) whose outlines touch.
std::set<std::pair<std::size_t, std::size_t>> touching_regions(const Atlas& atlas) {
    std::vector<ogr::GeometryPtr> shapes;
    for (const Region& r : atlas.regions)
        shapes.emplace_back(ogr::to_ogr_multipolygon(r.geometry));
    std::set<std::pair<std::size_t, std::size_t>> out;
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        OGREnvelope a;
        shapes[i]->getEnvelope(&a);
        for (std::size_t j = i + 1; j < shapes.size(); ++j) {
            OGREnvelope b;
            shapes[j]->getEnvelope(&b);
            if (a.MinX > b.MaxX + kToleranceDeg || b.MinX > a.MaxX + kToleranceDeg ||
                a.MinY > b.MaxY + kToleranceDeg || b.MinY > a.MaxY + kToleranceDeg)
                continue;
            if (shapes[i]->Distance(shapes[j].get()) <= kToleranceDeg)
                out.insert({i, j});
        }
    }
    return out;
}

/// Every pair of polities that share a border, with the first year they do.
std::map<Pair, int> neighbours(const Atlas& atlas) {
    const auto touching = touching_regions(atlas);
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < atlas.regions.size(); ++i)
        index[atlas.regions[i].id] = i;
    int first = 1 << 30, last = -(1 << 30);
    for (const Control& c : atlas.control)
        first = std::min(first, c.years.first), last = std::max(last, c.years.last);
    std::map<Pair, int> out;
    for (int year = first; year <= last; ++year) {
        std::map<std::size_t, std::string> holder;
        for (const Territory& t : territories_in_year(atlas, year))
            for (const std::string& id : t.region_ids)
                holder[index.at(id)] = t.polity_id;
        for (const auto& [i, j] : touching) {
            if (!holder.contains(i) || !holder.contains(j) || holder[i] == holder[j])
                continue;
            // "Holder unknown" is no polity: its neutral grey has no hue and a legend entry of
            // its own, and sits between the palettes' lightness steps by design.
            if (holder[i] == kUnknownPolity || holder[j] == kUnknownPolity)
                continue;
            const Pair p = std::minmax(holder[i], holder[j]);
            out.try_emplace(p, year);
        }
    }
    return out;
}

std::string colour_key_of(const Atlas& atlas, const std::string& polity_id) {
    const Polity* p = find_polity(atlas, polity_id);
    return p ? p->colour_key : polity_id;
}

/// What fails between two flat tints, "" when nothing does.
std::string failures(const Colour& a, const Colour& b) {
    using colour::Dichromacy;
    std::ostringstream out;
    const auto need = [&](const char* metric, double value, double least) {
        if (value < least)
            out << " " << metric << " " << value << " < " << least << ";";
    };
    need("CIEDE2000", colour::ciede2000(a, b), 12.0);
    for (const auto& [name, kind] : {std::pair{"deuteranopia", Dichromacy::deuteranopia},
                                     std::pair{"protanopia", Dichromacy::protanopia}})
        need(name, colour::ciede2000(colour::simulate(a, kind), colour::simulate(b, kind)), 8.0);
    need("L*", std::abs(colour::lightness(a) - colour::lightness(b)), 8.0);
    return out.str();
}

std::vector<std::filesystem::path> shipped_styles() {
    std::vector<std::filesystem::path> out;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(CM_SOURCE_DIR) + "/styles"))
        if (entry.path().extension() == ".toml")
            out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

struct TerritoryColours : ::testing::Test {
    static const Atlas& atlas() {
        static const Atlas a = load_atlas(std::string(CM_SOURCE_DIR) + "/geodata");
        return a;
    }
};

TEST_F(TerritoryColours, NeighboursDifferInEveryStyleForEveryReader) {
    const std::map<Pair, int> pairs = neighbours(atlas());
    ASSERT_GE(pairs.size(), 10u) << "the history's polities should have neighbours";
    std::printf("%zu pairs of polities share a border in some year\n", pairs.size());
    ASSERT_TRUE(pairs.contains(Pair{"dzungar-khanate", "kazakh-khanate"}));
    const auto styles = shipped_styles();
    ASSERT_GE(styles.size(), 3u);
    for (const auto& path : styles) {
        const Style style = load_style(path.string());
        const bool relief = style.relief.enabled;
        for (const auto& [pair, year] : pairs) {
            const Colour a = territory_flat_tint(style, colour_key_of(atlas(), pair.first), relief);
            const Colour b =
                territory_flat_tint(style, colour_key_of(atlas(), pair.second), relief);
            const std::string failed = failures(a, b);
            EXPECT_TRUE(failed.empty())
                << "style " << style.name << ": " << pair.first << " and " << pair.second
                << " share a border in " << year << ":" << failed;
        }
    }
}

TEST_F(TerritoryColours, EveryColourKeyHasAColourInEveryStyle) {
    for (const auto& path : shipped_styles()) {
        const Style style = load_style(path.string());
        for (const Polity& p : atlas().polities)
            EXPECT_TRUE(style.territories.polities.contains(p.colour_key))
                << "style " << style.name << " has no colour for '" << p.colour_key << "' (" << p.id
                << ")";
    }
}

TEST_F(TerritoryColours, BordersAreFoundWhereRegionsTouchAndOnlyThere) {
    Atlas a;
    const auto square = [](double w, double s, double e, double n) {
        return PolygonGeometry{{Polygon{{{{w, s}, {e, s}, {e, n}, {w, n}, {w, s}}}}}};
    };
    a.regions = {{"w", "W", square(0, 0, 1, 1), "", "", {0.5, 0.5}},
                 {"e", "E", square(1, 0, 2, 1), "", "", {1.5, 0.5}},
                 {"far", "Far", square(3, 0, 4, 1), "", "", {3.5, 0.5}}};
    a.control = {{"w", "west", 1, {1, 2}, Certainty::exact, "", ""},
                 {"e", "east", 2, {2, 2}, Certainty::exact, "", ""},
                 {"far", "far", 1, {1, 2}, Certainty::exact, "", ""}};
    const std::map<Pair, int> pairs = neighbours(a);
    ASSERT_EQ(pairs.size(), 1u);
    EXPECT_EQ(pairs.begin()->first, (Pair{"east", "west"}));
    EXPECT_EQ(pairs.begin()->second, 2);
}

}  // namespace
}  // namespace cm
