#include <gtest/gtest.h>

#include <array>
#include <cstdio>
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

// FFmpeg brings some ninety shared libraries; loading them cost every command about 30 ms at
// start-up. Only `animate` needs them, from the encoder module it loads on demand.
TEST(Cli, StartsWithoutLoadingFfmpeg) {
    const std::string cmd = std::string("LD_TRACE_LOADED_OBJECTS=1 ") + CM_BINARY + " 2>&1";
    std::string loaded;
    FILE* pipe = popen(cmd.c_str(), "r");
    ASSERT_NE(pipe, nullptr);
    std::array<char, 4096> buf{};
    while (std::fgets(buf.data(), static_cast<int>(buf.size()), pipe))
        loaded += buf.data();
    pclose(pipe);
    ASSERT_NE(loaded.find("libgdal"), std::string::npos) << loaded;
    for (const char* lib : {"libavcodec", "libavformat", "libswscale", "libimagequant"})
        EXPECT_EQ(loaded.find(lib), std::string::npos) << lib;
}
