// `--verbose` names every label placed over a route, and with which route.

#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "run_command.hpp"
#include "tests/temp_dir.hpp"

namespace {

using cm::test::run_campaignmap;

TEST(LabelRouteCrossings, VerboseNamesTheLabelAndTheRouteItCrosses) {
    // The 1635-1658 war map's Syr Darya towns have more events and routes than room: some
    // labels there can only cross a route.
    const cm::test::TempDir dir("cm-label-routes");
    const auto r = run_campaignmap("render --war 1635-1658 --relief off --verbose -o " +
                                   (dir.path / "war.svg").string());
    ASSERT_EQ(r.status, 0) << r.output;
    const std::regex crossing(
        R"(campaignmap: label crosses route: ((event|place|area|river):\S+) over route:\S+#\d+)");
    const std::regex dropped(R"(campaignmap: label dropped: (\S+))");
    std::set<std::string> crossing_labels, dropped_labels;
    std::istringstream lines(r.output);
    for (std::string line; std::getline(lines, line);) {
        std::smatch m;
        if (line.find("label crosses route") != std::string::npos) {
            ASSERT_TRUE(std::regex_match(line, m, crossing)) << line;
            EXPECT_TRUE(crossing_labels.insert(m[1]).second) << "reported twice: " << line;
        }
        if (std::regex_match(line, m, dropped))
            dropped_labels.insert(m[1]);
    }
    EXPECT_FALSE(crossing_labels.empty()) << r.output;
    for (const std::string& id : crossing_labels)
        EXPECT_EQ(dropped_labels.count(id), 0u) << id << " is both placed and dropped";
}

}  // namespace
