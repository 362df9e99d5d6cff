// territories_in_year and region_changes, on small atlases and on the project's history,
// including the years in which the articles say the borders changed.

#include <gtest/gtest.h>

#include <algorithm>

#include <ogr_api.h>

#include "geodata/io/ogr.hpp"
#include "geodata/query/control.hpp"
#include "geodata/query/territories.hpp"
#include "tests/geodata/history_test_data.hpp"

namespace {

using cm::test::project_atlas;
using cm::test::square_region;

double area_of(const cm::PolygonGeometry& g) {
    const auto multi = cm::ogr::to_ogr_multipolygon(g);
    return OGR_G_Area(OGRGeometry::ToHandle(multi.get()));
}

cm::Atlas two_squares() {
    cm::Atlas atlas;
    atlas.polities = {{"a", "A", {}, "a", ""}, {"b", "B", {}, "b", ""}};
    atlas.regions = {square_region("west", 0, 0), square_region("east", 1, 0)};
    atlas.control = {{"west", "a", 1600, {1600, 1610}, cm::Certainty::exact, "", ""},
                     {"east", "b", 1600, {1600, 1604}, cm::Certainty::exact, "", ""},
                     {"east", "a", 1605, {1605, 1610}, cm::Certainty::uncertain, "", ""}};
    return atlas;
}

/// @returns the polity holding @p region_id in @p year, or "".
std::string holder(int year, const std::string& region_id) {
    const cm::Control* c = cm::holder_in_year(project_atlas(), region_id, year);
    return c ? c->polity_id : std::string();
}

const cm::Territory* territory_of(const std::vector<cm::Territory>& ts, const std::string& id) {
    for (const auto& t : ts)
        if (t.polity_id == id)
            return &t;
    return nullptr;
}

bool changed(int year, const std::string& region_id, const std::string& to) {
    for (const auto& c : cm::region_changes(project_atlas(), year))
        if (c.region_id == region_id && c.to_polity == to)
            return true;
    return false;
}

}  // namespace

TEST(Territories, NeighbouringRegionsOfOnePolityMergeIntoOnePolygon) {
    const auto ts = cm::territories_in_year(two_squares(), 1606);
    ASSERT_EQ(ts.size(), 1u);
    EXPECT_EQ(ts[0].polity_id, "a");
    ASSERT_EQ(ts[0].geometry.polygons.size(), 1u);
    EXPECT_NEAR(area_of(ts[0].geometry), 2.0, 1e-9);
    EXPECT_EQ(ts[0].region_ids, (std::vector<std::string>{"west", "east"}));
}

TEST(Territories, CertaintyIsTheWeakestOfTheRegions) {
    EXPECT_EQ(cm::territories_in_year(two_squares(), 1606)[0].certainty, cm::Certainty::uncertain);
    EXPECT_EQ(cm::territories_in_year(two_squares(), 1601)[0].certainty, cm::Certainty::exact);
}

TEST(Territories, OnePerHoldingPolityInPolityOrder) {
    const auto ts = cm::territories_in_year(two_squares(), 1602);
    ASSERT_EQ(ts.size(), 2u);
    EXPECT_EQ(ts[0].polity_id, "a");
    EXPECT_EQ(ts[1].polity_id, "b");
    EXPECT_TRUE(cm::territories_in_year(two_squares(), 1590).empty());
}

TEST(RegionChanges, ReportsTheRegionThatChangedHands) {
    const auto changes = cm::region_changes(two_squares(), 1605);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].region_id, "east");
    EXPECT_EQ(changes[0].from_polity, "b");
    EXPECT_EQ(changes[0].to_polity, "a");
    EXPECT_EQ(changes[0].year, 1605);
    EXPECT_TRUE(cm::region_changes(two_squares(), 1604).empty());
    EXPECT_TRUE(cm::region_changes(two_squares(), 1600).empty());  // first year: nothing before
}

TEST(RegionChanges, SamePolityWithNewCertaintyIsNoChange) {
    // Sayram: Dzungar 1684-1686 (exact), then 1687-1697 (uncertain).
    EXPECT_EQ(holder(1686, "sayram"), holder(1687, "sayram"));
    for (const auto& c : cm::region_changes(project_atlas(), 1687))
        EXPECT_NE(c.region_id, "sayram");
}

TEST(ProjectTerritories, EveryYearIsValidDisjointAndCoversEveryRegion) {
    const cm::Atlas& atlas = project_atlas();
    const cm::YearRange span = cm::history_span(atlas);
    EXPECT_EQ(span, (cm::YearRange{1623, 1697}));
    double regions_area = 0.0;
    for (const auto& r : atlas.regions)
        regions_area += area_of(r.geometry);
    for (int year = span.first; year <= span.last; ++year) {
        const auto ts = cm::territories_in_year(atlas, year);
        double total = 0.0;
        std::vector<std::unique_ptr<OGRMultiPolygon>> shapes;
        for (const auto& t : ts) {
            shapes.push_back(cm::ogr::to_ogr_multipolygon(t.geometry));
            EXPECT_TRUE(shapes.back()->IsValid()) << t.polity_id << " " << year;
            total += area_of(t.geometry);
        }
        EXPECT_NEAR(total, regions_area, 1e-6) << year;  // no gaps, no double counting
        for (std::size_t i = 0; i < shapes.size(); ++i)
            for (std::size_t j = i + 1; j < shapes.size(); ++j) {
                const cm::ogr::GeometryPtr common(shapes[i]->Intersection(shapes[j].get()));
                const double a = common ? OGR_G_Area(OGRGeometry::ToHandle(common.get())) : 0.0;
                EXPECT_LT(a, 1e-9) << ts[i].polity_id << " and " << ts[j].polity_id << " " << year;
            }
    }
}

TEST(ProjectTerritories, DzungarKhanateFormsOnTheEmilAndTarbagataiIn1634) {
    EXPECT_EQ(holder(1633, "tarbagatai-emil"), "oirats");
    EXPECT_EQ(holder(1634, "tarbagatai-emil"), "dzungar-khanate");
    EXPECT_TRUE(changed(1634, "tarbagatai-emil", "dzungar-khanate"));
    EXPECT_EQ(territory_of(cm::territories_in_year(project_atlas(), 1633), "dzungar-khanate"),
              nullptr);
}

TEST(ProjectTerritories, BorderFromTheAyagozToTheTalasIn1658) {
    EXPECT_EQ(holder(1657, "jetisu"), "kazakh-khanate");
    for (const char* region : {"jetisu", "chu-talas", "dzungarian-alatau", "tarbagatai-emil"})
        EXPECT_EQ(holder(1658, region), "dzungar-khanate") << region;
    for (const char* region : {"kazakh-steppe", "syr-darya-towns", "sayram"})
        EXPECT_EQ(holder(1658, region), "kazakh-khanate") << region;
    EXPECT_TRUE(changed(1658, "jetisu", "dzungar-khanate"));
    EXPECT_TRUE(changed(1658, "chu-talas", "dzungar-khanate"));
    // The two khanates meet on the Ayagoz (at Ayagoz town) and on the Talas (at Taraz).
    const auto ts = cm::territories_in_year(project_atlas(), 1658);
    const auto kazakh = cm::ogr::to_ogr_multipolygon(territory_of(ts, "kazakh-khanate")->geometry);
    const auto dzungar =
        cm::ogr::to_ogr_multipolygon(territory_of(ts, "dzungar-khanate")->geometry);
    for (const OGRPoint& p : {OGRPoint(80.43, 47.96), OGRPoint(71.4, 42.9)}) {
        EXPECT_LT(kazakh->Distance(&p), 0.15) << p.getX();
        EXPECT_LT(dzungar->Distance(&p), 0.15) << p.getX();
    }
}

TEST(ProjectTerritories, TaukeRetakesJetisuAfter1670) {
    EXPECT_EQ(holder(1670, "jetisu"), "dzungar-khanate");
    EXPECT_EQ(holder(1671, "jetisu"), "kazakh-khanate");
    EXPECT_TRUE(changed(1671, "jetisu", "kazakh-khanate"));
}

TEST(ProjectTerritories, DzungarConquestOfAltishahr1679To1680) {
    EXPECT_EQ(holder(1678, "altishahr"), "yarkent-khanate");
    EXPECT_EQ(holder(1679, "altishahr"), "dzungar-khanate");
    EXPECT_EQ(holder(1680, "altishahr"), "dzungar-khanate");
    EXPECT_TRUE(changed(1679, "altishahr", "dzungar-khanate"));
}

TEST(ProjectTerritories, DzungarAnnexationOfJetisuBy1684) {
    EXPECT_EQ(holder(1683, "jetisu"), "kazakh-khanate");
    EXPECT_EQ(holder(1684, "jetisu"), "dzungar-khanate");
    EXPECT_EQ(holder(1684, "sayram"), "dzungar-khanate");
    EXPECT_EQ(holder(1684, "syr-darya-towns"), "kazakh-khanate");  // Tauke held Turkistan
    EXPECT_TRUE(changed(1684, "jetisu", "dzungar-khanate"));
    const auto ts = cm::territories_in_year(project_atlas(), 1684);
    const auto* dzungar = territory_of(ts, "dzungar-khanate");
    ASSERT_NE(dzungar, nullptr);
    EXPECT_NE(std::find(dzungar->region_ids.begin(), dzungar->region_ids.end(), "jetisu"),
              dzungar->region_ids.end());
}

TEST(ProjectRegions, TownsAndLakesLieInTheirRegions) {
    struct Spot {
        const char* region;
        double lon, lat;
    };
    const Spot spots[] = {
        {"syr-darya-towns", 68.25, 43.30}, {"syr-darya-towns", 68.30, 42.85},  // Turkistan, Otrar
        {"sayram", 69.77, 42.30},          {"tashkent-oasis", 69.27, 41.30},
        {"jetisu", 76.90, 43.25},          {"chu-talas", 74.60, 42.87},  // Almaty, Bishkek
        {"issyk-kul", 77.20, 42.45},       {"fergana-valley", 72.34, 40.78},
        {"transoxiana", 66.96, 39.65},     {"transoxiana", 64.42, 39.77},
        {"altishahr", 75.99, 39.47},       {"dzungaria", 81.30, 43.92},        // Kashgar, Kulja
        {"tarbagatai-emil", 83.00, 46.75}, {"tarbagatai-emil", 81.70, 46.10},  // Tacheng, Alakol
        {"irtysh-lands", 82.60, 49.95},    {"irtysh-lands", 84.00, 48.20},     // Oskemen, Zaysan
        {"uvs-khovd", 91.64, 48.00},       {"kokonor", 100.2, 36.90},
        {"kazakh-steppe", 66.90, 48.60},   {"dzungarian-alatau", 80.00, 45.10},
    };
    for (const Spot& s : spots) {
        const cm::Region* r = cm::find_region(project_atlas(), s.region);
        ASSERT_NE(r, nullptr) << s.region;
        const OGRPoint p(s.lon, s.lat);
        EXPECT_TRUE(cm::ogr::to_ogr_multipolygon(r->geometry)->Contains(&p))
            << s.region << " " << s.lon << "," << s.lat;
    }
}

TEST(Territories, RememberedUnionsAreTheUnionsAndAreMadeOncePerSetOfRegions) {
    const cm::Atlas atlas = two_squares();
    cm::RegionUnions unions;
    for (int year = 1600; year <= 1610; ++year) {
        const auto remembered = cm::territories_in_year(atlas, year, &unions);
        const auto fresh = cm::territories_in_year(atlas, year);
        ASSERT_EQ(remembered.size(), fresh.size()) << year;
        for (std::size_t i = 0; i < fresh.size(); ++i) {
            EXPECT_EQ(remembered[i].polity_id, fresh[i].polity_id) << year;
            EXPECT_EQ(remembered[i].region_ids, fresh[i].region_ids) << year;
            EXPECT_DOUBLE_EQ(area_of(remembered[i].geometry), area_of(fresh[i].geometry)) << year;
        }
    }
    // A list of regions already united is not united again: regions of the same ids but
    // other shapes give the remembered union.
    const cm::Region west = atlas.regions[0], east = atlas.regions[1];
    const double both = area_of(unions.of(atlas, {&west, &east}));
    EXPECT_NEAR(both, 2.0 * area_of(west.geometry), 1e-9);
    const cm::Region moved_west = square_region("west", 5, 5, 3.0);
    const cm::Region moved_east = square_region("east", 8, 5, 3.0);
    EXPECT_DOUBLE_EQ(area_of(unions.of(atlas, {&moved_west, &moved_east})), both);
    const cm::Region other = square_region("north", 5, 5);
    EXPECT_DOUBLE_EQ(area_of(unions.of(atlas, {&other})), area_of(other.geometry));
}
