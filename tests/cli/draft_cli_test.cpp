// `campaignmap draft`: drafts of events.toml and campaigns.toml from articles; measured on
// the seed articles against the hand-made events (README, Adding a war).

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "geodata/io/history_loader.hpp"
#include "tests/cli/run_command.hpp"
#include "tests/cli/scratch_data.hpp"
#include "tests/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path kSeeds = fs::path(CM_SHARED_DIR) / "seeds";

/// Hand-made events that a draft has the same type, place and one of the years of.
std::size_t recovered(const std::vector<cm::Event>& made, const std::vector<cm::Event>& drafts) {
    std::size_t n = 0;
    for (const cm::Event& e : made)
        for (const cm::Event& d : drafts)
            if (d.type == e.type && d.place_id == e.place_id && e.years.contains(d.years.first)) {
                ++n;
                break;
            }
    return n;
}

}  // namespace

TEST(DraftCli, RecoversAShareOfTheHandMadeEventsOfBothSeeds) {
    if (!fs::exists(kSeeds))
        GTEST_SKIP() << "no seed articles in " << kSeeds;
    const cm::test::TempDir dir("cm-draft");
    const auto r = cm::test::run_campaignmap("draft " + (kSeeds / "*.txt").string() + " -o " +
                                             (dir / "drafts"));
    ASSERT_EQ(r.status, 0) << r.output;
    const auto drafts = cm::load_events(dir / "drafts/events.toml");
    const auto made = cm::load_events(std::string(CM_SOURCE_DIR) + "/geodata/history/events.toml");
    for (const cm::Event& d : drafts)
        EXPECT_EQ(d.certainty, cm::Certainty::draft) << d.id;
    const std::size_t n = recovered(made, drafts);
    std::cout << "[ measured ] drafts recover " << n << " of " << made.size()
              << " hand-made events (same year, type and place)\n";
    EXPECT_GE(n * 100, made.size() * 30) << n << " of " << made.size();
}

TEST(DraftCli, RefusesAFileAsTheOutputDirectoryAndLeavesInputsAlone) {
    cm::test::ScratchData d;
    cm::test::write_bytes(d.out("a.txt"), "Title\n\nIn 1645 they besieged Sayram.\n");
    cm::test::write_bytes(d.out("file"), "x");
    const auto bad = cm::test::run_campaignmap("draft --data " + d.data() + " " + d.out("a.txt") +
                                               " -o " + d.out("file"));
    EXPECT_EQ(bad.status, 2) << bad.output;
    EXPECT_NE(bad.output.find("-o names a file; draft writes a directory"), std::string::npos);
    const auto into_data = cm::test::run_campaignmap(
        "draft --data " + d.data() + " " + d.out("a.txt") + " -o " + d.data() + "/history");
    EXPECT_EQ(into_data.status, 1) << into_data.output;
    EXPECT_NE(into_data.output.find("not writing over it"), std::string::npos) << into_data.output;
    const auto ok = cm::test::run_campaignmap("draft --data " + d.data() + " " + d.out("a.txt") +
                                              " -o " + d.out("drafts"));
    ASSERT_EQ(ok.status, 0) << ok.output;
    const std::string events = cm::test::read_bytes(d.out_dir() / "drafts/events.toml");
    EXPECT_NE(events.find("type = \"siege\"\nyear = 1645\nplace = \"sayram\""), std::string::npos)
        << events;
    EXPECT_NE(events.find("source = \"a, Introduction, offset 7\""), std::string::npos) << events;
}
