// The region tiles against independent geography: Natural Earth lakes in the workplace's
// shared basemap (optional; the tests skip without it).

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include <ogr_api.h>

#include "geodata/io/ogr.hpp"
#include "tests/geodata/history_test_data.hpp"

namespace {

const std::string kLakes =
    std::string(CM_SHARED_DIR) + "/basemap/naturalearth/ne_10m_lakes.geojson";

/// The Natural Earth lake named @p name (a substring of its `name`), or nullptr.
cm::ogr::GeometryPtr lake(const std::string& name) {
    cm::ogr::DatasetPtr ds = cm::ogr::open_vector(kLakes);
    OGRLayer* layer = ds->GetLayer(0);
    layer->ResetReading();
    while (cm::ogr::FeaturePtr f{layer->GetNextFeature()}) {
        const std::string lake_name = f->GetFieldAsString("name");
        if (lake_name.find(name) != std::string::npos && f->GetGeometryRef())
            return cm::ogr::GeometryPtr(f->GetGeometryRef()->clone());
    }
    return nullptr;
}

/// Share of @p shape's area that lies in region @p region_id.
double share_in_region(const OGRGeometry& shape, const std::string& region_id) {
    const cm::Region* region = cm::find_region(cm::test::project_atlas(), region_id);
    if (!region)
        return 0.0;
    const auto tile = cm::ogr::to_ogr_multipolygon(region->geometry);
    const cm::ogr::GeometryPtr common(shape.Intersection(tile.get()));
    if (!common)
        return 0.0;
    return OGR_G_Area(OGRGeometry::ToHandle(common.get())) /
           OGR_G_Area(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(&shape)));
}

}  // namespace

class RegionsOnTheBasemap : public testing::Test {
  protected:
    void SetUp() override {
        if (!std::filesystem::exists(kLakes))
            GTEST_SKIP() << "no shared basemap at " << kLakes;
    }
};

TEST_F(RegionsOnTheBasemap, LakesLieInTheirRegions) {
    struct Case {
        const char* lake;
        const char* region;
    };
    for (const Case& c : {Case{"Issyk", "issyk-kul"}, Case{"Zaysan", "irtysh-lands"},
                          Case{"Alakol", "tarbagatai-emil"}, Case{"Qinghai", "kokonor"},
                          Case{"Uvs", "uvs-khovd"}}) {
        const auto shape = lake(c.lake);
        ASSERT_NE(shape, nullptr) << c.lake;
        EXPECT_GT(share_in_region(*shape, c.region), 0.9) << c.lake << " in " << c.region;
    }
}

TEST_F(RegionsOnTheBasemap, BalkhashSeparatesTheSteppeFromJetisu) {
    // The border runs along the lake: it is split between the two, and the pieces east of
    // the Ayagoz's mouth are small.
    const auto balkhash = lake("Balkhash");
    ASSERT_NE(balkhash, nullptr);
    const double steppe = share_in_region(*balkhash, "kazakh-steppe");
    const double jetisu = share_in_region(*balkhash, "jetisu");
    EXPECT_GT(steppe, 0.25);
    EXPECT_GT(jetisu, 0.25);
    EXPECT_GT(steppe + jetisu, 0.95);
}
