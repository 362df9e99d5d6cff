// One drawn line per river: a gazetteer river whose course is Natural Earth's ("course":
// "natural-earth") has only vertices of the shipped extract's rivers (every one of them), so
// the basemap's line, the gazetteer's label and the borders along it coincide; the border
// segments that follow such a river take its vertices.

#include <cmath>
#include <set>
#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/ogr.hpp"

namespace cm {
namespace {

using Key = std::pair<long, long>;

Key key_of(const LonLat& p) {
    return {std::lround(p.lon * 1e5), std::lround(p.lat * 1e5)};
}

/// Every vertex of the shipped extract's rivers.
std::set<Key> extract_vertices() {
    std::set<Key> out;
    ogr::DatasetPtr ds = ogr::open_vector(std::string(CM_SOURCE_DIR) +
                                          "/geodata/basemap/ne_10m_rivers_lake_centerlines.fgb");
    OGRLayer* layer = ds->GetLayer(0);
    while (ogr::FeaturePtr f{layer->GetNextFeature()}) {
        if (!f->GetGeometryRef())
            continue;
        for_each_position(ogr::to_geometry(*f->GetGeometryRef()),
                          [&](const LonLat& p) { out.insert(key_of(p)); });
    }
    return out;
}

const Atlas& atlas() {
    static const Atlas a = load_atlas(std::string(CM_SOURCE_DIR) + "/geodata");
    return a;
}

TEST(GazetteerCourses, NaturalEarthCoursesLieOnTheExtractsRivers) {
    const std::set<Key> vertices = extract_vertices();
    std::set<std::string> with_course;
    for (const Place& p : atlas().places) {
        if (p.course != "natural-earth")
            continue;
        with_course.insert(p.id);
        const auto& line = std::get<LineGeometry>(p.geometry).points;
        EXPECT_GT(line.size(), 50u) << p.id;
        for (const LonLat& v : line)
            ASSERT_TRUE(vertices.count(key_of(v)))
                << p.id << " vertex (" << v.lon << ", " << v.lat << ") is not Natural Earth's";
    }
    for (const char* id : {"ili", "syr-darya", "naryn", "irtysh", "amu-darya", "zeravshan"})
        EXPECT_TRUE(with_course.count(id)) << id;
    EXPECT_FALSE(with_course.count("chu")) << "Natural Earth has no Chu: the gazetteer's line";
}

TEST(GazetteerCourses, TheSyrDaryaAndIrtyshBordersTakeTheRiversVertices) {
    // The regions are built from borders that follow the rivers: compare at 4 decimals.
    const auto key4 = [](const LonLat& p) {
        return Key{std::lround(p.lon * 1e4), std::lround(p.lat * 1e4)};
    };
    std::set<Key> river;
    for (const Place& p : atlas().places)
        if (p.id == "syr-darya" || p.id == "irtysh")
            for (const LonLat& v : std::get<LineGeometry>(p.geometry).points)
                river.insert(key4(v));
    std::size_t on_river = 0;
    for (const Region& r : atlas().regions)
        for_each_position(Geometry{r.geometry},
                          [&](const LonLat& v) { on_river += river.count(key4(v)); });
    EXPECT_GT(on_river, 1000u) << "the borders along both rivers follow their courses";
}

}  // namespace
}  // namespace cm
