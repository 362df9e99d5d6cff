// Hostile outputs (issue 17, "Nothing lost"): a full disk, an output that is one of the run's
// inputs, an output that is a device, FIFO or directory, and standard output. Each refusal is
// one line naming the file, a non-zero exit, the inputs and the previous output byte for byte
// as they were, and no temporary file.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <sys/sysmacros.h>

#include "tests/cli/child_process.hpp"
#include "tests/cli/scratch_data.hpp"

namespace {

namespace fs = std::filesystem;
using cm::test::ChildOptions;
using cm::test::ChildResult;
using cm::test::read_bytes;
using cm::test::run_child;
using cm::test::ScratchData;
using cm::test::write_bytes;

const std::string kArticle = (cm::test::kBadFixtures / "article-ok.txt").string();
constexpr auto kQuick = std::chrono::seconds(20);  // a refusal never waits for anything

class HostileOutput : public testing::Test {
  protected:
    std::vector<std::string> render_args(const std::string& out,
                                         const std::string& relief = "off") const {
        return {"render",  "--data",   m_data.data(), "--year", "1645", "--page",
                "400x300", "--relief", relief,        "-o",     out};
    }
    std::vector<std::string> export_args(const std::string& out) const {
        return {"export", "--data", m_data.data(), "--year", "1645", "-o", out};
    }
    std::vector<std::string> geocode_args(const std::string& out) const {
        return {"geocode", "--data", m_data.data(), kArticle, "-o", out};
    }
    /// Hidden temporary files in the output directory.
    std::vector<std::string> temp_files() const {
        std::vector<std::string> found;
        for (const std::string& name : m_data.outputs())
            if (name.find(".tmp-") != std::string::npos)
                found.push_back(name);
        return found;
    }
    /// Expects a refusal: status, one line "campaignmap: <file>: ...<what>...", nothing on
    /// stdout, no temporary file.
    void expect_refused(const ChildResult& r, int status, const std::string& file,
                        const std::string& what) const {
        EXPECT_FALSE(r.timed_out);
        EXPECT_EQ(r.status, status) << r.err;
        EXPECT_EQ(r.err.rfind("campaignmap: " + file + ": ", 0), 0u) << r.err;
        EXPECT_NE(r.err.find(what), std::string::npos) << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
        EXPECT_TRUE(r.out.empty()) << r.out;
        EXPECT_TRUE(temp_files().empty());
    }
    ScratchData m_data;
};

/// Writes the output once in full, then again under a file-size limit of half its size:
/// the write must fail with the disk-full message and leave the first output as it was.
void check_full_disk(const HostileOutput& t, const std::vector<std::string>& args,
                     const std::string& target) {
    const ChildResult first = run_child(args);
    ASSERT_EQ(first.status, 0) << first.err;
    const std::string complete = read_bytes(target);
    ASSERT_GT(complete.size(), 64u);
    const std::string previous(complete.size() - 1, 'p');  // writable under the limit
    write_bytes(target, previous);
    ChildOptions limited;
    limited.file_size_limit = static_cast<long long>(complete.size() / 2);
    const ChildResult r = run_child(args, limited);
    EXPECT_EQ(r.signal, 0) << "killed by signal " << r.signal << " (SIGXFSZ not ignored?)";
    EXPECT_EQ(r.status, 1) << r.err;
    EXPECT_NE(r.err.find("campaignmap: " + target + ": cannot write (disk full?)"),
              std::string::npos)
        << r.err;
    EXPECT_EQ(r.out.find("wrote"), std::string::npos) << r.out;
    EXPECT_EQ(read_bytes(target), previous) << "the previous output was replaced";
    (void)t;
}

TEST_F(HostileOutput, FullDiskKeepsThePreviousDataset) {
    check_full_disk(*this, export_args(m_data.out("1645.geojson")), m_data.out("1645.geojson"));
    EXPECT_TRUE(temp_files().empty());
}

TEST_F(HostileOutput, FullDiskKeepsThePreviousPlaces) {
    check_full_disk(*this, geocode_args(m_data.out("places.geojson")),
                    m_data.out("places.geojson"));
    EXPECT_TRUE(temp_files().empty());
}

TEST_F(HostileOutput, FullDiskKeepsThePreviousMap) {
    for (const char* name : {"map.png", "map.svg", "map.pdf"}) {
        check_full_disk(*this, render_args(m_data.out(name)), m_data.out(name));
        EXPECT_TRUE(temp_files().empty()) << name;
    }
}

TEST_F(HostileOutput, FullDiskKeepsThePreviousAnimation) {
    // Small frames (480x270) laid out as the slide they stand for (24 dpi), which the slides
    // style's type and margins fit.
    for (const char* name : {"borders.mp4", "borders.gif"}) {
        check_full_disk(
            *this,
            {"animate", "--data", m_data.data(), "--from", "1640", "--to", "1650", "--page",
             "480x270", "--dpi", "24", "--relief", "off", "-q", "-o", m_data.out(name)},
            m_data.out(name));
        EXPECT_TRUE(temp_files().empty()) << name;
    }
}

TEST_F(HostileOutput, ExportOverItsBordersIsRefused) {
    const std::string borders = m_data.data() + "/history/borders.geojson";
    const std::string before = read_bytes(borders);
    expect_refused(run_child(export_args(borders)), 1, borders, "is the input '" + borders + "'");
    EXPECT_EQ(read_bytes(borders), before);
}

TEST_F(HostileOutput, ExportOverItsGazetteerIsRefused) {
    const std::string gazetteer = m_data.data() + "/gazetteer.geojson";
    const std::string before = read_bytes(gazetteer);
    expect_refused(run_child(export_args(gazetteer)), 1, gazetteer,
                   "is the input '" + gazetteer + "'");
    EXPECT_EQ(read_bytes(gazetteer), before);
}

TEST_F(HostileOutput, InputsThroughASymlinkedDirectoryAreRefused) {
    fs::create_directory_symlink(m_data.data(), m_data.root() / "link");
    const std::string via_link = (m_data.root() / "link" / "gazetteer.geojson").string();
    const std::string gazetteer = m_data.data() + "/gazetteer.geojson";
    const std::string before = read_bytes(gazetteer);
    expect_refused(run_child(export_args(via_link)), 1, via_link, "is the input");
    expect_refused(run_child(geocode_args(via_link)), 1, via_link, "is the input");
    EXPECT_EQ(read_bytes(gazetteer), before);
}

TEST_F(HostileOutput, GeocodeReportOverItsArticleIsRefused) {
    write_bytes(m_data.root() / "article.txt", read_bytes(kArticle));
    const std::string article = (m_data.root() / "article.txt").string();
    const std::string before = read_bytes(article);
    const ChildResult r = run_child({"geocode", "--data", m_data.data(), article, "-o",
                                     m_data.out("places.geojson"), "--report", article});
    expect_refused(r, 1, article, "is the input '" + article + "'");
    EXPECT_EQ(read_bytes(article), before);
    EXPECT_TRUE(m_data.outputs().empty()) << "nothing is written when one output is refused";
}

TEST_F(HostileOutput, GeocodeReportAndPlacesInOneFileIsRefused) {
    const std::string out = m_data.out("places.geojson");
    const ChildResult r =
        run_child({"geocode", "--data", m_data.data(), kArticle, "-o", out, "--report", out});
    expect_refused(r, 2, out, "given as both -o and --report");
    EXPECT_TRUE(m_data.outputs().empty());
}

TEST_F(HostileOutput, RenderOverAHardLinkOfItsStyleReliefOrBasemapIsRefused) {
    // Each input behind an output name: refused before anything is read or drawn.
    const fs::path style = m_data.root() / "style.toml";
    fs::copy_file(fs::path(CM_SOURCE_DIR) / "styles" / "publication.toml", style);
    write_bytes(m_data.root() / "dem.tif", "a DEM, as far as this test goes");
    fs::create_directory(m_data.root() / "ne");
    write_bytes(m_data.root() / "ne" / "ne_10m_land.geojson", "{}");
    const std::string dem = (m_data.root() / "dem.tif").string();
    const std::vector<std::pair<std::vector<std::string>, fs::path>> cases{
        {{"--style", style.string()}, style},
        {{}, dem},
        {{"--basemap", (m_data.root() / "ne").string()}, m_data.root() / "ne/ne_10m_land.geojson"},
    };
    for (const auto& [options, input] : cases) {
        fs::remove(m_data.out("map.svg"));
        fs::create_hard_link(input, m_data.out("map.svg"));
        const std::string before = read_bytes(input);
        std::vector<std::string> args =
            render_args(m_data.out("map.svg"), input == dem ? dem : "off");
        args.insert(args.end(), options.begin(), options.end());
        expect_refused(run_child(args), 1, m_data.out("map.svg"),
                       "is the input '" + input.string() + "'");
        EXPECT_EQ(read_bytes(input), before) << input;
    }
}

TEST_F(HostileOutput, FifoOutputsAreRefusedWithoutOpeningThem) {
    for (const char* name : {"pipe.geojson", "pipe.png"}) {
        const std::string fifo = m_data.out(name);
        ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
        ChildOptions quick;
        quick.deadline = kQuick;
        const bool map = std::string(name) == "pipe.png";
        expect_refused(run_child(map ? render_args(fifo) : export_args(fifo), quick), 1, fifo,
                       "is a FIFO (named pipe), not a regular file");
        if (!map)
            expect_refused(run_child(geocode_args(fifo), quick), 1, fifo, "FIFO");
        EXPECT_TRUE(fs::is_fifo(fifo));
    }
}

TEST_F(HostileOutput, CharacterDeviceOutputsAreRefused) {
    // A null device of the test's own (never the system's: a broken build must not be able to
    // replace /dev/null), given directly and through a link, as /dev/stdout on a terminal is.
    const std::string device = m_data.out("null.geojson");
    if (::mknod(device.c_str(), S_IFCHR | 0666, ::makedev(1, 3)) != 0)
        GTEST_SKIP() << "cannot make a device node here (not root)";
    fs::create_symlink(device, m_data.out("null.png"));
    fs::create_symlink(device, m_data.out("null.csv"));
    for (const char* name : {"null.geojson", "null.png", "null.csv"}) {
        const std::string out = m_data.out(name);
        const bool map = std::string(name) == "null.png";
        expect_refused(run_child(map ? render_args(out) : export_args(out)), 1, out,
                       "is a character device, not a regular file; not replacing it");
        EXPECT_TRUE(fs::is_character_file(device)) << name << " replaced the device";
    }
    EXPECT_TRUE(fs::is_symlink(m_data.out("null.png"))) << "the link was replaced";
}

TEST_F(HostileOutput, DirectoryOutputsAreRefused) {
    for (const char* name : {"dir.geojson", "dir.svg"}) {
        const std::string dir = m_data.out(name);
        fs::create_directory(dir);
        const bool map = std::string(name) == "dir.svg";
        expect_refused(run_child(map ? render_args(dir) : geocode_args(dir)), 1, dir,
                       "is a directory");
        EXPECT_TRUE(fs::is_directory(dir));
    }
}

}  // namespace
