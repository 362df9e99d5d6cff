// --lang: a map in Russian or Kazakh draws the data's names in that language and the
// interface words of its catalogue; what has no translation is drawn in English and listed
// by --verbose; a language without a catalogue is a usage error; check counts what is missing.

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "run_command.hpp"
#include "scratch_data.hpp"
#include "tests/temp_dir.hpp"

namespace {

using cm::test::run_campaignmap;
using cm::test::run_shell;
using cm::test::TempDir;

/// The text of the war map of 1635-1658 as a PDF in @p lang, by pdftotext (one line).
std::string war_map_text(const TempDir& dir, const std::string& lang) {
    const std::string pdf = dir / ("war-" + lang + ".pdf");
    const auto r =
        run_campaignmap("render --war 1635-1658 --relief off --lang " + lang + " -o " + pdf);
    EXPECT_EQ(r.status, 0) << r.output;
    const auto text = run_shell("pdftotext -raw " + pdf + " - | tr '\\n' ' '");
    EXPECT_EQ(text.status, 0) << text.output;
    return text.output;
}

bool has_pdftotext() {
    return run_shell("command -v pdftotext").status == 0;
}

}  // namespace

TEST(LanguageCli, RussianMapDrawsRussianNamesTitleAndLegend) {
    if (!has_pdftotext())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const TempDir dir;
    const std::string text = war_map_text(dir, "ru");
    EXPECT_NE(text.find("Казахско-джунгарская война (1635–1658)"), std::string::npos) << text;
    EXPECT_NE(text.find("Джунгарское ханство"), std::string::npos) << text;
    EXPECT_NE(text.find("Сражение"), std::string::npos) << text;           // legend
    EXPECT_NE(text.find("Орбулакская битва"), std::string::npos) << text;  // event callout
    EXPECT_NE(text.find(" км"), std::string::npos) << text;                // scale bar
    EXPECT_NE(text.find("Проекция:"), std::string::npos) << text;          // credits
    EXPECT_EQ(text.find("Dzungar Khanate"), std::string::npos) << text;
    EXPECT_EQ(text.find("Battle"), std::string::npos) << text;
}

TEST(LanguageCli, KazakhMapDrawsKazakhNamesAndLetters) {
    if (!has_pdftotext())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const TempDir dir;
    const std::string text = war_map_text(dir, "kk");
    EXPECT_NE(text.find("Қазақ-жоңғар соғысы (1635–1658)"), std::string::npos) << text;
    EXPECT_NE(text.find("Жоңғар хандығы"), std::string::npos) << text;
    EXPECT_NE(text.find("Шайқас"), std::string::npos) << text;
    // By the catalogue's pattern "%s шайқасы", not from the data.
    EXPECT_NE(text.find("Орбұлақ шайқасы"), std::string::npos) << text;
    EXPECT_EQ(text.find("Kazakh Khanate"), std::string::npos) << text;
}

TEST(LanguageCli, VerboseListsWhatFellBackToEnglish) {
    // The robustness dataset has no labels.toml: every name is drawn in English.
    const cm::test::ScratchData scratch;
    const auto r = run_campaignmap(
        "render --data " + scratch.data() +
        " --year 1643 --page 400x300 --relief off --lang ru --verbose -o " + scratch.out("m.png"));
    ASSERT_EQ(r.status, 0) << r.output;
    EXPECT_NE(r.output.find("campaignmap: no ru name, English drawn: place '"), std::string::npos)
        << r.output;
    const auto en = run_campaignmap("render --data " + scratch.data() +
                                    " --year 1643 --page 400x300 --relief off --verbose -o " +
                                    scratch.out("e.png"));
    ASSERT_EQ(en.status, 0) << en.output;
    EXPECT_EQ(en.output.find("English drawn"), std::string::npos) << en.output;
}

TEST(LanguageCli, UnknownLanguageIsUsageError) {
    const TempDir dir;
    for (const char* lang : {"xx", "RU", "../ru"}) {
        const auto r = run_campaignmap("render --war 1635-1658 --lang '" + std::string(lang) +
                                       "' -o " + (dir / "x.png"));
        EXPECT_EQ(r.status, 2) << lang << ": " << r.output;
        EXPECT_NE(r.output.find("campaignmap: --lang"), std::string::npos) << r.output;
        EXPECT_NE(r.output.find("known: en, kk, ru"), std::string::npos) << r.output;
        EXPECT_FALSE(std::filesystem::exists(dir / "x.png"));
    }
    EXPECT_EQ(run_campaignmap("animate --war 1681-1684 --lang xx -o " + (dir / "a.gif")).status, 2);
}

TEST(LanguageCli, CheckCountsMissingNamesPerLanguage) {
    const auto r = run_campaignmap("check");
    ASSERT_EQ(r.status, 0) << r.output;
    EXPECT_NE(r.output.find("names in kk: 0 of "), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("names in ru: 0 of "), std::string::npos) << r.output;
    const cm::test::ScratchData scratch;
    const auto bare = run_campaignmap("check --data " + scratch.data());
    EXPECT_NE(bare.output.find("names in ru: "), std::string::npos) << bare.output;
    EXPECT_EQ(bare.output.find("names in ru: 0 of"), std::string::npos) << bare.output;
}
