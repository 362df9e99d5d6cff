// `render --lang en,ru,kk -o NAME.svg`: one SVG whose texts are <switch> elements with a child
// per language (systemLanguage) and an English default, as Wikimedia Commons' SVG Translate
// reads them; several languages for any other output, or for an animation, are usage errors.

#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "tests/cli/run_command.hpp"
#include "tests/cli/scratch_data.hpp"
#include "tests/temp_dir.hpp"

namespace {

using cm::test::run_campaignmap;
using cm::test::run_shell;
using cm::test::TempDir;

/// The small war map of 1681-1684 in English, Russian and Kazakh.
constexpr const char* kMap = "render --war 1681-1684 --relief off --page 800x600 ";

/// @returns how many nodes of @p svg the XPath @p path selects (xmllint), -1 on failure.
/// @p path quotes its strings with '...', which the shell's quoting turns into "...".
int count_of(const std::string& svg, std::string path) {
    std::replace(path.begin(), path.end(), '\'', '"');
    const auto r = run_shell("xmllint --nonet --xpath 'count(" + path + ")' " + svg);
    return r.status == 0 ? std::stoi(r.output) : -1;
}

/// An XPath of the children of <switch> elements, by the test on their attributes.
std::string switch_children(const std::string& test) {
    return "//*[local-name()='switch']/*[" + test + "]";
}

}  // namespace

TEST(MultilingualSvgCli, TextsAreSwitchesWithRussianKazakhAndAnEnglishDefault) {
    if (run_shell("command -v xmllint").status != 0)
        GTEST_SKIP() << "xmllint (libxml2-utils) is not installed";
    const TempDir dir;
    const std::string svg = dir / "war.svg";
    const auto r = run_campaignmap(std::string(kMap) + "--lang en,ru,kk -o " + svg);
    ASSERT_EQ(r.status, 0) << r.output;
    EXPECT_EQ(run_shell("xmllint --noout " + svg).status, 0) << "well-formed";
    EXPECT_EQ(run_shell("xmllint --noout --nonet --valid " + svg).status, 0) << "valid SVG 1.1";
    EXPECT_GT(count_of(svg, "//*[local-name()='switch']"), 10);
    EXPECT_GT(count_of(svg, switch_children("@systemLanguage='ru'")), 10);
    EXPECT_GT(count_of(svg, switch_children("@systemLanguage='kk'")), 10);
    // A place's name: Russian in the ru child, Kazakh in the kk one, English in the default.
    EXPECT_GT(count_of(svg, switch_children("@systemLanguage='ru' and .='Самарканд'")), 0);
    EXPECT_GT(count_of(svg, switch_children("@systemLanguage='kk' and .='Самарқанд'")), 0);
    EXPECT_GT(count_of(svg, switch_children("not(@systemLanguage) and .='Samarkand'")), 0);
    EXPECT_EQ(count_of(svg, switch_children("@systemLanguage='ru' and .='Samarkand'")), 0);
    // Every switch ends with its default: no child after one without systemLanguage.
    EXPECT_EQ(count_of(svg, switch_children("not(@systemLanguage)") + "/following-sibling::*"), 0);
    // Land and rivers do not depend on the language: written once.
    EXPECT_EQ(count_of(svg, "//*[local-name()='g'][@id='land']"), 1);
    EXPECT_EQ(count_of(svg, "//*[local-name()='switch']//*[@id='land']"), 0);
}

TEST(MultilingualSvgCli, EnglishIsTheDefaultWhateverTheOrder) {
    const TempDir dir;
    const std::string svg = dir / "war.svg";
    const auto r = run_campaignmap(std::string(kMap) + "--lang ru -o " + dir / "ru.svg");
    ASSERT_EQ(r.status, 0) << r.output;
    const auto two = run_campaignmap(std::string(kMap) + "--lang ru,en -o " + svg);
    ASSERT_EQ(two.status, 0) << two.output;
    const std::string text = cm::test::read_bytes(svg);
    EXPECT_NE(text.find("systemLanguage=\"ru\""), std::string::npos);
    EXPECT_EQ(text.find("systemLanguage=\"en\""), std::string::npos);
    // A single language is the plain SVG it always was.
    EXPECT_EQ(cm::test::read_bytes(dir.path / "ru.svg").find("<switch>"), std::string::npos);
}

TEST(MultilingualSvgCli, SeveralLanguagesNeedAnSvg) {
    const TempDir dir;
    for (const char* out : {"x.png", "x.pdf"}) {
        const auto r = run_campaignmap(std::string(kMap) + "--lang en,ru -o " + dir / out);
        EXPECT_EQ(r.status, 2) << r.output;
        EXPECT_NE(r.output.find("several languages are for an SVG"), std::string::npos) << r.output;
        EXPECT_FALSE(std::filesystem::exists(dir.path / out));
    }
    const auto animate =
        run_campaignmap("animate --from 1681 --to 1682 --lang en,ru -o " + dir / "a.gif");
    EXPECT_EQ(animate.status, 2) << animate.output;
    EXPECT_NE(animate.output.find("an animation is in one language"), std::string::npos)
        << animate.output;
}

TEST(MultilingualSvgCli, AnUnknownOrRepeatedLanguageIsAUsageError) {
    const TempDir dir;
    const std::string svg = dir / "x.svg";
    const auto unknown = run_campaignmap(std::string(kMap) + "--lang en,xx -o " + svg);
    EXPECT_EQ(unknown.status, 2) << unknown.output;
    EXPECT_NE(unknown.output.find("--lang 'xx': no such language (known: en"), std::string::npos)
        << unknown.output;
    const auto twice = run_campaignmap(std::string(kMap) + "--lang en,ru,ru -o " + svg);
    EXPECT_EQ(twice.status, 2) << twice.output;
    EXPECT_NE(twice.output.find("ru given twice"), std::string::npos) << twice.output;
    const auto empty = run_campaignmap(std::string(kMap) + "--lang en,,ru -o " + svg);
    EXPECT_EQ(empty.status, 2) << empty.output;
    EXPECT_FALSE(std::filesystem::exists(svg));
}
