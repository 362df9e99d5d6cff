// export_year: the GeoJSON the `export` command writes, checked feature by feature.

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include <ogr_api.h>

#include "geodata/export/year_export.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/model/error.hpp"
#include "tests/geodata/history_test_data.hpp"
#include "tests/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;

/// Two regions; "east" passes from b to a in 1605, when a siege and a march take place.
cm::Atlas small_atlas() {
    cm::Atlas atlas;
    atlas.places = {cm::test::point_place("town", 0.5, 0.5),
                    cm::test::point_place("fort", 1.5, 0.5)};
    atlas.polities = {{"a", "A", {}, "a", ""}, {"b", "B", {}, "b", ""}};
    atlas.regions = {cm::test::square_region("west", 0, 0), cm::test::square_region("east", 1, 0)};
    atlas.control = {{"west", "a", 1600, {1600, 1610}, cm::Certainty::exact, "", "s"},
                     {"east", "b", 1600, {1600, 1604}, cm::Certainty::exact, "", "s"},
                     {"east", "a", 1605, {1605, 1610}, cm::Certainty::approximate, "taken", "s"}};
    cm::Event siege;
    siege.id = "siege";
    siege.type = cm::EventType::siege;
    siege.years = {1605, 1605};
    siege.place_id = "fort";
    siege.strength = 3000;
    atlas.events.push_back(siege);
    cm::Campaign march;
    march.id = "march";
    march.side = "a";
    march.legs = {{"town", "fort", {}, 1605, 0, true, cm::Certainty::uncertain}};
    atlas.campaigns.push_back(march);
    return atlas;
}

std::map<std::string, std::vector<cm::ogr::FeaturePtr>> exported(const cm::Atlas& atlas, int year) {
    const cm::test::TempDir dir("cm-history-export");  // tests run in parallel: a path each
    const std::string path = dir / "export.geojson";
    cm::export_year(atlas, year, path);
    std::map<std::string, std::vector<cm::ogr::FeaturePtr>> kinds;
    {
        cm::ogr::DatasetPtr ds = cm::ogr::open_vector(path);
        OGRLayer* layer = ds->GetLayer(0);
        layer->ResetReading();
        while (OGRFeature* f = layer->GetNextFeature())
            kinds[f->GetFieldAsString("kind")].emplace_back(f);
    }
    return kinds;
}

}  // namespace

TEST(ExportYear, TerritoriesChangesEventsAndLegs) {
    auto kinds = exported(small_atlas(), 1605);
    ASSERT_EQ(kinds["territory"].size(), 1u);
    const auto& territory = kinds["territory"][0];
    EXPECT_STREQ(territory->GetFieldAsString("polity"), "a");
    EXPECT_STREQ(territory->GetFieldAsString("certainty"), "approximate");
    EXPECT_NEAR(OGR_G_Area(OGRGeometry::ToHandle(territory->GetGeometryRef())), 2.0, 1e-6);

    ASSERT_EQ(kinds["change"].size(), 1u);
    EXPECT_STREQ(kinds["change"][0]->GetFieldAsString("region_id"), "east");
    EXPECT_STREQ(kinds["change"][0]->GetFieldAsString("from"), "b");
    EXPECT_STREQ(kinds["change"][0]->GetFieldAsString("to"), "a");

    ASSERT_EQ(kinds["event"].size(), 1u);
    const OGRGeometry* at = kinds["event"][0]->GetGeometryRef();
    ASSERT_NE(at, nullptr);
    EXPECT_DOUBLE_EQ(at->toPoint()->getX(), 1.5);
    EXPECT_EQ(kinds["event"][0]->GetFieldAsInteger64("strength"), 3000);

    ASSERT_EQ(kinds["leg"].size(), 1u);
    const auto& leg = kinds["leg"][0];
    EXPECT_EQ(leg->GetFieldAsInteger("retreat"), 1);
    EXPECT_STREQ(leg->GetFieldAsString("certainty"), "uncertain");
    ASSERT_NE(leg->GetGeometryRef(), nullptr);
    EXPECT_EQ(leg->GetGeometryRef()->toLineString()->getNumPoints(), 2);
}

TEST(ExportYear, QuietYearHasTerritoriesOnly) {
    auto kinds = exported(small_atlas(), 1602);
    EXPECT_EQ(kinds["territory"].size(), 2u);
    EXPECT_TRUE(kinds["change"].empty());
    EXPECT_TRUE(kinds["event"].empty());
    EXPECT_TRUE(kinds["leg"].empty());
}

TEST(ExportYear, LegToAnUnknownPlaceIsWrittenWithoutGeometry) {
    cm::Atlas atlas = small_atlas();
    atlas.campaigns[0].legs[0].to = "atlantis";
    auto kinds = exported(atlas, 1605);
    ASSERT_EQ(kinds["leg"].size(), 1u);
    EXPECT_EQ(kinds["leg"][0]->GetGeometryRef(), nullptr);
}

TEST(ExportYear, UnwritableDirectoryIsAnOutputError) {
    EXPECT_THROW(cm::export_year(small_atlas(), 1605, "/nonexistent-cm-dir/x.geojson"),
                 cm::OutputError);
}
