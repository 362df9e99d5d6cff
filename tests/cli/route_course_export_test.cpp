// `campaignmap export` writes each leg's drawn course and says whether it is stated, via
// points or inferred: on the demo data, inferred legs follow the land (more than their two
// ends) from the edge of a region, not from its centroid. Skips without ETOPO5.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "geodata/io/ogr.hpp"
#include "geodata/io/relief_loader.hpp"
#include "tests/cli/run_command.hpp"
#include "tests/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;

struct Leg {
    std::string from, to, course;
    std::vector<OGRPoint> points;
};

std::vector<Leg> exported_legs(const std::string& path) {
    cm::ogr::DatasetPtr ds = cm::ogr::open_vector(path);
    OGRLayer* layer = ds->GetLayer(0);
    std::vector<Leg> legs;
    layer->ResetReading();
    while (OGRFeature* raw = layer->GetNextFeature()) {
        cm::ogr::FeaturePtr f(raw);
        if (std::string(f->GetFieldAsString("kind")) != "leg")
            continue;
        Leg leg{f->GetFieldAsString("from"),
                f->GetFieldAsString("to"),
                f->GetFieldAsString("course"),
                {}};
        if (const auto* line = dynamic_cast<const OGRLineString*>(f->GetGeometryRef()))
            for (int i = 0; i < line->getNumPoints(); ++i) {
                OGRPoint p;
                line->getPoint(i, &p);
                leg.points.push_back(p);
            }
        legs.push_back(std::move(leg));
    }
    return legs;
}

TEST(RouteCourseExport, LegsCarryTheirDrawnCourseAndItsKind) {
    if (!fs::exists(cm::default_relief_path()))
        GTEST_SKIP() << "ETOPO5 (package ferret-datasets) is not installed";
    cm::test::TempDir dir("cm-course-export");
    const std::string out = dir / "1643.geojson";
    const auto result = cm::test::run_campaignmap("export --data " + std::string(CM_SOURCE_DIR) +
                                                  "/geodata --year 1643 -o " + out);
    ASSERT_EQ(result.status, 0) << result.output;
    const std::vector<Leg> legs = exported_legs(out);
    ASSERT_GE(legs.size(), 5u);
    bool from_dzungaria = false;
    for (const Leg& leg : legs) {
        EXPECT_EQ(leg.course, "inferred") << leg.from << " to " << leg.to;  // none has a road
        EXPECT_GE(leg.points.size(), 2u) << leg.from << " to " << leg.to;
        if (leg.from != "dzungaria")
            continue;
        from_dzungaria = true;
        // Dzungaria's edge faces west at 80.6° E; its centroid lies at about 86.8° E.
        EXPECT_LT(leg.points.front().getX(), 81.0);
        EXPECT_GT(leg.points.size(), 2u) << "an inferred leg follows the land";
    }
    EXPECT_TRUE(from_dzungaria);
}

}  // namespace
