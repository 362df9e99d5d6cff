// The gazetteer against Natural Earth where both have the same feature: rivers run down the
// same valleys and end at the same mouths, lakes have the same shores, towns sit on the same
// sites. Natural Earth is optional reference data: every test skips when it is absent.

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "geodata/io/gazetteer_loader.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/model/atlas.hpp"
#include "tests/geodata/gazetteer_test_geometry.hpp"

namespace {

using Lines = std::vector<std::vector<cm::LonLat>>;

constexpr double kRiverToleranceKm = 15.0;
constexpr double kMouthToleranceKm = 20.0;
constexpr double kShoreToleranceKm = 15.0;
constexpr double kTownToleranceKm = 10.0;

std::string natural_earth(const std::string& file) {
    return std::string(CM_SHARED_DIR) + "/basemap/naturalearth/" + file;
}

std::string squeeze_spaces(const std::string& s) {
    std::istringstream in(s);
    std::string word, out;
    while (in >> word)
        out += (out.empty() ? "" : " ") + word;
    return out;
}

using LinesByName = std::map<std::string, Lines>;

/// Every feature of @p file as lines (points and polygon outlines too), keyed by @p field
/// with its spaces squeezed ("Syr  Darya" -> "Syr Darya").
LinesByName read_file(const std::string& file, const char* field) {
    LinesByName by_name;
    cm::ogr::DatasetPtr ds = cm::ogr::open_vector(natural_earth(file));
    OGRLayer* layer = ds->GetLayer(0);
    for (cm::ogr::FeaturePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
        if (!f->GetGeometryRef())
            continue;
        Lines& lines = by_name[squeeze_spaces(f->GetFieldAsString(field))];
        const cm::Geometry g = cm::ogr::to_geometry(*f->GetGeometryRef());
        if (const auto* pt = std::get_if<cm::PointGeometry>(&g))
            lines.push_back({pt->at});
        if (const auto* l = std::get_if<cm::LineGeometry>(&g))
            lines.push_back(l->points);
        if (const auto* ml = std::get_if<cm::MultiLineGeometry>(&g))
            lines.insert(lines.end(), ml->lines.begin(), ml->lines.end());
        if (const auto* pg = std::get_if<cm::PolygonGeometry>(&g))
            for (const auto& poly : pg->polygons)
                lines.push_back(poly.rings.front());
    }
    return by_name;
}

/// Lines of the features of @p file whose "name" is one of @p names; each file is read once.
Lines read_lines(const std::string& file, const std::set<std::string>& names) {
    static std::map<std::string, LinesByName> files;
    auto it = files.find(file);
    if (it == files.end())
        it = files.emplace(file, read_file(file, "name")).first;
    Lines lines;
    for (const std::string& name : names) {
        const auto found = it->second.find(name);
        if (found != it->second.end())
            lines.insert(lines.end(), found->second.begin(), found->second.end());
    }
    return lines;
}

cm::Bounds bounds_of(const Lines& lines) {
    cm::Bounds b;
    for (const auto& line : lines)
        for (const auto& p : line)
            b.extend(p);
    return b;
}

bool within(const cm::Bounds& b, const cm::LonLat& p) {
    return p.lon >= b.west && p.lon <= b.east && p.lat >= b.south && p.lat <= b.north;
}

class GazetteerVsNaturalEarth : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!std::filesystem::exists(natural_earth("ne_10m_rivers_lake_centerlines.geojson")))
            GTEST_SKIP() << "Natural Earth subset not found under " << CM_SHARED_DIR;
        atlas.places =
            cm::load_gazetteer(std::string(CM_SOURCE_DIR) + "/geodata/gazetteer.geojson");
    }

    const std::vector<cm::LonLat>& river(const std::string& id) const {
        const cm::Place* p = cm::find_place(atlas, id);
        EXPECT_NE(p, nullptr) << id;
        return std::get<cm::LineGeometry>(p->geometry).points;
    }

    /// Every vertex of our river inside the extent of Natural Earth's lies near its line.
    void expect_same_valley(const std::string& id, const std::set<std::string>& ne_names) {
        const Lines ne = read_lines("ne_10m_rivers_lake_centerlines.geojson", ne_names);
        ASSERT_FALSE(ne.empty()) << "no Natural Earth river named like " << id;
        const cm::Bounds extent = bounds_of(ne);
        int compared = 0;
        for (const cm::LonLat& p : river(id)) {
            if (!within(extent, p))
                continue;
            ++compared;
            EXPECT_LE(cm::test::distance_to_lines_km(p, ne), kRiverToleranceKm)
                << id << " vertex (" << p.lon << ", " << p.lat << ") leaves the valley";
        }
        EXPECT_GE(compared, 8) << id << ": too little overlap to compare";
    }

    /// Our mouth lies near the end of Natural Earth's river nearest to it.
    void expect_same_mouth(const std::string& id, const std::set<std::string>& ne_names) {
        const Lines ne = read_lines("ne_10m_rivers_lake_centerlines.geojson", ne_names);
        const cm::LonLat mouth = river(id).back();
        double best = 1e9;
        for (const auto& line : ne)
            for (const cm::LonLat& end : {line.front(), line.back()})
                best = std::min(best, cm::test::distance_km(mouth, end));
        EXPECT_LE(best, kMouthToleranceKm) << id << " ends away from its mouth";
    }

    void expect_same_shore(const std::string& id, const std::string& file,
                           const std::string& ne_name) {
        const Lines ne = read_lines(file, {ne_name});
        ASSERT_FALSE(ne.empty()) << ne_name;
        const cm::Place* p = cm::find_place(atlas, id);
        ASSERT_NE(p, nullptr) << id;
        cm::for_each_position(p->geometry, [&](const cm::LonLat& q) {
            EXPECT_LE(cm::test::distance_to_lines_km(q, ne), kShoreToleranceKm)
                << id << " shore vertex (" << q.lon << ", " << q.lat << ")";
        });
    }

    cm::Atlas atlas;
};

}  // namespace

TEST_F(GazetteerVsNaturalEarth, IliRunsDownTheIleValleyToBalkhash) {
    expect_same_valley("ili", {"Ile"});
    expect_same_mouth("ili", {"Ile"});
}

TEST_F(GazetteerVsNaturalEarth, SyrDaryaRunsDownItsValleyToTheAral) {
    expect_same_valley("syr-darya", {"Syr Darya"});
    expect_same_mouth("syr-darya", {"Syr Darya"});
}

TEST_F(GazetteerVsNaturalEarth, IrtyshFollowsErtixErtisAndIrtysh) {
    expect_same_valley("irtysh", {"Ertix", "Ertis", "Irtysh"});
    const Lines ne =
        read_lines("ne_10m_rivers_lake_centerlines.geojson", {"Ertix", "Ertis", "Irtysh"});
    EXPECT_LE(cm::test::distance_to_lines_km(river("irtysh").back(), ne), kRiverToleranceKm);
}

TEST_F(GazetteerVsNaturalEarth, NarynRunsDownItsValleyIntoTheFerganaValley) {
    expect_same_valley("naryn", {"Naryn"});
    const Lines ne = read_lines("ne_10m_rivers_lake_centerlines.geojson", {"Naryn"});
    EXPECT_LE(cm::test::distance_to_lines_km(river("naryn").back(), ne), kRiverToleranceKm);
}

TEST_F(GazetteerVsNaturalEarth, LakeShoresMatch) {
    expect_same_shore("balkhash", "ne_10m_lakes.geojson", "Lake Balkhash");
    expect_same_shore("issyk-kul", "ne_10m_lakes.geojson", "Issyk-Kul");
    expect_same_shore("alakol", "ne_10m_lakes.geojson", "Alakol");
    expect_same_shore("aral-sea", "ne_10m_lakes_historic.geojson", "Historic Aral Sea");
}

TEST_F(GazetteerVsNaturalEarth, TownsSitOnTheirModernSites) {
    const std::vector<std::pair<std::string, std::string>> towns{
        {"turkistan", "Turkistan"}, {"tashkent", "Tashkent"}, {"samarkand", "Samarqand"},
        {"bukhara", "Bukhara"},     {"shymkent", "Shymkent"}, {"taraz", "Taraz"},
        {"lhasa", "Lhasa"},         {"andijan", "Andijon"},   {"khovd", "Dund-Us"},
        {"yarkent", "Shache"}};
    for (const auto& [id, ne_name] : towns) {
        const Lines ne = read_lines("ne_10m_populated_places_simple.geojson", {ne_name});
        ASSERT_FALSE(ne.empty()) << ne_name;
        const cm::Place* p = cm::find_place(atlas, id);
        ASSERT_NE(p, nullptr) << id;
        EXPECT_LE(cm::test::distance_to_lines_km(cm::anchor_of(p->geometry), ne), kTownToleranceKm)
            << id;
    }
}

TEST_F(GazetteerVsNaturalEarth, RiversPassTheTownsOnTheirBanks) {
    // Natural Earth has no line for the Chu, Talas, Ayagoz or Karatal, but it has the towns
    // that stand on them.
    const std::vector<std::pair<std::string, std::vector<std::string>>> banks{
        {"chu", {"Tokmak", "Shu"}},
        {"talas", {"Talas", "Taraz"}},
        {"ayagoz", {"Ayakoz"}},
        {"karatal", {"Taldyqorghan", "Ushtobe"}},
        {"naryn", {"Naryn"}},
        {"syr-darya", {"Qyzylorda"}},
        {"amu-darya", {"Termiz", "Nukus"}},
        {"irtysh", {"Oskemen", "Semey", "Pavlodar", "Omsk"}},
        {"yenisei", {"Kyzyl", "Abakan", "Krasnoyarsk"}},
        {"volga", {"Astrakhan"}}};
    for (const auto& [id, towns] : banks)
        for (const std::string& town : towns) {
            const Lines ne = read_lines("ne_10m_populated_places_simple.geojson", {town});
            ASSERT_EQ(ne.size(), 1u) << town;
            EXPECT_LE(cm::test::distance_to_line_km(ne[0][0], river(id)), kTownToleranceKm)
                << id << " misses " << town;
        }
}
