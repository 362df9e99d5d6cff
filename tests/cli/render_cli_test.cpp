// campaignmap render from the command line: outputs by extension, reproducible bytes,
// one-line errors with exit status 2 (usage) or 1 (other), and no file left behind.

#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "run_command.hpp"

namespace {

namespace fs = std::filesystem;
using cm::test::run_campaignmap;

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class RenderCli : public ::testing::Test {
  protected:
    void SetUp() override {
        dir = fs::temp_directory_path() / ("cm-render-cli-" + std::to_string(::getpid()));
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }
    std::string out(const std::string& name) const { return (dir / name).string(); }
    fs::path dir;
};

TEST_F(RenderCli, YearMapInEveryFormatIsReproducible) {
    for (const char* ext : {"svg", "pdf", "png"}) {
        const std::string args = std::string("render --year 1643 --page 640x400 --relief off -o ");
        const auto first = run_campaignmap(args + out(std::string("a.") + ext));
        ASSERT_EQ(first.status, 0) << first.output;
        ASSERT_EQ(run_campaignmap(args + out(std::string("b.") + ext)).status, 0);
        const std::string a = slurp(dir / (std::string("a.") + ext));
        EXPECT_GT(a.size(), 1000u) << ext;
        EXPECT_TRUE(a == slurp(dir / (std::string("b.") + ext))) << ext << " differs between runs";
    }
}

/// The ids `--verbose` lists as "label dropped: ID" in @p output.
std::set<std::string> dropped_ids(const std::string& output) {
    std::set<std::string> ids;
    const std::regex line("campaignmap: label dropped: ([^\n]+)");
    for (auto it = std::sregex_iterator(output.begin(), output.end(), line);
         it != std::sregex_iterator(); ++it)
        ids.insert((*it)[1].str());
    return ids;
}

/// The events `--verbose` reports as listed in the event list ("event listed: 3 event:<id>").
std::set<std::string> listed_event_ids(const std::string& output) {
    std::set<std::string> ids;
    const std::regex line("campaignmap: event listed: [0-9]+ event:([^\n]+)");
    for (auto it = std::sregex_iterator(output.begin(), output.end(), line);
         it != std::sregex_iterator(); ++it)
        ids.insert("event_" + (*it)[1].str());
    return ids;
}

/// @p ids with each callout of several events ("event_a_b", from "event:a+b": event ids have
/// no '_') split into one id per event.
std::set<std::string> one_per_event(const std::set<std::string>& ids) {
    std::set<std::string> out;
    for (const std::string& id : ids) {
        if (id.rfind("event_", 0) != 0) {
            out.insert(id);
            continue;
        }
        std::size_t from = 6;
        for (std::size_t to; (to = id.find('_', from)) != std::string::npos; from = to + 1)
            out.insert("event_" + id.substr(from, to - from));
        out.insert("event_" + id.substr(from));
    }
    return out;
}

/// The SVG writer's form of a data id in an element id (svg_markup.cpp: id_part).
std::string svg_id_part(const std::string& id) {
    std::string out;
    for (const char ch : id)
        out += std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_' || ch == '.'
                   ? ch
                   : '_';
    return out;
}

/// The labels drawn in @p svg: the ids of its label elements, as the SVG writer spells them
/// (without the ".2", ".3"... of the letters of a name along a river).
std::set<std::string> drawn_label_ids(const std::string& svg) {
    std::set<std::string> ids;
    const std::regex element(R"(<(?:text|g) id="label\.([^"]+?)(?:\.[0-9]+)?" class="label)");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), element);
         it != std::sregex_iterator(); ++it)
        ids.insert((*it)[1].str());
    return ids;
}

// The small page has no room for every name: `--verbose` must list exactly the labels that
// are not drawn. Each one listed is absent from the SVG, and every town and event the roomy
// page names is, on the small page, either named (an event in its cluster's callout), listed
// as dropped, or in the event list: none vanishes unreported. (Areas
// too small on a page to hold their name, and rivers too minor at its scale, are not asked
// for there, so they are left out of the comparison.)
TEST_F(RenderCli, VerboseListsExactlyTheLabelsThatAreNotDrawn) {
    const std::string args = "render --war 1635-1658 --relief off --verbose --page ";
    const auto small = run_campaignmap(args + "400x300 -o " + out("small.svg"));
    ASSERT_EQ(small.status, 0) << small.output;
    const auto roomy = run_campaignmap(args + "1600x1200 --dpi 96 -o " + out("roomy.svg"));
    ASSERT_EQ(roomy.status, 0) << roomy.output;
    const std::set<std::string> drawn = drawn_label_ids(slurp(dir / "small.svg"));
    const std::set<std::string> dropped = dropped_ids(small.output);
    ASSERT_FALSE(drawn.empty());
    for (const std::string& id : dropped)
        EXPECT_FALSE(drawn.count(svg_id_part(id))) << id << " is reported dropped but drawn";
    std::set<std::string> accounted = one_per_event(drawn);
    for (const std::string& id : dropped)
        accounted.insert(svg_id_part(id));
    accounted.merge(listed_event_ids(small.output));
    for (const std::string& id : one_per_event(drawn_label_ids(slurp(dir / "roomy.svg"))))
        if (id.rfind("place_", 0) == 0 || id.rfind("event_", 0) == 0) {
            EXPECT_TRUE(accounted.count(id)) << id << " is neither drawn nor reported";
        }
}

TEST_F(RenderCli, BadPageIsUsageError) {
    const auto r = run_campaignmap("render --year 1643 --page a9 -o " + out("x.png"));
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.output.rfind("campaignmap: --page 'a9': expected", 0), 0u) << r.output;
    EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 1);
    EXPECT_FALSE(fs::exists(dir / "x.png"));
}

TEST_F(RenderCli, UnknownExtensionIsAnErrorAndWritesNothing) {
    const auto r = run_campaignmap("render --year 1643 -o " + out("x.jpg"));
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.output.find("unknown output format '.jpg'"), std::string::npos) << r.output;
    EXPECT_TRUE(fs::is_empty(dir));
}

TEST_F(RenderCli, UnwritableDirectoryIsAnError) {
    // (A page that keeps the map within the Natural Earth extract: no note before the error.)
    const auto r = run_campaignmap("render --year 1643 --page 640x400 --relief off -o " +
                                   out("missing/x.png"));
    EXPECT_EQ(r.status, 1) << r.output;
    EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 1);
    EXPECT_FALSE(fs::exists(dir / "missing"));
}

TEST_F(RenderCli, StyleErrorNamesFileAndKey) {
    std::ofstream(dir / "bad.toml") << "[routes]\nwidht = 3\n";
    const auto r =
        run_campaignmap("render --year 1643 --style " + out("bad.toml") + " -o " + out("x.png"));
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.output.find("bad.toml: 'routes.widht': unknown key"), std::string::npos)
        << r.output;
    EXPECT_FALSE(fs::exists(dir / "x.png"));
}

TEST_F(RenderCli, YearsAreRequired) {
    const auto r = run_campaignmap("render -o " + out("x.png"));
    EXPECT_EQ(r.status, 2) << r.output;
}

}  // namespace
