#include <gtest/gtest.h>

#include <string>

#include "tests/cli/run_command.hpp"

using cm::test::CommandResult;
using cm::test::run_campaignmap;

TEST(Cli, HelpListsEverySubcommand) {
    const CommandResult r = run_campaignmap("--help");
    EXPECT_EQ(r.status, 0);
    for (const char* sub : {"geocode", "check", "export", "render", "animate"})
        EXPECT_NE(r.output.find(sub), std::string::npos) << sub;
}

TEST(Cli, VersionPrintsName) {
    const CommandResult r = run_campaignmap("--version");
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.output.find("campaignmap "), std::string::npos);
}

TEST(Cli, EverySubcommandHasHelpAndDataOption) {
    for (const char* sub : {"geocode", "check", "export", "render", "animate"}) {
        const CommandResult r = run_campaignmap(std::string(sub) + " --help");
        EXPECT_EQ(r.status, 0) << sub;
        EXPECT_NE(r.output.find("--data"), std::string::npos) << sub;
    }
}

TEST(Cli, UnknownOptionIsUsageErrorOnOneLine) {
    const CommandResult r = run_campaignmap("check --no-such-option");
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.output.rfind("campaignmap: ", 0), 0u) << r.output;
}

TEST(Cli, MissingSubcommandIsUsageError) {
    const CommandResult r = run_campaignmap("");
    EXPECT_EQ(r.status, 2);
}

TEST(Cli, MissingDataDirectoryIsErrorNamingIt) {
    const CommandResult r = run_campaignmap("check --data /nonexistent-campaignmap-data");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.output.find("campaignmap: /nonexistent-campaignmap-data"), std::string::npos)
        << r.output;
}
