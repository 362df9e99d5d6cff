// The neighbours that give the whole frame a holder (Khiva, Safavid Persia, the Mughals, Tibet,
// Ming China, Ladakh and their regions) have Russian and Kazakh names, and a map in either
// language draws nothing of them in English: not their names, not the land of unknown holder,
// not the event list's words.

#include <string>

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
    for (const char* name : {"Хивинское ханство", "Государство Сефевидов",
                             "Империя Великих Моголов", "Ладакх", "Тибет", "Владелец неизвестен"})
        EXPECT_NE(map.text.find(name), std::string::npos) << name << ": " << map.text;
    EXPECT_NE(map.text.find("за пределами карты"), std::string::npos) << map.text;
    expect_nothing_in_english(map);
}

TEST(NeighbourNamesLanguage, KazakhWarMapNamesEveryNeighbour) {
    if (!has_pdftotext())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const TempDir dir;
    const MapText map = war_map(dir, "kk");
    for (const char* name : {"Хиуа хандығы", "Сефевидтер мемлекеті", "Ұлы Моғолдар империясы",
                             "Ладакх", "Тибет", "Иесі белгісіз"})
        EXPECT_NE(map.text.find(name), std::string::npos) << name << ": " << map.text;
    EXPECT_NE(map.text.find("картадан тыс"), std::string::npos) << map.text;
    expect_nothing_in_english(map);
}
