// `campaignmap export`: one year's territories, changes, events and legs as GeoJSON.

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>

#include "geodata/io/ogr.hpp"
#include "tests/cli/run_command.hpp"

namespace {

namespace fs = std::filesystem;
using cm::test::CommandResult;
using cm::test::run_campaignmap;

/// A data directory: the test gazetteer (every place id the history uses) beside the
/// project's history.
class ExportCli : public testing::Test {
  protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() /
                ("cm-export-" +
                 std::string(testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir / "data");
        fs::copy_file(fs::path(CM_TEST_FIXTURES) / "history" / "gazetteer.geojson",
                      m_dir / "data" / "gazetteer.geojson");
        fs::create_directory_symlink(fs::path(CM_SOURCE_DIR) / "geodata" / "history",
                                     m_dir / "data" / "history");
    }
    void TearDown() override { fs::remove_all(m_dir); }

    CommandResult run_export(const std::string& args) const {
        return run_campaignmap("export --data " + (m_dir / "data").string() + " " + args);
    }
    std::string out(const char* name) const { return (m_dir / name).string(); }

    fs::path m_dir;
};

/// Features of @p path by their `kind`.
std::map<std::string, std::vector<cm::ogr::FeaturePtr>> read_kinds(const std::string& path) {
    cm::ogr::DatasetPtr ds = cm::ogr::open_vector(path);
    OGRLayer* layer = ds->GetLayer(0);
    std::map<std::string, std::vector<cm::ogr::FeaturePtr>> kinds;
    layer->ResetReading();
    while (OGRFeature* f = layer->GetNextFeature())
        kinds[f->GetFieldAsString("kind")].emplace_back(f);
    return kinds;
}

bool has_value(const std::vector<cm::ogr::FeaturePtr>& features, const char* field,
               const std::string& value) {
    for (const auto& f : features)
        if (value == f->GetFieldAsString(field))
            return true;
    return false;
}

}  // namespace

TEST_F(ExportCli, Year1658HasTheNewBorderAndItsChanges) {
    const CommandResult r = run_export("--year 1658 -o " + out("1658.geojson"));
    ASSERT_EQ(r.status, 0) << r.output;
    auto kinds = read_kinds(out("1658.geojson"));
    const auto& territories = kinds["territory"];
    ASSERT_FALSE(territories.empty());
    EXPECT_TRUE(has_value(territories, "polity", "dzungar-khanate"));
    EXPECT_TRUE(has_value(territories, "polity", "kazakh-khanate"));
    for (const auto& t : territories) {
        const auto type = wkbFlatten(t->GetGeometryRef()->getGeometryType());
        EXPECT_TRUE(type == wkbPolygon || type == wkbMultiPolygon);
        EXPECT_STRNE(t->GetFieldAsString("certainty"), "");
    }
    EXPECT_TRUE(has_value(kinds["change"], "region_id", "jetisu"));
    EXPECT_TRUE(has_value(kinds["change"], "region_id", "chu-talas"));
    EXPECT_TRUE(has_value(kinds["change"], "to", "dzungar-khanate"));
    EXPECT_TRUE(has_value(kinds["event"], "id", "galdamba-abushuker-battle"));
    EXPECT_TRUE(has_value(kinds["leg"], "campaign", "abushuker-1652"));
}

TEST_F(ExportCli, EventsArePointsAndLegsAreLines) {
    ASSERT_EQ(run_export("--year 1684 -o " + out("1684.geojson")).status, 0);
    auto kinds = read_kinds(out("1684.geojson"));
    ASSERT_TRUE(has_value(kinds["event"], "id", "sayram-revolt-1684"));
    for (const auto& e : kinds["event"])
        EXPECT_EQ(wkbFlatten(e->GetGeometryRef()->getGeometryType()), wkbPoint);
    ASSERT_FALSE(kinds["leg"].empty());
    for (const auto& l : kinds["leg"]) {
        ASSERT_NE(l->GetGeometryRef(), nullptr);
        EXPECT_EQ(wkbFlatten(l->GetGeometryRef()->getGeometryType()), wkbLineString);
    }
    EXPECT_TRUE(has_value(kinds["change"], "region_id", "jetisu"));
}

TEST_F(ExportCli, FirstYearHasNoChanges) {
    ASSERT_EQ(run_export("--year 1623 -o " + out("1623.geojson")).status, 0);
    auto kinds = read_kinds(out("1623.geojson"));
    EXPECT_TRUE(kinds["change"].empty());
    EXPECT_TRUE(has_value(kinds["territory"], "polity", "oirats"));
}

TEST_F(ExportCli, YearOutsideTheHistoryIsAUsageError) {
    const CommandResult r = run_export("--year 1500 -o " + out("1500.geojson"));
    EXPECT_EQ(r.status, 2) << r.output;
    EXPECT_NE(r.output.find("1623-1697"), std::string::npos) << r.output;
    EXPECT_FALSE(fs::exists(out("1500.geojson")));
}

TEST_F(ExportCli, MissingOutputDirectoryIsAnErrorAndLeavesNothing) {
    const CommandResult r = run_export("--year 1643 -o " + out("missing/1643.geojson"));
    EXPECT_EQ(r.status, 1) << r.output;
    EXPECT_EQ(r.output.rfind("campaignmap: ", 0), 0u) << r.output;
    EXPECT_FALSE(fs::exists(m_dir / "missing"));
}

TEST_F(ExportCli, YearIsRequired) {
    EXPECT_EQ(run_export("-o " + out("x.geojson")).status, 2);
}
