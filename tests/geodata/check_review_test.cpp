// "did you mean": a slip is still found, and a huge unknown id, or huge ids, cost no more
// than their length (ids whose length differs by more than a slip are never compared).

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "geodata/check/nearest_id.hpp"
#include "tests/time_budget.hpp"

namespace {

using cm::test::seconds_since;
using cm::test::time_budget;

std::vector<std::string> many_ids(std::size_t count, std::size_t length) {
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < count; ++i)
        ids.push_back(std::string(length, 'a') + std::to_string(i));
    return ids;
}

}  // namespace

TEST(CheckReview, NearestIdFindsASlip) {
    EXPECT_EQ(cm::nearest_id("sayran", {"otrar", "sayram", "turkestan"}), "sayram");
    EXPECT_EQ(cm::nearest_id("turkistan", {"otrar", "sayram", "turkestan"}), "turkestan");
    EXPECT_EQ(cm::nearest_id("tashkent", {"otrar", "sayram"}), "");
}

TEST(CheckReview, AMegabyteUnknownIdAgainstAThousandIdsIsQuick) {
    const std::vector<std::string> ids = many_ids(1000, 8);
    const auto start = std::chrono::steady_clock::now();
    EXPECT_EQ(cm::nearest_id(std::string(1 << 20, 'a'), ids), "");
    EXPECT_LT(seconds_since(start), time_budget(5.0));
}

TEST(CheckReview, HugeIdsAreNotComparedLetterByLetter) {
    const std::vector<std::string> ids = many_ids(100, 100000);
    const auto start = std::chrono::steady_clock::now();
    cm::nearest_id(std::string(100000, 'a') + "7x", ids);
    EXPECT_LT(seconds_since(start), time_budget(5.0));
}
