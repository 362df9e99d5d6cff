// The project's own gazetteer: it loads, checks clean, holds every place id the history
// uses, and its geometry keeps the invariants a map needs (rivers end in their lakes, run
// downhill, towns lie in the relief window). Needs no reference data beyond ETOPO5.

#include <filesystem>
#include <string>
#include <vector>

#include <gdal_priv.h>
#include <gtest/gtest.h>

#include "geodata/check/check_atlas.hpp"
#include "geodata/io/gazetteer_loader.hpp"
#include "geodata/io/ogr.hpp"
#include "tests/geodata/gazetteer_test_geometry.hpp"

namespace {

constexpr double kMouthToleranceKm = 5.0;
const std::string kEtopo5 = "/usr/share/ferret-vis/data/etopo5.cdf";

std::string gazetteer_path() {
    return std::string(CM_SOURCE_DIR) + "/geodata/gazetteer.geojson";
}

cm::Atlas real_atlas() {
    cm::Atlas atlas;
    atlas.places = cm::load_gazetteer(gazetteer_path());
    return atlas;
}

const cm::Place& place(const cm::Atlas& atlas, const std::string& id) {
    const cm::Place* p = cm::find_place(atlas, id);
    if (!p)
        throw std::runtime_error("no place " + id);
    return *p;
}

const std::vector<cm::LonLat>& course(const cm::Atlas& atlas, const std::string& id) {
    return std::get<cm::LineGeometry>(place(atlas, id).geometry).points;
}

const cm::PolygonGeometry& area(const cm::Atlas& atlas, const std::string& id) {
    return std::get<cm::PolygonGeometry>(place(atlas, id).geometry);
}

/// ETOPO5 heights in metres, read once; empty when the package is not installed.
class Relief {
  public:
    Relief() {
        cm::ogr::register_drivers();
        if (!std::filesystem::exists(kEtopo5))
            return;
        m_ds.reset(static_cast<GDALDataset*>(
            GDALOpen(("NETCDF:" + kEtopo5 + ":ROSE").c_str(), GA_ReadOnly)));
        if (m_ds)
            m_ds->GetGeoTransform(m_transform);
    }
    bool available() const { return m_ds != nullptr; }

    double height_m(const cm::LonLat& p) const {
        const int col = static_cast<int>((p.lon - m_transform[0]) / m_transform[1]);
        const int row = static_cast<int>((p.lat - m_transform[3]) / m_transform[5]);
        float value = 0;
        if (m_ds->GetRasterBand(1)->RasterIO(GF_Read, col, row, 1, 1, &value, 1, 1, GDT_Float32, 0,
                                             0) != CE_None)
            throw std::runtime_error("cannot read ETOPO5");
        return value;
    }

  private:
    cm::ogr::DatasetPtr m_ds;
    double m_transform[6] = {};
};

}  // namespace

TEST(GazetteerData, LoadsAndChecksClean) {
    const cm::Atlas atlas = real_atlas();
    const auto problems = cm::check_gazetteer(atlas, cm::AtlasFiles{gazetteer_path(), ""});
    std::string text;
    for (const auto& p : problems)
        text += cm::to_string(p) + "\n";
    EXPECT_TRUE(problems.empty()) << text;
}

TEST(GazetteerData, HoldsEverySharedPlaceId) {
    const cm::Atlas atlas = real_atlas();
    for (const char* id : {"ili",
                           "talas",
                           "chu",
                           "syr-darya",
                           "ayagoz",
                           "irtysh",
                           "emil",
                           "yenisei",
                           "volga",
                           "bulanty",
                           "buliety",
                           "karatal",
                           "lepsy",
                           "naryn",
                           "zeravshan",
                           "amu-darya",
                           "balkhash",
                           "issyk-kul",
                           "lake-sayram",
                           "aral-sea",
                           "caspian-sea",
                           "alakol",
                           "zaysan",
                           "kokonor",
                           "dzungarian-alatau",
                           "tarbagatai",
                           "ulytau",
                           "altai",
                           "tian-shan",
                           "karatau",
                           "taqli-pass",
                           "jetisu",
                           "dzungaria",
                           "altishahr",
                           "fergana-valley",
                           "badakhshan",
                           "tibet",
                           "southern-siberia",
                           "baraba",
                           "khalkha",
                           "sayram",
                           "turkistan",
                           "tashkent",
                           "samarkand",
                           "bukhara",
                           "andijan",
                           "lhasa",
                           "khovd",
                           "yarkent",
                           "dolon-nor",
                           "shymkent",
                           "taraz",
                           "orbulaq",
                           "bloody-hills",
                           "jao-modo",
                           "chu-talas-battlefield",
                           "kazakhstan",
                           "kyrgyzstan",
                           "uzbekistan"})
        EXPECT_NE(cm::find_place(atlas, id), nullptr) << id;
}

TEST(GazetteerData, RiversEndInTheirLakesAndSeas) {
    const cm::Atlas atlas = real_atlas();
    for (const auto& [river, lake] :
         std::vector<std::pair<std::string, std::string>>{{"ili", "balkhash"},
                                                          {"karatal", "balkhash"},
                                                          {"lepsy", "balkhash"},
                                                          {"ayagoz", "balkhash"},
                                                          {"syr-darya", "aral-sea"},
                                                          {"amu-darya", "aral-sea"},
                                                          {"emil", "alakol"},
                                                          {"volga", "caspian-sea"}})
        EXPECT_LE(cm::test::distance_to_area_km(course(atlas, river).back(), area(atlas, lake)),
                  kMouthToleranceKm)
            << river << " does not end in " << lake;
}

TEST(GazetteerData, AyagozEndsAtTheEastEndOfBalkhash) {
    const cm::Atlas atlas = real_atlas();
    EXPECT_GT(course(atlas, "ayagoz").back().lon, 78.5);
}

TEST(GazetteerData, IrtyshFlowsThroughZaysanAndPastOmsk) {
    const cm::Atlas atlas = real_atlas();
    const auto& irtysh = course(atlas, "irtysh");
    int in_zaysan = 0;
    for (const auto& p : irtysh)
        in_zaysan += cm::test::distance_to_area_km(p, area(atlas, "zaysan")) == 0;
    EXPECT_GE(in_zaysan, 2);
    EXPECT_GT(irtysh.back().lat, 58.2) << "must reach at least Tobolsk";
    EXPECT_LE(cm::test::distance_to_line_km({73.37, 54.98}, irtysh), 15.0) << "passes Omsk";
}

TEST(GazetteerData, NarynAndKaraDaryaMeetWhereTheSyrDaryaBegins) {
    const cm::Atlas atlas = real_atlas();
    const cm::LonLat source = course(atlas, "syr-darya").front();
    EXPECT_LE(cm::test::distance_km(course(atlas, "naryn").back(), source), 2.0);
    EXPECT_LE(cm::test::distance_km(course(atlas, "kara-darya").back(), source), 2.0);
    EXPECT_EQ(cm::test::distance_to_area_km(source, area(atlas, "fergana-valley")), 0.0);
}

TEST(GazetteerData, ChuAndTalasDieInTheSandsNotInALake) {
    const cm::Atlas atlas = real_atlas();
    for (const char* id : {"chu", "talas"}) {
        const cm::LonLat end = course(atlas, id).back();
        // The Moyinkum and its northern edge, between the lower Chu and the Karatau.
        EXPECT_TRUE(end.lon > 68.5 && end.lon < 72.0 && end.lat > 43.5 && end.lat < 45.5) << id;
        for (const auto& p : atlas.places) {
            if (p.type != cm::PlaceType::lake && p.type != cm::PlaceType::sea)
                continue;
            const auto& water = std::get<cm::PolygonGeometry>(p.geometry);
            EXPECT_GT(cm::test::distance_to_area_km(end, water), 50.0)
                << id << " ends near " << p.id;
        }
    }
}

TEST(GazetteerData, ZeravshanEndsInTheSandsPastBukhara) {
    const cm::Atlas atlas = real_atlas();
    const cm::LonLat end = course(atlas, "zeravshan").back();
    const cm::LonLat bukhara = std::get<cm::PointGeometry>(place(atlas, "bukhara").geometry).at;
    EXPECT_LT(end.lon, bukhara.lon);
    EXPECT_LE(cm::test::distance_km(end, bukhara), 150.0);
}

TEST(GazetteerData, TheTwoSayramsAreTheTownNearShymkentAndTheLakeByTheTaqliPass) {
    const cm::Atlas atlas = real_atlas();
    const auto at = [&](const char* id) { return cm::anchor_of(place(atlas, id).geometry); };
    EXPECT_LE(cm::test::distance_km(at("sayram"), at("shymkent")), 20.0);
    EXPECT_LE(cm::test::distance_km(at("lake-sayram"), at("taqli-pass")), 25.0);
    EXPECT_GT(cm::test::distance_km(at("sayram"), at("lake-sayram")), 900.0);
}

TEST(GazetteerData, EveryPlaceIsInTheReliefWindowAndCitesASource) {
    const cm::Atlas atlas = real_atlas();
    for (const auto& p : atlas.places) {
        EXPECT_FALSE(p.source.empty()) << p.id;
        if (p.type != cm::PlaceType::settlement && p.type != cm::PlaceType::battlefield)
            continue;
        const cm::LonLat q = cm::anchor_of(p.geometry);
        EXPECT_TRUE(q.lon >= 35 && q.lon <= 125 && q.lat >= 20 && q.lat <= 65) << p.id;
    }
}

TEST(GazetteerData, RiversRunDownhillFromSourceToMouth) {
    const Relief relief;
    if (!relief.available())
        GTEST_SKIP() << "ETOPO5 (ferret-datasets) not installed";
    const cm::Atlas atlas = real_atlas();
    for (const auto& p : atlas.places) {
        if (p.type != cm::PlaceType::river)
            continue;
        const auto& line = std::get<cm::LineGeometry>(p.geometry).points;
        EXPECT_GT(relief.height_m(line.front()), relief.height_m(line.back())) << p.id;
    }
}

TEST(GazetteerData, SettlementsLieOnLand) {
    const Relief relief;
    if (!relief.available())
        GTEST_SKIP() << "ETOPO5 (ferret-datasets) not installed";
    const cm::Atlas atlas = real_atlas();
    for (const auto& p : atlas.places) {
        if (p.type != cm::PlaceType::settlement)
            continue;
        EXPECT_GT(relief.height_m(cm::anchor_of(p.geometry)), 0.0) << p.id;
    }
}
