// Folding, word splitting and article parsing: the text layer of the geocoder.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "geodata/geocode/article.hpp"
#include "geodata/geocode/normalize.hpp"
#include "geodata/geocode/words.hpp"
#include "geodata/model/error.hpp"

namespace fs = std::filesystem;
using namespace cm::geocode;

namespace {

const fs::path kArticle = fs::path(CM_TEST_FIXTURES) / "geocode" / "articles" / "steppe-war.txt";

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

struct TempFile {
    fs::path path;
    explicit TempFile(const std::string& bytes) {
        path = fs::temp_directory_path() / ("cm-geocode-" + std::to_string(::getpid()) + ".txt");
        std::ofstream(path, std::ios::binary) << bytes;
    }
    ~TempFile() { fs::remove(path); }
};

std::string error_of(const std::string& path) {
    try {
        read_article(path);
    } catch (const cm::DataError& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST(GeocodeText, FoldsCaseAndDiacritics) {
    EXPECT_EQ(fold("Ayagöz"), "ayagoz");
    EXPECT_EQ(fold("AYAGÖZ"), fold("ayagoz"));
    EXPECT_EQ(fold("Yalangtoʻsh"), "yalangtosh");
    EXPECT_EQ(fold("Ysyk-Köl"), "ysyk-kol");
    EXPECT_EQ(fold("САЙРАМ"), fold("Сайрам"));
    EXPECT_EQ(fold("Сайрам"), "саирам");  // й is и with a breve, which folding drops
    EXPECT_NE(fold("Sayram"), fold("Sayran"));
}

TEST(GeocodeText, FindsInvalidUtf8AndNulBytes) {
    EXPECT_FALSE(first_invalid_utf8("Ayagöz river"));
    EXPECT_EQ(first_invalid_utf8("ab\xff"), 2u);
    EXPECT_EQ(first_invalid_utf8(std::string("ab\0c", 4)), 2u);
    EXPECT_EQ(first_invalid_utf8("Ayag\xc3"), 4u);  // truncated sequence
}

TEST(GeocodeText, SplitsWordsWithCodePointOffsets) {
    const auto words = split_words("Ayagöz, Ili");
    ASSERT_EQ(words.size(), 2u);
    EXPECT_EQ(words[0].folded, "ayagoz");
    EXPECT_EQ(words[1].offset, 8u);  // "ö" is one code point, two bytes
    EXPECT_EQ(words[1].byte_begin, 9u);
    EXPECT_TRUE(words[1].capitalized);
    EXPECT_FALSE(words[1].joined);  // a comma ends a name
}

TEST(GeocodeText, JoinsWordsOnlyAcrossSpacesAndHyphens) {
    const auto words = split_words("Issyk-Kul Lake, Kazakh–Dzungar Syr\nDarya");
    ASSERT_EQ(words.size(), 7u);
    EXPECT_TRUE(words[1].joined);   // Issyk-Kul
    EXPECT_TRUE(words[2].joined);   // Kul Lake
    EXPECT_FALSE(words[3].joined);  // after a comma
    EXPECT_FALSE(words[4].joined);  // an en dash separates two names
    EXPECT_FALSE(words[6].joined);  // a line break too
    EXPECT_TRUE(joined_run(words, 0, 3));
    EXPECT_FALSE(joined_run(words, 5, 7));
}

TEST(GeocodeText, DropsPossessiveButKeepsLetterApostrophes) {
    const auto words = split_words("Galdan's men met Yalangtoʻsh at Farg'ona.");
    ASSERT_GE(words.size(), 7u);
    EXPECT_EQ(words[0].folded, "galdan");
    EXPECT_EQ(words[1].folded, "s");
    EXPECT_EQ(words[4].folded, "yalangtosh");
    EXPECT_EQ(words[6].folded, "fargona");
}

TEST(GeocodeText, ReadsSectionsAndInfobox) {
    const Article a = read_article(kArticle.string());
    EXPECT_EQ(a.name, "steppe-war");
    ASSERT_EQ(a.sections.size(), 5u);
    EXPECT_EQ(a.sections[0].title, "Introduction");
    EXPECT_EQ(a.sections[1].title, "Infobox");
    EXPECT_EQ(a.sections[2].title, "Introduction");
    EXPECT_EQ(a.sections[3].title, "Course of the war");
    EXPECT_EQ(a.sections[4].title, "Aftermath");
    ASSERT_EQ(a.infobox.size(), 3u);
    EXPECT_EQ(a.infobox[1].key, "Place");
    EXPECT_EQ(a.infobox[1].value.rfind("Ayagöz river,", 0), 0u);
    EXPECT_EQ(a.text.substr(a.infobox[1].byte, 7), "Ayagöz");
}

TEST(GeocodeText, SectionAtFollowsHeadings) {
    const Article a = read_article(kArticle.string());
    const std::size_t heading = a.sections[3].offset;
    EXPECT_EQ(section_at(a, 0), "Introduction");
    EXPECT_EQ(section_at(a, a.infobox[1].offset), "Infobox");
    EXPECT_EQ(section_at(a, heading - 1), "Introduction");
    EXPECT_EQ(section_at(a, heading), "Course of the war");
    EXPECT_EQ(section_at(a, a.sections[4].offset + 20), "Aftermath");
}

TEST(GeocodeText, ParsesWithoutInfoboxOrHeadings) {
    const Article a = parse_article("plain", "The Ili.\n== Late ==\nThe Chu.");
    ASSERT_EQ(a.sections.size(), 2u);
    EXPECT_EQ(a.sections[1].title, "Late");
    EXPECT_EQ(a.sections[1].offset, 9u);
    EXPECT_TRUE(a.infobox.empty());
}

TEST(GeocodeText, BadArticlesAreDataErrorsNamingTheFile) {
    EXPECT_NE(error_of("/nonexistent/war.txt").find("/nonexistent/war.txt: no such"),
              std::string::npos);
    EXPECT_NE(error_of(fs::temp_directory_path().string()).find("is a directory"),
              std::string::npos);
    {
        const TempFile empty("");
        EXPECT_NE(error_of(empty.path.string()).find("empty"), std::string::npos);
    }
    {
        const TempFile blank(" \n\t\n");
        EXPECT_NE(error_of(blank.path.string()).find("empty"), std::string::npos);
    }
    {
        const TempFile latin1("The Ili.\nAyag\xf6z river.\n");
        const std::string e = error_of(latin1.path.string());
        EXPECT_NE(e.find(latin1.path.string() + ": line 2: not UTF-8"), std::string::npos) << e;
    }
}

TEST(GeocodeText, FixtureArticleIsReadUnchanged) {
    const Article a = read_article(kArticle.string());
    EXPECT_EQ(a.text, read(kArticle));
}
