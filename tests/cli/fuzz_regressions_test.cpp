// Inputs that once crashed, hung or leaked in a fuzz target (tests/fuzz/corpus/<target>/
// regression-*) are loaded again here: each must end in a cm::Error or load, under the
// sanitizers without findings. README.md, Robustness, lists them.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "geodata/io/gazetteer_loader.hpp"
#include "geodata/model/error.hpp"

namespace fs = std::filesystem;

TEST(FuzzRegressions, GazetteerInputsEndInAnError) {
    const fs::path corpus = fs::path(CM_SOURCE_DIR) / "tests" / "fuzz" / "corpus" / "gazetteer";
    int count = 0;
    for (const auto& entry : fs::directory_iterator(corpus)) {
        if (entry.path().filename().string().rfind("regression-", 0) != 0)
            continue;
        ++count;
        EXPECT_THROW((void)cm::load_gazetteer(entry.path().string()), cm::DataError)
            << entry.path();
    }
    EXPECT_GT(count, 0);
}
