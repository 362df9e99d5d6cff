#pragma once

// A scratch directory for CLI robustness tests: a copy of the small valid dataset of
// tests/fixtures/bad/base (one file of which a test may replace with a broken fixture)
// and an output directory that must hold nothing but what a successful run wrote.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <unistd.h>

namespace cm::test {

namespace fs = std::filesystem;

inline const fs::path kBadFixtures = fs::path(CM_TEST_FIXTURES) / "bad";

inline std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

inline void write_bytes(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

class ScratchData {
  public:
    ScratchData() {
        const auto* info = testing::UnitTest::GetInstance()->current_test_info();
        m_root = fs::temp_directory_path() /
                 ("cm-robust-" + std::string(info->name()) + "-" + std::to_string(::getpid()));
        fs::remove_all(m_root);
        fs::create_directories(m_root / "out");
        fs::copy(kBadFixtures / "base", m_root / "data", fs::copy_options::recursive);
    }
    ~ScratchData() { fs::remove_all(m_root); }
    ScratchData(const ScratchData&) = delete;
    ScratchData& operator=(const ScratchData&) = delete;

    /// Replaces data file @p relative (e.g. "history/events.toml") with fixture @p fixture.
    void replace(const std::string& relative, const std::string& fixture) const {
        fs::copy_file(kBadFixtures / fixture, m_root / "data" / relative,
                      fs::copy_options::overwrite_existing);
    }
    std::string data() const { return (m_root / "data").string(); }
    fs::path out_dir() const { return m_root / "out"; }
    std::string out(const std::string& name) const { return (m_root / "out" / name).string(); }
    fs::path root() const { return m_root; }

    /// Writes `long.txt`: the fixture article repeated to 2 MiB, so that reading and writing it
    /// take long enough to be caught mid-run. @returns its path.
    fs::path write_long_article() const {
        const std::string text = read_bytes(kBadFixtures / "article-ok.txt");
        std::string article;
        while (article.size() < (2u << 20))
            article += text;
        write_bytes(m_root / "long.txt", article);
        return m_root / "long.txt";
    }

    /// Everything in the output directory, hidden temporary files included.
    std::vector<std::string> outputs() const {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(out_dir()))
            names.push_back(entry.path().filename().string());
        return names;
    }

  private:
    fs::path m_root;
};

}  // namespace cm::test
