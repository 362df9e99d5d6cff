// Bad input of every kind (README.md, Robustness): one test per row of the table. Each
// asserts the exit status (2 usage, 1 anything else), the one line
// "campaignmap: <file>: <record>: <what>" naming the file and the record, and that the
// output directory holds no file and no temporary file afterwards.

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

#include <sys/resource.h>

#include "tests/cli/run_command.hpp"
#include "tests/cli/scratch_data.hpp"

namespace {

using cm::test::CommandResult;
using cm::test::run_campaignmap;
using cm::test::sanitized;
using cm::test::ScratchData;

constexpr int kError = 1;
constexpr int kUsage = 2;

/// Runs campaignmap with files limited to @p kib KiB and SIGXFSZ ignored, so a write past
/// the limit fails with EFBIG as on a full disk.
CommandResult run_on_full_disk(const std::string& args, int kib) {
    return cm::test::run_shell("trap '' XFSZ; ulimit -f " + std::to_string(kib * 2) + "; exec " +
                               std::string(CM_BINARY) + " " + args);
}

class BadInput : public testing::Test {
  protected:
    /// Renders 1645 from the scratch dataset into out/map.png (small, no relief: fast).
    CommandResult render(const std::string& extra = "", const std::string& output = "") const {
        return run_campaignmap("render --data " + m_data.data() +
                               " --year 1645 --page 400x300 --relief off -o " +
                               (output.empty() ? m_data.out("map.png") : output) + " " + extra);
    }
    CommandResult geocode(const std::string& article) const {
        return run_campaignmap("geocode --data " + m_data.data() + " " +
                               (cm::test::kBadFixtures / article).string() + " -o " +
                               m_data.out("places.geojson"));
    }
    std::string data_file(const std::string& relative) const {
        return m_data.data() + "/" + relative;
    }

    /// One error line: "campaignmap: " + @p prefix ... @p what, exit @p status, no output.
    void expect_error(const CommandResult& r, int status, const std::string& prefix,
                      const std::string& what) const {
        EXPECT_EQ(r.status, status) << r.output;
        EXPECT_EQ(r.output.rfind("campaignmap: " + prefix, 0), 0u) << r.output;
        EXPECT_NE(r.output.find(what), std::string::npos) << r.output;
        EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 1) << r.output;
        EXPECT_TRUE(m_data.outputs().empty()) << "left behind: " << m_data.outputs().front();
    }

    /// Replaces @p relative with @p fixture, renders, expects a data error naming the file,
    /// then puts the valid file back so the next case in the same test starts clean.
    void expect_data_error(const std::string& relative, const std::string& fixture,
                           const std::string& record_and_what) const {
        m_data.replace(relative, fixture);
        expect_error(render(), kError, data_file(relative) + ": ", record_and_what);
        m_data.replace(relative, "base/" + relative);
    }

    ScratchData m_data;
};

}  // namespace

TEST_F(BadInput, ValidBaseDatasetRenders) {
    const CommandResult r = render();
    EXPECT_EQ(r.status, 0) << r.output;
    EXPECT_EQ(m_data.outputs(), std::vector<std::string>{"map.png"});
}

TEST_F(BadInput, MalformedGeoJson) {
    expect_data_error("gazetteer.geojson", "gazetteer-malformed.geojson", "cannot open as GeoJSON");
}

TEST_F(BadInput, MalformedToml) {
    expect_data_error("history/events.toml", "events-malformed.toml",
                      "line 5: Error while parsing key-value pair");
}

TEST_F(BadInput, WrongTypeInToml) {
    expect_data_error("history/events.toml", "events-wrong-type.toml",
                      "event 'siege-of-sayram-1645': 'year': years must be integers");
}

TEST_F(BadInput, WrongTypeInGeoJson) {
    expect_data_error("gazetteer.geojson", "gazetteer-wrong-type.geojson",
                      "feature 'sayram': unknown certainty '1'");
}

TEST_F(BadInput, MissingFieldInToml) {
    expect_data_error("history/events.toml", "events-missing-field.toml",
                      "event 'siege-of-sayram-1645': 'source': missing");
}

TEST_F(BadInput, MissingFieldInGeoJson) {
    expect_data_error("gazetteer.geojson", "gazetteer-missing-name.geojson",
                      "feature 'sayram': missing property 'name'");
}

TEST_F(BadInput, UnknownPlaceId) {
    expect_data_error("history/events.toml", "events-unknown-place.toml",
                      "event 'siege-of-sayram-1645': place: unknown place id 'nowhere'");
}

TEST_F(BadInput, UnknownPolityId) {
    expect_data_error("history/control.toml", "control-unknown-polity.toml",
                      "control 'west from 1640': polity: unknown polity id 'no-such-polity'");
}

TEST_F(BadInput, RegionGivenAsPolygon) {
    expect_data_error("history/regions.geojson", "regions-polygon.geojson",
                      "region 'east': geometry must be a Point inside the region");
}

TEST_F(BadInput, BordersThatCrossWithoutANode) {
    m_data.replace("history/borders.geojson", "borders-crossing.geojson");
    const CommandResult r = run_campaignmap("check --data " + m_data.data());
    EXPECT_EQ(r.status, kError) << r.output;
    EXPECT_NE(r.output.find(data_file("history/borders.geojson") +
                            ": border 'south-east': geometry: meets border 'middle' at lon "
                            "70.8571, lat 41.0000 without a shared node"),
              std::string::npos)
        << r.output;
    // The map checks the topology while it is made, and writes nothing when it fails.
    const CommandResult drawn = render();
    EXPECT_EQ(drawn.status, kError) << drawn.output;
    EXPECT_NE(drawn.output.find(data_file("history/borders.geojson") +
                                ": border 'south-east': geometry: meets border 'middle'"),
              std::string::npos)
        << drawn.output;
    EXPECT_TRUE(m_data.outputs().empty());
    m_data.replace("history/borders.geojson", "base/history/borders.geojson");
}

TEST_F(BadInput, EmptyGeometry) {
    expect_data_error("gazetteer.geojson", "gazetteer-empty-geometry.geojson",
                      "feature 'sayram': geometry is missing");
    expect_data_error("history/regions.geojson", "regions-empty-geometry.geojson",
                      "region 'east': geometry is missing");
}

TEST_F(BadInput, NanCoordinate) {
    expect_data_error("gazetteer.geojson", "gazetteer-nan-coordinate.geojson",
                      "feature 'sayram': unsupported or empty geometry");
}

TEST_F(BadInput, OutOfRangeCoordinate) {
    expect_data_error("gazetteer.geojson", "gazetteer-out-of-range.geojson",
                      "feature 'sayram': coordinate out of range (69.770000, 95.000000)");
}

TEST_F(BadInput, HugeNumbers) {
    expect_data_error("gazetteer.geojson", "gazetteer-huge-number.geojson",
                      "feature 'sayram': coordinate is not a number");
    expect_data_error("history/events.toml", "events-huge-number.toml",
                      "line 5: Error while parsing decimal integer");
    expect_error(run_campaignmap("render --year 99999999999999 -o " + m_data.out("map.png")),
                 kUsage, "Could not convert: --year", "99999999999999");
    expect_error(render("--dpi 100000000"), kUsage, "--dpi 100000000", "expected 1..2400");
}

TEST_F(BadInput, YearsReversed) {
    expect_data_error("history/control.toml", "control-two-holders.toml",
                      "region 'east': from: two records from 1640");
    m_data.replace("history/control.toml", "base/history/control.toml");
    expect_error(run_campaignmap("render --data " + m_data.data() +
                                 " --from 1650 --to 1640 --relief off -o " + m_data.out("m.svg")),
                 kUsage, "years 1650 to 1640", "the first is after the last");
}

TEST_F(BadInput, YearsOutOfRange) {
    expect_data_error("history/events.toml", "events-year-out-of-range.toml",
                      "event 'siege-of-sayram-1645': 'year': year out of range");
    m_data.replace("history/events.toml", "base/history/events.toml");
    expect_error(run_campaignmap("render --data " + m_data.data() +
                                 " --year 3000 --relief off -o " + m_data.out("m.svg")),
                 kUsage, "--year 3000", "outside the history's years (1640-1650)");
    expect_error(run_campaignmap("export --data " + m_data.data() + " --year 1700 -o " +
                                 m_data.out("y.geojson")),
                 kUsage, "--year 1700", "outside the history's years (1640-1650)");
}

TEST_F(BadInput, NotUtf8Text) {
    expect_data_error("gazetteer.geojson", "gazetteer-not-utf8.geojson",
                      "feature 'sayram': property 'name' is not UTF-8 text");
    expect_data_error("history/polities.toml", "polities-not-utf8.toml", "line 3:");
    const std::string article = (cm::test::kBadFixtures / "article-not-utf8.txt").string();
    expect_error(geocode("article-not-utf8.txt"), kError,
                 article + ": line 3: ", "not UTF-8 text (byte 26)");
}

TEST_F(BadInput, EmptyArticle) {
    const std::string article = (cm::test::kBadFixtures / "article-empty.txt").string();
    expect_error(geocode("article-empty.txt"), kError, article + ": ", "the article is empty");
}

TEST_F(BadInput, UnknownStyleKey) {
    const std::string style = (cm::test::kBadFixtures / "style-unknown-key.toml").string();
    expect_error(render("--style " + style), kError, style + ": ", "'page.frame_ptt': unknown key");
}

TEST_F(BadInput, StyleOfWrongTypeOrMalformed) {
    std::string style = (cm::test::kBadFixtures / "style-wrong-type.toml").string();
    expect_error(render("--style " + style), kError, style + ": ",
                 "'page.frame_pt': expected a number");
    style = (cm::test::kBadFixtures / "style-malformed.toml").string();
    expect_error(render("--style " + style), kError, style + ": line 4: ", "expected ']'");
}

TEST_F(BadInput, MissingFont) {
    const std::string style = (cm::test::kBadFixtures / "style-missing-font.toml").string();
    expect_error(render("--style " + style), kError, style + ": ",
                 "'fonts.title.family': expected \"Noto Sans\" or \"Noto Serif\"");
}

TEST_F(BadInput, ProjectionThatCannotShowTheExtent) {
    expect_error(render("--projection '+proj=ortho +lat_0=-90 +lon_0=-110'"), kError,
                 "projection '+proj=ortho +lat_0=-90 +lon_0=-110'", "cannot show lon/lat");
    expect_error(render("--projection '+proj=nonsense'"), kUsage, "projection '+proj=nonsense'",
                 "Invalid value");
}

TEST_F(BadInput, MissingOutputDirectory) {
    const std::string out = m_data.out("no/map.png");
    expect_error(render("", out), kError, out + ": ", "does not exist");
}

TEST_F(BadInput, UnwritableOutputDirectory) {
    // procfs refuses new files even to root, unlike a directory without write permission.
    const std::string out = "/proc/campaignmap-map.png";
    expect_error(render("", out), kError, out + ": ", "cannot write in '/proc'");
}

TEST_F(BadInput, UnknownOutputExtension) {
    const std::string out = m_data.out("map.bmp");
    expect_error(render("", out), kError, out + ": ", "unknown output format '.bmp'");
}

TEST_F(BadInput, FullDisk) {
    // dash counts ulimit -f in 512-byte blocks: 8 KiB is far less than the map.
    const CommandResult r =
        run_on_full_disk("render --data " + m_data.data() +
                             " --year 1645 --page 400x300 --relief off -o " + m_data.out("map.png"),
                         8);
    expect_error(r, kError, m_data.out("map.png") + ": ", "disk full");
}

TEST_F(BadInput, FiftyMegabyteArticleIsGeocodedWithBoundedTimeAndMemory) {
    if (sanitized())
        GTEST_SKIP() << "timing and memory bounds are for the plain build";
    const std::string text = cm::test::read_bytes(cm::test::kBadFixtures / "article-ok.txt");
    const std::size_t copies = (50u << 20) / text.size() + 1;
    {
        std::ofstream big(m_data.root() / "big.txt", std::ios::binary);
        for (std::size_t i = 0; i < copies; ++i)
            big << text;
    }
    const auto start = std::chrono::steady_clock::now();
    const CommandResult r =
        run_campaignmap("geocode --data " + m_data.data() + " " +
                        (m_data.root() / "big.txt").string() + " -o " + m_data.out("places.csv"));
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start);
    rusage usage{};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    EXPECT_EQ(r.status, 0) << r.output;
    // Each copy names Talas valley, Sayram and Turkistan once.
    EXPECT_NE(r.output.find("in " + std::to_string(3 * copies) + " mention(s)"), std::string::npos)
        << r.output;
    EXPECT_LT(usage.ru_maxrss, 2L << 20) << "peak KiB";
    EXPECT_LT(seconds.count(), 300.0);
    RecordProperty("seconds", std::to_string(seconds.count()));
    RecordProperty("peak_kib", std::to_string(usage.ru_maxrss));
}

TEST_F(BadInput, CheckListsEveryProblemWithFileRecordAndReason) {
    m_data.replace("history/events.toml", "events-unknown-place.toml");
    m_data.replace("history/control.toml", "control-two-holders.toml");
    const CommandResult r = run_campaignmap("check --data " + m_data.data());
    EXPECT_EQ(r.status, kError) << r.output;
    EXPECT_NE(r.output.find("campaignmap: " + data_file("history/events.toml") +
                            ": event 'siege-of-sayram-1645': place: unknown place id 'nowhere'\n"),
              std::string::npos)
        << r.output;
    EXPECT_NE(r.output.find("campaignmap: " + data_file("history/control.toml") +
                            ": region 'east': from: two records from 1640"),
              std::string::npos)
        << r.output;
    EXPECT_NE(r.output.find("problem(s) found"), std::string::npos) << r.output;
    m_data.replace("history/events.toml", "base/history/events.toml");
    m_data.replace("history/control.toml", "base/history/control.toml");
    const CommandResult ok = run_campaignmap("check --data " + m_data.data());
    EXPECT_EQ(ok.status, 0) << ok.output;
    EXPECT_EQ(ok.output.rfind("ok: ", 0), 0u) << ok.output;
}
