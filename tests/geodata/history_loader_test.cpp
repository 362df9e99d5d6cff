// The history loaders: the project's data loads completely, and broken files fail with one
// DataError naming the file, the record and the key (never a crash).

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "geodata/io/history_loader.hpp"
#include "geodata/model/error.hpp"
#include "tests/temp_dir.hpp"

namespace {

const std::string kHistory = std::string(CM_SOURCE_DIR) + "/geodata/history";
const std::string kBroken = std::string(CM_TEST_FIXTURES) + "/history/broken/";

/// @returns the message of the DataError @p load throws, or "" when it throws none.
template <typename Load>
std::string error_of(Load load) {
    try {
        load();
    } catch (const cm::DataError& e) {
        return e.what();
    }
    return {};
}

bool mentions(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

cm::Atlas project_history() {
    cm::Atlas atlas;
    cm::load_history(kHistory, atlas);
    return atlas;
}

}  // namespace

TEST(HistoryLoader, LoadsProjectPolitiesWithColourKeys) {
    const cm::Atlas atlas = project_history();
    for (const char* id : {"kazakh-khanate", "dzungar-khanate", "khanate-of-bukhara",
                           "khoshut-khanate", "qing", "tsardom-of-russia", "khalkha-mongols",
                           "yarkent-khanate", "altan-khanate", "kalmyks", "kyrgyz"}) {
        const cm::Polity* p = cm::find_polity(atlas, id);
        ASSERT_NE(p, nullptr) << id;
        EXPECT_FALSE(p->colour_key.empty()) << id;
    }
}

TEST(HistoryLoader, LoadsBothWars) {
    const cm::Atlas atlas = project_history();
    const cm::War* first = cm::find_war(atlas, "1635-1658");
    const cm::War* second = cm::find_war(atlas, "1681-1684");
    ASSERT_NE(first, nullptr);
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(first->years, (cm::YearRange{1635, 1658}));
    EXPECT_EQ(second->years, (cm::YearRange{1681, 1684}));
    EXPECT_FALSE(first->extent);  // fitted to the places involved
    ASSERT_TRUE(second->extent);  // the theatre, without Lhasa and Baraba
    EXPECT_EQ(second->extent->west, 58.0);
    EXPECT_EQ(second->extent->south, 36.0);
    EXPECT_EQ(second->extent->east, 90.0);
    EXPECT_EQ(second->extent->north, 54.0);
}

TEST(HistoryLoader, WarExtentMustBeWestSouthEastNorth) {
    for (const char* file : {"wars-extent-reversed.toml", "wars-extent-three-numbers.toml"}) {
        const std::string message = error_of([&] { cm::load_wars(kBroken + file); });
        EXPECT_TRUE(mentions(message, "war '1681-1684': 'extent': must"))
            << file << ": " << message;
    }
}

TEST(HistoryLoader, EveryRecordCitesAnArticleSection) {
    const cm::Atlas atlas = project_history();
    auto cites = [](const std::string& source) {
        return mentions(source, "kazakh-dzungar-war-16") && mentions(source, ", ");
    };
    // Where the articles are silent (the neighbours at the frame), a standard reference:
    // an author, a title and its year in brackets.
    auto names_reference = [](const std::string& source) {
        const auto open = source.find(" (");
        return open != std::string::npos && open + 6 < source.size() &&
               std::isdigit(static_cast<unsigned char>(source[open + 2])) &&
               source[open + 6] == ')';
    };
    for (const auto& e : atlas.events)
        EXPECT_TRUE(cites(e.source)) << e.id;
    for (const auto& c : atlas.campaigns)
        EXPECT_TRUE(cites(c.source)) << c.id;
    for (const auto& c : atlas.control)
        EXPECT_TRUE(cites(c.source) ||
                    (c.certainty == cm::Certainty::uncertain && names_reference(c.source)))
            << c.region_id;
    for (const auto& r : atlas.regions)
        EXPECT_TRUE(cites(r.source) || names_reference(r.source)) << r.id;
}

TEST(HistoryLoader, StrengthsAreAsStated) {
    const cm::Atlas atlas = project_history();
    std::vector<long> stated;
    for (const auto& e : atlas.events)
        for (const auto& s : e.strengths)
            stated.push_back(s.count);
    for (long n : {80000L, 38000L, 3000L, 10000L, 16000L})
        EXPECT_NE(std::find(stated.begin(), stated.end(), n), stated.end()) << n;
    const auto battle =
        std::find_if(atlas.events.begin(), atlas.events.end(),
                     [](const cm::Event& e) { return e.id == "galdamba-abushuker-battle"; });
    ASSERT_NE(battle, atlas.events.end());
    ASSERT_EQ(battle->strengths.size(), 2u);
    EXPECT_EQ(battle->strengths[1].side, "khanate-of-bukhara");
    EXPECT_EQ(battle->strength, 3000);
}

TEST(HistoryLoader, NamedEventsCarryTheirYears) {
    const cm::Atlas atlas = project_history();
    auto years_of = [&](const std::string& id) {
        for (const auto& e : atlas.events)
            if (e.id == id)
                return e.years;
        return cm::YearRange{-1, -1};
    };
    EXPECT_EQ(years_of("bloody-hills-1637"), (cm::YearRange{1637, 1637}));
    EXPECT_EQ(years_of("orbulaq-1643"), (cm::YearRange{1643, 1643}));
    EXPECT_EQ(years_of("battle-of-turkistan-1652"), (cm::YearRange{1652, 1652}));
    EXPECT_EQ(years_of("sayram-siege-1681"), (cm::YearRange{1681, 1681}));
    EXPECT_EQ(years_of("sayram-siege-1683"), (cm::YearRange{1683, 1683}));
    EXPECT_EQ(years_of("jao-modo-1696"), (cm::YearRange{1696, 1696}));
    EXPECT_EQ(years_of("altishahr-conquest-1679"), (cm::YearRange{1679, 1680}));
}

TEST(HistoryLoader, LegsWithASpanKeepItsLastYear) {
    const cm::Atlas atlas = project_history();
    for (const auto& c : atlas.campaigns)
        if (c.id == "abushuker-1652") {
            ASSERT_EQ(c.legs.size(), 1u);
            EXPECT_EQ(c.legs[0].year, 1652);
            EXPECT_EQ(c.legs[0].last_year, 1658);
            EXPECT_EQ(c.strength, 38000);
            return;
        }
    FAIL() << "campaign abushuker-1652 not loaded";
}

TEST(HistoryLoader, ValidFixtureLoads) {
    const auto events = cm::load_events(kBroken + "events-ok.toml");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].type, cm::EventType::siege);
    EXPECT_EQ(events[0].years, (cm::YearRange{1681, 1681}));
}

struct BrokenCase {
    const char* file;
    const char* expected;  ///< part of the message
};

class BrokenEvents : public testing::TestWithParam<BrokenCase> {};

TEST_P(BrokenEvents, FailsNamingFileRecordAndKey) {
    const BrokenCase c = GetParam();
    const std::string path = kBroken + c.file;
    const std::string message = error_of([&] { cm::load_events(path); });
    ASSERT_FALSE(message.empty()) << c.file << " loaded without error";
    EXPECT_EQ(message.rfind(path, 0), 0u) << message;
    EXPECT_TRUE(mentions(message, c.expected)) << message;
}

INSTANTIATE_TEST_SUITE_P(
    HistoryLoader, BrokenEvents,
    testing::Values(
        BrokenCase{"events-unknown-key.toml", "event 'siege-1681': 'widht': unknown key"},
        BrokenCase{"events-year-as-text.toml", "'year': years must be integers"},
        BrokenCase{"events-missing-source.toml", "'source': missing"},
        BrokenCase{"events-year-and-years.toml", "not both"},
        BrokenCase{"events-unknown-type.toml", "unknown event type 'skirmish'"},
        BrokenCase{"events-unknown-certainty.toml", "unknown certainty 'probably'"},
        BrokenCase{"events-negative-strength.toml", "'count': must be positive"},
        BrokenCase{"events-bad-syntax.toml", "line 12"},
        BrokenCase{"events-unknown-top-key.toml", "unknown key 'title'"},
        BrokenCase{"events-sides-not-array.toml", "'sides': must be an array of strings"},
        BrokenCase{"events-uncertain-without-note.toml", "needs a note"},
        BrokenCase{"events-duplicate-id.toml", "duplicate id 'siege-1681'"},
        BrokenCase{"no-such-file.toml", "no-such-file.toml"}),
    [](const testing::TestParamInfo<BrokenCase>& param_info) {
        std::string name = param_info.param.file;
        name = name.substr(0, name.find('.'));
        std::replace(name.begin(), name.end(), '-', '_');
        return name;
    });

TEST(HistoryLoader, FileWithoutRecordsLoadsEmpty) {
    EXPECT_TRUE(cm::load_events(kBroken + "events-empty.toml").empty());
}

TEST(HistoryLoader, CampaignWithoutLegsIsAnError) {
    const std::string message =
        error_of([] { cm::load_campaigns(kBroken + "campaigns-no-legs.toml"); });
    EXPECT_TRUE(mentions(message, "campaign 'march': 'leg'")) << message;
}

TEST(HistoryLoader, UnknownKeyInALegNamesTheLeg) {
    const std::string message =
        error_of([] { cm::load_campaigns(kBroken + "campaigns-leg-unknown-key.toml"); });
    EXPECT_TRUE(mentions(message, "campaign 'march' leg #1")) << message;
    EXPECT_TRUE(mentions(message, "'road': unknown key")) << message;
}

TEST(HistoryLoader, ControlFromMustBeAYear) {
    const std::string message =
        error_of([] { cm::load_control(kBroken + "control-from-not-a-year.toml"); });
    EXPECT_TRUE(mentions(message, "'from': years must be integers")) << message;
}

TEST(HistoryLoader, BrokenRegionFilesFail) {
    EXPECT_TRUE(
        mentions(error_of([] { cm::load_regions(kBroken + "regions-unknown-property.geojson"); }),
                 "unknown property 'colour'"));
    EXPECT_TRUE(mentions(error_of([] { cm::load_regions(kBroken + "regions-polygon.geojson"); }),
                         "region 'a': geometry must be a Point"));
    EXPECT_FALSE(error_of([] { cm::load_regions(kBroken + "regions-truncated.geojson"); }).empty());
}

TEST(HistoryLoader, EventsCutAtEveryLengthLoadOrFailCleanly) {
    std::ifstream in(kBroken + "events-ok.toml");
    std::stringstream whole;
    whole << in.rdbuf();
    const std::string text = whole.str();
    const cm::test::TempDir dir("cm-history-cut");
    const std::string path = dir / "events.toml";
    int failures = 0;
    for (std::size_t n = 0; n < text.size(); ++n) {
        std::ofstream(path, std::ios::trunc) << text.substr(0, n);
        try {
            cm::load_events(path);
        } catch (const cm::DataError&) {
            ++failures;
        }
    }
    EXPECT_GT(failures, static_cast<int>(text.size() / 2));  // most cuts lose a required key
}
