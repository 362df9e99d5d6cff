// The neighbours that give the whole frame a holder (Khiva, Safavid Persia, the Mughals, Tibet,
// Ming China, Ladakh and their regions) have Russian and Kazakh names, and a map in either
// language draws nothing of them in English: not their names, not the land of unknown holder,
// not the event list's words.

#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "run_command.hpp"
#include "tests/temp_dir.hpp"

namespace {

using cm::test::run_campaignmap;
using cm::test::run_shell;
using cm::test::TempDir;

struct MapText {
    std::string verbose;  // what --verbose printed
    std::string text;     // the PDF's text, by pdftotext (one line)
};

/// The war map of 1681-1684 on A4 portrait in @p lang (its frame reaches Khiva, Persia, the
/// Mughals, Ladakh and Tibet, and the Turkmen pastures of unknown holder).
MapText war_map(const TempDir& dir, const std::string& lang) {
    const std::string pdf = dir / ("war-" + lang + ".pdf");
    const auto r = run_campaignmap(
        "render --war 1681-1684 --page a4 --relief off --verbose --lang " + lang + " -o " + pdf);
    EXPECT_EQ(r.status, 0) << r.output;
    const auto text = run_shell("pdftotext -raw " + pdf + " - | tr '\\n' ' '");
    EXPECT_EQ(text.status, 0) << text.output;
    return {r.output, text.output};
}

/// @p text without its spaces: a polity's name is set in spaced capitals on its land.
std::string squeezed(std::string text) {
    std::erase(text, ' ');
    return text;
}

/// Whether @p map names @p polity, given in capitals as its land's label reads (or in the
/// legend, in capitals or not: @p name).
bool names(const MapText& map, const std::string& capitals, const std::string& name) {
    return squeezed(map.text).find(squeezed(capitals)) != std::string::npos ||
           map.text.find(name) != std::string::npos;
}

bool has_pdftotext() {
    return run_shell("command -v pdftotext").status == 0;
}

void expect_nothing_in_english(const MapText& map) {
    EXPECT_EQ(map.verbose.find("English drawn"), std::string::npos) << map.verbose;
    for (const char* english :
         {"Khiva", "Safavid", "Mughal", "Tibet", "Ladakh", "HOLDER", "Holder", "beyond the map"})
        EXPECT_EQ(map.text.find(english), std::string::npos) << english << ": " << map.text;
}

}  // namespace

TEST(NeighbourNamesLanguage, RussianWarMapNamesEveryNeighbour) {
    if (!has_pdftotext())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const TempDir dir;
    const MapText map = war_map(dir, "ru");
    for (const auto& [capitals, name] : {std::pair{"ХИВИНСКОЕ ХАНСТВО", "Хивинское ханство"},
                                         {"ГОСУДАРСТВО СЕФЕВИДОВ", "Государство Сефевидов"},
                                         {"ИМПЕРИЯ ВЕЛИКИХ МОГОЛОВ", "Империя Великих Моголов"},
                                         {"ЛАДАКХ", "Ладакх"},
                                         {"ТИБЕТ", "Тибет"},
                                         {"ВЛАДЕЛЕЦ НЕИЗВЕСТЕН", "Владелец неизвестен"}})
        EXPECT_TRUE(names(map, capitals, name)) << name << ": " << map.text;
    EXPECT_NE(map.text.find("за пределами карты"), std::string::npos) << map.text;
    expect_nothing_in_english(map);
}

TEST(NeighbourNamesLanguage, KazakhWarMapNamesEveryNeighbour) {
    if (!has_pdftotext())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const TempDir dir;
    const MapText map = war_map(dir, "kk");
    for (const auto& [capitals, name] : {std::pair{"ХИУА ХАНДЫҒЫ", "Хиуа хандығы"},
                                         {"СЕФЕВИДТЕР МЕМЛЕКЕТІ", "Сефевидтер мемлекеті"},
                                         {"ҰЛЫ МОҒОЛДАР ИМПЕРИЯСЫ", "Ұлы Моғолдар империясы"},
                                         {"ЛАДАКХ", "Ладакх"},
                                         {"ТИБЕТ", "Тибет"},
                                         {"ИЕСІ БЕЛГІСІЗ", "Иесі белгісіз"}})
        EXPECT_TRUE(names(map, capitals, name)) << name << ": " << map.text;
    EXPECT_NE(map.text.find("картадан тыс"), std::string::npos) << map.text;
    expect_nothing_in_english(map);
}
