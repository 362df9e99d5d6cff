// union_of_regions: a set of regions united from the borders around it, against GEOS's union
// of the region polygons, on small atlases and on every polity of every year of the history.

#include <gtest/gtest.h>

#include <set>

#include <ogr_api.h>

#include "geodata/io/ogr.hpp"
#include "geodata/query/border_union.hpp"
#include "geodata/query/control.hpp"
#include "tests/border_fixture.hpp"
#include "tests/geodata/history_test_data.hpp"

namespace {

using cm::test::project_atlas;
using cm::test::square_region;

double area_of(const OGRGeometry& g) {
    return OGR_G_Area(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(&g)));
}

/// The area in which @p a and @p b differ, and whether @p a is valid.
std::pair<double, bool> difference_from(const cm::PolygonGeometry& a,
                                        const cm::PolygonGeometry& b) {
    const auto ga = cm::ogr::to_ogr_multipolygon(a), gb = cm::ogr::to_ogr_multipolygon(b);
    const cm::ogr::GeometryPtr d(ga->SymDifference(gb.get()));
    return {d ? area_of(*d) : -1.0, ga->IsValid() == TRUE};
}

std::vector<const cm::Region*> regions_named(const cm::Atlas& atlas,
                                             const std::vector<std::string>& ids) {
    std::vector<const cm::Region*> regions;
    for (const std::string& id : ids)
        for (const cm::Region& r : atlas.regions)
            if (r.id == id)
                regions.push_back(&r);
    return regions;
}

/// A 3x3 square with a 1x1 square inside it, and a 3x3 square beside it; borders from the
/// edges.
cm::Atlas ring_and_core() {
    cm::Atlas atlas;
    atlas.regions = {square_region("outer", 0, 0, 3), square_region("core", 1, 1),
                     square_region("beside", 3, 0, 3)};
    cm::test::borders_from_regions(atlas);
    atlas.regions[0].at = {0.5, 0.5};  // its centre is the core's
    cm::build_regions(atlas);
    return atlas;
}

}  // namespace

TEST(BorderUnion, AnEnclosedRegionIsAHoleUnlessItIsInTheSet) {
    const cm::Atlas atlas = ring_and_core();
    ASSERT_EQ(atlas.regions[0].geometry.polygons.size(), 1u);
    ASSERT_EQ(atlas.regions[0].geometry.polygons[0].rings.size(), 2u) << "the core is a hole";
    const cm::PolygonGeometry ring = cm::union_of_regions(atlas, regions_named(atlas, {"outer"}));
    ASSERT_EQ(ring.polygons.size(), 1u);
    EXPECT_EQ(ring.polygons[0].rings.size(), 2u);
    EXPECT_NEAR(area_of(*cm::ogr::to_ogr_multipolygon(ring)), 8.0, 1e-9);
    const cm::PolygonGeometry whole =
        cm::union_of_regions(atlas, regions_named(atlas, {"outer", "core", "beside"}));
    ASSERT_EQ(whole.polygons.size(), 1u);
    EXPECT_EQ(whole.polygons[0].rings.size(), 1u);
    EXPECT_NEAR(area_of(*cm::ogr::to_ogr_multipolygon(whole)), 18.0, 1e-9);
    const cm::PolygonGeometry apart =
        cm::union_of_regions(atlas, regions_named(atlas, {"core", "beside"}));
    EXPECT_EQ(apart.polygons.size(), 2u);
    EXPECT_NEAR(area_of(*cm::ogr::to_ogr_multipolygon(apart)), 10.0, 1e-9);
}

TEST(BorderUnion, RegionsNotBuiltFromBordersAreUnitedByGeos) {
    cm::Atlas atlas;
    atlas.regions = {square_region("west", 0, 0), square_region("east", 1, 0)};
    const cm::PolygonGeometry both =
        cm::union_of_regions(atlas, regions_named(atlas, {"west", "east"}));
    ASSERT_EQ(both.polygons.size(), 1u);
    EXPECT_NEAR(area_of(*cm::ogr::to_ogr_multipolygon(both)), 2.0, 1e-9);
}

TEST(BorderUnion, EveryPolityOfEveryYearIsTheUnionOfItsRegionPolygons) {
    const cm::Atlas& atlas = project_atlas();
    const cm::YearRange span = cm::history_span(atlas);
    std::set<std::vector<std::string>> compared;  // each set of regions once
    for (int year = span.first; year <= span.last; ++year)
        for (const cm::Polity& polity : atlas.polities) {
            std::vector<const cm::Region*> regions;
            std::vector<const cm::PolygonGeometry*> parts;
            std::vector<std::string> ids;
            for (const cm::Region& r : atlas.regions)
                if (const cm::Control* c = cm::holder_in_year(atlas, r.id, year);
                    c && c->polity_id == polity.id) {
                    regions.push_back(&r);
                    parts.push_back(&r.geometry);
                    ids.push_back(r.id);
                }
            if (regions.empty() || !compared.insert(ids).second)
                continue;
            const auto [differ, valid] =
                difference_from(cm::union_of_regions(atlas, regions), cm::union_of(parts));
            EXPECT_GE(differ, 0.0) << polity.id << " " << year;
            EXPECT_LT(differ, 1e-9) << polity.id << " " << year;
            EXPECT_TRUE(valid) << polity.id << " " << year;
        }
    EXPECT_GE(compared.size(), 30u) << "sets of regions that a polity held in some year";
}
