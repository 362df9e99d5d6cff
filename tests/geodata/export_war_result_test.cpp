// export_year writes the wars a year falls in: id, name, years, result and source, over the
// war's extent when it states one.

#include <gtest/gtest.h>

#include <map>

#include <ogr_api.h>

#include "geodata/export/year_export.hpp"
#include "geodata/io/ogr.hpp"
#include "tests/temp_dir.hpp"

namespace {

cm::Atlas atlas_with_wars() {
    cm::Atlas atlas;
    atlas.wars = {{"1600-1610",
                   "War of the towns",
                   {1600, 1610},
                   "Article, Intro",
                   cm::Bounds{60.0, 40.0, 70.0, 45.0, false},
                   "A victory; the towns taken"},
                  {"1620-1625", "Later war", {1620, 1625}, "Other", std::nullopt, ""}};
    return atlas;
}

/// The features of kind "war" that export_year writes for @p year.
std::vector<cm::ogr::FeaturePtr> wars_exported(const cm::Atlas& atlas, int year) {
    const cm::test::TempDir dir("cm-export-war");
    const std::string path = dir / "export.geojson";
    cm::export_year(atlas, year, path);
    std::vector<cm::ogr::FeaturePtr> out;
    cm::ogr::DatasetPtr ds = cm::ogr::open_vector(path);
    OGRLayer* layer = ds->GetLayer(0);
    while (OGRFeature* f = layer->GetNextFeature()) {
        if (std::string(f->GetFieldAsString("kind")) == "war")
            out.emplace_back(f);
        else
            OGRFeature::DestroyFeature(f);
    }
    return out;
}

}  // namespace

TEST(ExportWarResult, TheYearsWarIsWrittenWithItsResultAndExtent) {
    const std::vector<cm::ogr::FeaturePtr> wars = wars_exported(atlas_with_wars(), 1605);
    ASSERT_EQ(wars.size(), 1u);
    const OGRFeature& f = *wars[0];
    EXPECT_STREQ(f.GetFieldAsString("id"), "1600-1610");
    EXPECT_STREQ(f.GetFieldAsString("name"), "War of the towns");
    EXPECT_STREQ(f.GetFieldAsString("result"), "A victory; the towns taken");
    EXPECT_EQ(f.GetFieldAsInteger("first_year"), 1600);
    EXPECT_EQ(f.GetFieldAsInteger("last_year"), 1610);
    EXPECT_STREQ(f.GetFieldAsString("source"), "Article, Intro");
    const OGRGeometry* g = f.GetGeometryRef();
    ASSERT_NE(g, nullptr);
    OGREnvelope e;
    g->getEnvelope(&e);
    EXPECT_DOUBLE_EQ(e.MinX, 60.0);
    EXPECT_DOUBLE_EQ(e.MinY, 40.0);
    EXPECT_DOUBLE_EQ(e.MaxX, 70.0);
    EXPECT_DOUBLE_EQ(e.MaxY, 45.0);
}

TEST(ExportWarResult, AWarWithoutExtentOrResultIsWrittenWithoutThem) {
    const std::vector<cm::ogr::FeaturePtr> wars = wars_exported(atlas_with_wars(), 1620);
    ASSERT_EQ(wars.size(), 1u);
    EXPECT_STREQ(wars[0]->GetFieldAsString("id"), "1620-1625");
    EXPECT_STREQ(wars[0]->GetFieldAsString("result"), "");
    EXPECT_EQ(wars[0]->GetGeometryRef(), nullptr);
    EXPECT_TRUE(wars_exported(atlas_with_wars(), 1615).empty());
}
