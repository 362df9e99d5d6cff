// Label work is bounded for any length of name: the area-label balancer weighs splits from
// prefix sums and stacks at most kMaxStackedWords words (a longer name is set on one line),
// and placing labels of 10,000 characters finishes promptly. Names that long are errors in
// `check`; the label code must still never blow up on one.

#include <gtest/gtest.h>

#include <chrono>
#include <climits>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <glib.h>

#include "render/labels/candidates.hpp"
#include "render/labels/placement.hpp"
#include "tests/render/labels_scenes.hpp"

namespace cm {
namespace {

using Clock = std::chrono::steady_clock;

std::size_t letters(const std::string& text) {
    return static_cast<std::size_t>(g_utf8_strlen(text.c_str(), static_cast<gssize>(text.size())));
}

/// The balancer as it was (cubic in the words): every split joined and measured.
std::vector<std::string> reference_balanced(const std::vector<std::string>& words,
                                            std::size_t lines) {
    std::vector<std::string> best;
    std::size_t best_longest = SIZE_MAX;
    const std::size_t n = words.size();
    for (std::size_t i = 1; i < n; ++i)
        for (std::size_t j = (lines == 3 ? i + 1 : n); j <= n; ++j) {
            if (lines == 3 && j == n)
                break;
            std::vector<std::string> set(lines);
            for (std::size_t w = 0; w < n; ++w) {
                const std::size_t line = w < i ? 0 : (w < j ? 1 : 2);
                set[line] += (set[line].empty() ? "" : " ") + words[w];
            }
            std::size_t longest = 0, shortest = SIZE_MAX;
            for (const std::string& line : set) {
                longest = std::max(longest, letters(line));
                shortest = std::min(shortest, letters(line));
            }
            if (shortest >= 4 && longest < best_longest) {
                best_longest = longest;
                best = set;
            }
        }
    return best;
}

std::string name_of(const std::vector<std::string>& words) {
    std::string text;
    for (const std::string& w : words)
        text += (text.empty() ? "" : " ") + w;
    return text;
}

TEST(LabelLongNames, BalancerChoosesWhatTheExhaustiveOneChose) {
    std::mt19937 random(17);
    const std::vector<std::string> pool{"of",     "Ili",    "Talas",     "and",
                                        "Jetisu", "Ayagöz", "Sary-Arka", "Khanate",
                                        "the",    "Сайрам", "Syr",       "Darya"};
    for (int trial = 0; trial < 300; ++trial) {
        std::vector<std::string> words(2 + random() % 11);
        for (std::string& w : words)
            w = pool[random() % pool.size()];
        std::vector<std::vector<std::string>> expected{{name_of(words)}};
        for (std::size_t lines = 2; lines <= std::min<std::size_t>(3, words.size()); ++lines)
            if (auto v = reference_balanced(words, lines); !v.empty())
                expected.push_back(v);
        EXPECT_EQ(detail::line_breaks(name_of(words)), expected) << name_of(words);
    }
}

TEST(LabelLongNames, ANameOfTenThousandCharactersIsSetOnOneLine) {
    std::string name;
    while (letters(name) < 10000)
        name += "Khanate ";
    name.resize(10000);
    const auto start = Clock::now();
    const auto variants = detail::line_breaks(name);
    EXPECT_LT(Clock::now() - start, std::chrono::seconds(5));  // the cubic balancer took 46 s
    ASSERT_EQ(variants.size(), 1u);
    EXPECT_EQ(variants[0], std::vector<std::string>{name});
    // Forty words still stack.
    std::vector<std::string> forty(40, "Khanate");
    EXPECT_EQ(detail::line_breaks(name_of(forty)).size(), 3u);
}

TEST(LabelLongNames, PlacingTenThousandCharacterLabelsFinishesPromptly) {
    std::string name;
    for (int i = 0; i < 1250; ++i)
        name += "Khanate ";
    const PageBox frame{0.0, 0.0, 400.0, 300.0};
    const auto start = Clock::now();
    const Placement placement = place_labels(
        {test::area_label("area", name, {200.0, 150.0}),
         test::point_label("town", name, {100.0, 100.0}),
         test::line_label("river", name, {{10.0, 10.0}, {200.0, 120.0}, {390.0, 290.0}})},
        {}, frame);
    EXPECT_LT(Clock::now() - start, std::chrono::seconds(10));
    // Nothing of that length fits the page: dropped, never drawn off it.
    EXPECT_EQ(placement.placed.size() + placement.dropped.size(), 3u);
}

}  // namespace
}  // namespace cm
