// Hostile input that used to hang or explode (issue 17): each case runs the binary under a
// timeout and expects, promptly, the one line "campaignmap: <file>: <record>: <what>", the
// right exit status and an empty output directory. Unit tests of the same limits are in
// tests/geodata/input_file_test.cpp, toml_limits_test.cpp, name_lengths_check_test.cpp and
// tests/render/style_ranges_test.cpp, frame_manifest_test.cpp, labels_long_names_test.cpp.

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>

#include <sys/stat.h>

#include "tests/cli/run_command.hpp"
#include "tests/cli/scratch_data.hpp"

namespace {

namespace fs = std::filesystem;
using cm::test::CommandResult;
using cm::test::ScratchData;

constexpr int kError = 1;
constexpr int kUsage = 2;
constexpr int kTimeoutSeconds = 30;
/// What `timeout` exits with when it had to kill the command.
constexpr int kKilled = 124;

/// Runs campaignmap with @p args, killed after kTimeoutSeconds: a hang fails the test instead
/// of blocking the suite.
CommandResult run_bounded(const std::string& args) {
    return cm::test::run_shell("timeout -k 5 " + std::to_string(kTimeoutSeconds) + " " +
                               std::string(CM_BINARY) + " " + args + " </dev/null");
}

std::string dotted(std::size_t parts) {
    std::string key = "k";
    for (std::size_t i = 1; i < parts; ++i)
        key += ".k";
    return key;
}

class HostileLimits : public testing::Test {
  protected:
    /// Renders 1645 of the scratch dataset into out/map.png, small and (unless @p relief
    /// names a file) without relief.
    CommandResult render(const std::string& extra, const std::string& relief = "off") const {
        return run_bounded("render --data " + m_data.data() +
                           " --year 1645 --page 400x300 --relief " + relief + " -o " +
                           m_data.out("map.png") + " " + extra);
    }

    /// One line "campaignmap: " + @p prefix ... @p what, status @p status, nothing written.
    void expect_error(const CommandResult& r, int status, const std::string& prefix,
                      const std::string& what) const {
        EXPECT_NE(r.status, kKilled) << "timed out: " << r.output;
        EXPECT_EQ(r.status, status) << r.output;
        EXPECT_EQ(r.output.rfind("campaignmap: " + prefix, 0), 0u) << r.output;
        EXPECT_NE(r.output.find(what), std::string::npos) << what << "\n" << r.output;
        EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 1) << r.output;
        EXPECT_EQ(r.output.find("internal error"), std::string::npos) << r.output;
        EXPECT_TRUE(m_data.outputs().empty()) << "left behind: " << m_data.outputs().front();
    }

    /// Replaces data file @p relative by a named pipe (nobody ever writes to it).
    std::string make_fifo(const fs::path& path) const {
        fs::remove(path);
        EXPECT_EQ(::mkfifo(path.c_str(), 0600), 0) << path;
        return path.string();
    }

    std::string data(const std::string& relative) const { return m_data.data() + "/" + relative; }
    std::string scratch(const std::string& name) const { return (m_data.root() / name).string(); }

    /// A frame directory of 2 frames (1645, 1646) made by animate itself.
    std::string frame_dir() const {
        const std::string dir = scratch("frames");
        const CommandResult r =
            run_bounded("animate --data " + m_data.data() +
                        " --from 1645 --to 1646 --page 320x180 --dpi 16 --relief off -q -o " + dir);
        EXPECT_EQ(r.status, 0) << r.output;
        return dir;
    }

    ScratchData m_data;
};

}  // namespace

TEST_F(HostileLimits, KeyOfFiftyThousandPartsInAHistoryFileOrAStyle) {
    cm::test::write_bytes(data("history/events.toml"), "[" + dotted(50000) + "]\nx = 1\n");
    expect_error(render(""), kError, data("history/events.toml") + ": line 1: ",
                 "a dotted key or table header of 50000 parts (at most 32)");
    m_data.replace("history/events.toml", "base/history/events.toml");
    cm::test::write_bytes(scratch("style.toml"), "[page]\n" + dotted(50000) + " = 1\n");
    expect_error(render("--style " + scratch("style.toml")), kError,
                 scratch("style.toml") + ": line 2: ",
                 "a dotted key or table header of 50000 parts (at most 32)");
    cm::test::write_bytes(scratch("style.toml"), "a = " + std::string(50000, '[') + "\n");
    expect_error(render("--style " + scratch("style.toml")), kError, scratch("style.toml") + ": ",
                 "line 1: arrays or inline tables nested more than 32 deep");
}

TEST_F(HostileLimits, NumericStyleValuesOutOfRange) {
    const struct {
        const char* table;
        const char* line;
        const char* what;
    } cases[] = {
        {"territories", "border_pt = 1e30", "'territories.border_pt': expected 0..20, got 1e+30"},
        {"territories", "border_pt = nan", "'territories.border_pt': expected 0..20, got nan"},
        {"symbols", "settlement_mm = 1e30", "'symbols.settlement_mm': expected 0..20, got 1e+30"},
        {"page", "margin_mm = 1e30", "'page.margin_mm': expected 0..50, got 1e+30"},
        {"page", "frame_pt = inf", "'page.frame_pt': expected 0..20, got inf"},
        {"territories", "change_hatch_mm = 1e-10",
         "'territories.change_hatch_mm': expected 0.2..50, got 1e-10"},
        {"fonts.title", "size_pt = 1e30", "'fonts.title.size_pt': expected 2..144, got 1e+30"},
    };
    for (const auto& c : cases) {
        cm::test::write_bytes(scratch("style.toml"),
                              std::string("[") + c.table + "]\n" + c.line + "\n");
        expect_error(render("--style " + scratch("style.toml")), kError,
                     scratch("style.toml") + ": ", c.what);
    }
    // A value at 1e-10 inside its range draws, promptly.
    cm::test::write_bytes(scratch("style.toml"), "[territories]\nborder_pt = 1e-10\n");
    const CommandResult r = render("--style " + scratch("style.toml"));
    EXPECT_EQ(r.status, 0) << r.output;
}

TEST_F(HostileLimits, NamedPipeAsEachKindOfInputIsRefusedWithoutWaiting) {
    const std::string pipe_text = "is a named pipe (FIFO), not a regular file";
    for (const char* relative : {"gazetteer.geojson", "history/events.toml",
                                 "history/polities.toml", "history/regions.geojson"}) {
        make_fifo(data(relative));
        expect_error(render(""), kError, data(relative) + ": ", pipe_text);
        fs::remove(data(relative));
        m_data.replace(relative, std::string("base/") + relative);
    }
    const std::string fifo = make_fifo(scratch("pipe.toml"));
    expect_error(render("--style " + fifo), kError, fifo + ": ", pipe_text);
    expect_error(render("--style publication", fifo), kError, fifo + ": ", pipe_text);
    fs::create_directories(scratch("ne"));
    make_fifo(scratch("ne/ne_10m_land.geojson"));
    expect_error(render("--basemap " + scratch("ne")), kError, scratch("ne/ne_10m_land.geojson"),
                 pipe_text);
    // geocode: the article, and the dataset's list of names that are not places.
    cm::test::write_bytes(scratch("article.txt"), "Sayram.\n");
    expect_error(run_bounded("geocode --data " + m_data.data() + " " + fifo + " -o " +
                             m_data.out("p.geojson")),
                 kError, fifo + ": ", pipe_text);
    fs::create_directories(data("geocode"));
    make_fifo(data("geocode/not_places.txt"));
    expect_error(run_bounded("geocode --data " + m_data.data() + " " + scratch("article.txt") +
                             " -o " + m_data.out("p.geojson")),
                 kError, data("geocode/not_places.txt") + ": ", pipe_text);
    // The data directory itself.
    const std::string dir_fifo = make_fifo(scratch("data-pipe"));
    expect_error(run_bounded("check --data " + dir_fifo), kError, dir_fifo + ": ",
                 "data directory: is a named pipe (FIFO), not a directory");
}

TEST_F(HostileLimits, NamedPipeInAFrameDirectory) {
    const std::string dir = frame_dir();
    const std::string pipe_text = "is a named pipe (FIFO), not a regular file";
    make_fifo(dir + "/frame_00002.png");
    expect_error(run_bounded("animate -q --frames " + dir + " -o " + m_data.out("a.gif")), kError,
                 dir + "/frame_00002.png: ", pipe_text);
    make_fifo(dir + "/animation.toml");
    expect_error(run_bounded("animate -q --frames " + dir + " -o " + m_data.out("a.gif")), kError,
                 dir + "/animation.toml: ", pipe_text);
}

TEST_F(HostileLimits, TenThousandCharacterPolityNameIsACheckError) {
    std::string text = cm::test::read_bytes(data("history/polities.toml"));
    const std::string name = "name = \"Steppe Khanate\"";
    text.replace(text.find(name), name.size(), "name = \"" + std::string(10000, 'K') + "\"");
    cm::test::write_bytes(data("history/polities.toml"), text);
    const auto start = std::chrono::steady_clock::now();
    const CommandResult r = run_bounded("check --data " + m_data.data());
    EXPECT_EQ(r.status, kError) << r.output;
    EXPECT_NE(r.output.find("campaignmap: " + data("history/polities.toml") +
                            ": polity 'steppe-khanate': name: name of 10000 characters, more "
                            "than 200\n"),
              std::string::npos)
        << r.output;
    expect_error(render(""), kError, data("history/polities.toml") + ": polity 'steppe-khanate': ",
                 "name: name of 10000 characters, more than 200");
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
}

TEST_F(HostileLimits, BadFrameManifests) {
    const std::string dir = frame_dir();
    const std::string manifest = dir + "/animation.toml";
    const std::string good = cm::test::read_bytes(manifest);
    const auto with = [&](const std::string& key, const std::string& value) {
        const auto at = good.find("\n" + key + " = ") + 1;
        return good.substr(0, at) + key + " = " + value + good.substr(good.find('\n', at));
    };
    const std::pair<std::string, std::string> cases[] = {
        {with("frames_per_year", "-1"), "frames_per_year: expected 1..600, found -1"},
        {with("frame_count", "3"), "frame_count: 3 does not match the years and frames_per_year"},
        {with("fps", "nan"), "fps: expected more than 0 and at most 1000, found nan"},
        {with("width", "-320"), "width: expected 1..20000, found -320"},
        {with("last_year", "1600"), "last_year: 1600 is before first_year 1645"},
    };
    for (const auto& [text, what] : cases) {
        cm::test::write_bytes(manifest, text);
        expect_error(run_bounded("animate -q --frames " + dir + " -o " + m_data.out("a.gif")),
                     kError, manifest + ": ", what);
    }
    cm::test::write_bytes(manifest, with("width", "321"));
    expect_error(run_bounded("animate -q --frames " + dir + " -o " + m_data.out("a.gif")), kError,
                 dir + "/frame_00001.png: ", "is 320x180 pixels; animation.toml says 321x180");
    cm::test::write_bytes(manifest, good);
    fs::copy_file(dir + "/frame_00001.png", dir + "/frame_00003.png");
    expect_error(run_bounded("animate -q --frames " + dir + " -o " + m_data.out("a.gif")), kError,
                 dir + "/frame_00003.png: ", "frame beyond frame_count 2");
    fs::remove(dir + "/frame_00003.png");
    fs::remove(dir + "/frame_00002.png");
    expect_error(run_bounded("animate -q --frames " + dir + " -o " + m_data.out("a.gif")), kError,
                 dir + "/frame_00002.png: ", "frame missing");
}

TEST_F(HostileLimits, PageTimesDpiOverTheMemoryBudget) {
    const auto start = std::chrono::steady_clock::now();
    CommandResult r = run_bounded("render --data " + m_data.data() +
                                  " --year 1645 --page a3 --dpi 2400 -o " + m_data.out("map.png"));
    expect_error(
        r, kUsage, "--page a3 at 2400 dpi needs ",
        "GiB of pixels (28063 x 39685 px, 3 images at once), more than the 2.0 GiB budget");
    r = run_bounded("animate --data " + m_data.data() +
                    " --from 1645 --to 1646 --page 20000x20000 -j 2 -q -o " + m_data.out("a.mp4"));
    expect_error(r, kUsage, "--page 20000x20000 on ",
                 "2 worker thread(s) (-j) needs 11.9 GiB of pixels");
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
    // A PDF without relief draws no page of pixels: the same page and density are fine.
    r = run_bounded("render --data " + m_data.data() +
                    " --year 1645 --page a3 --dpi 2400 --relief off -o " + m_data.out("map.pdf"));
    EXPECT_EQ(r.status, 0) << r.output;
}

TEST_F(HostileLimits, DirectoryAsStyleAndSymlinkLoopAsData) {
    fs::create_directories(scratch("styles"));
    expect_error(render("--style " + scratch("styles")), kError, scratch("styles") + ": ",
                 "cannot read the style file: is a directory, not a regular file");
    fs::create_symlink(scratch("loop-b"), scratch("loop-a"));
    fs::create_symlink(scratch("loop-a"), scratch("loop-b"));
    for (const char* command : {"check", "render --year 1645 -o ", "export --year 1645 -o "}) {
        std::string args = std::string(command);
        if (args != "check")
            args += m_data.out(args.rfind("render", 0) == 0 ? "map.png" : "y.geojson");
        expect_error(run_bounded(args + " --data " + scratch("loop-a")), kError,
                     scratch("loop-a") + ": ", "data directory: a symbolic link loop");
    }
}
