// campaignmap never modifies its inputs: the data files, the article and the style are the
// same bytes with the same modification times after geocode, check, render and export,
// and no file appears beside them.

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "tests/cli/run_command.hpp"
#include "tests/cli/scratch_data.hpp"

namespace {

namespace fs = std::filesystem;
using cm::test::run_campaignmap;
using cm::test::ScratchData;

struct FileState {
    std::string bytes;
    fs::file_time_type modified;
    bool operator==(const FileState&) const = default;
};

/// Every file under @p dir by its path, with its bytes and modification time.
std::map<std::string, FileState> snapshot(const fs::path& dir) {
    std::map<std::string, FileState> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        if (entry.is_regular_file())
            files[entry.path().string()] = {cm::test::read_bytes(entry.path()),
                                            fs::last_write_time(entry.path())};
    return files;
}

}  // namespace

TEST(Inputs, NeverModifiedByGeocodeCheckRenderOrExport) {
    const ScratchData data;
    const fs::path inputs = data.root() / "inputs";
    fs::create_directories(inputs);
    fs::copy(data.data(), inputs / "data", fs::copy_options::recursive);
    fs::copy_file(cm::test::kBadFixtures / "article-ok.txt", inputs / "article.txt");
    fs::copy_file(fs::path(CM_SOURCE_DIR) / "styles" / "publication.toml", inputs / "style.toml");
    const std::string d = (inputs / "data").string();
    const auto before = snapshot(inputs);

    const std::string commands[] = {
        "geocode --data " + d + " " + (inputs / "article.txt").string() + " -o " +
            data.out("places.geojson"),
        "check --data " + d,
        "render --data " + d + " --year 1645 --page 400x300 --relief off --style " +
            (inputs / "style.toml").string() + " -o " + data.out("map.svg"),
        "export --data " + d + " --year 1645 -o " + data.out("1645.geojson"),
    };
    for (const std::string& command : commands) {
        const auto r = run_campaignmap(command);
        EXPECT_EQ(r.status, 0) << command << "\n" << r.output;
    }
    EXPECT_TRUE(snapshot(inputs) == before) << "an input changed or a file appeared beside one";
    EXPECT_EQ(data.outputs().size(), 3u);
}
